"""Assessment or other: the decision left when no strong act (pledge, delivery, appeal, refusal, warning) wins.

ANNOTATION.md: `assessment` = evaluations of needs, forces, the war or the situation; `other` = events,
casualties, diplomacy, domestic politics, crimes, sport, narration. The evidence is the assessment and other rows of
speech_acts.csv (evaluative words, hedges, needs against event verbs, casualties, diplomacy ...).

The rule here is a floor: **a single faint hint is no evaluation**. The assessment rows are many small weights:
0.2 for "war", "conflict", "than", "very", 0.3 for "years", "still", "remains" name the war or compare without
judging anything ("the war gave them carte blanche", "Lithuania still enforces the regime"). A statement is an
assessment only when its assessment evidence reaches FLOOR (one evaluative word such as "key", "strong",
"difficult", "afraid", two faint hints, or more) and exceeds its other evidence (a tie with an aid word named leans
to assessment, as before); else it is `other`, the larger class of reported speech in news. A higher floor (0.6,
0.8) did better still on coding_dev but cost ukraine_dev's evaluations of the war ("It is a sheer catastrophe",
"Ukraine is afraid of an attack"), which one word carries.

Composed constructions were tried here too (a modal prediction with a subject other than the speaker, forces with
a posture verb, an epistemic stance word): they helped the half of coding_dev they were found on and not the other
half, so they are not rules. Where the trained residual model is present (coding/residual_model.py), it decides
between the two where it is confident, within these same statements.
"""

from __future__ import annotations

FLOOR = 0.4


def decide(scores: dict, aid_words: bool) -> str:
    """'assessment' or 'other' from the assessment and other evidence of speech_acts.csv."""
    a, o = scores.get("assessment", 0.0), scores.get("other", 0.0)
    if a >= FLOOR and (a > o or (a == o and aid_words)):
        return "assessment"
    return "other"
