"""Verbs of praise and blame (the `reason_cue` list: slam, praise, applaud ...): a speech act only with the reason
they give, and only from a subject that can speak. The vetoes `unreasoned` (in `vetoes.VERB_VETOES`) and
`unspeaking_reasoner` (in `vetoes.SUBJECT_VETOES`); `reason_lemma` is also read by headings.headline."""

from __future__ import annotations

from . import lexicon as L
from .speaking import can_speak


def reason_lemma(lemma: str) -> bool:
    """The cue lemma is a verb of praise or blame of the `reason_cue` list (`unreasoned`, `unspeaking_reasoner`;
    also read by headings.headline)."""
    return lemma in L.REASON_CUE


def unreasoned(ctx, v, cue, subj):
    """A verb of praise or blame (the `reason_cue` list: slam, applaud, praise, blast, rebuke ...) is a speech act
    only with its object and the reason it gives after it in a phrase of the `reason_preposition` list (for, over,
    as): "Wallace has slammed German Chancellor Olaf Scholz for his hesitation in providing military aid", "While
    applauding Germany for ramping up its support for Ukraine, the former minister ...", "slammed Berlin over its
    delays in sending tanks", "slammed the probe as a witch hunt", "slammed the package as weak", "praised Germany's
    decision as a turning point" (round 31: "as" also hung on the object, with an adjective too; the object and its
    phrase are the content, as for "criticized the United States for helping Ukraine"). Without that reason the
    verb names an act or an attitude, no statement ("Russian forces attacked the city", "the minister praised the
    soldiers"); a phrase of time or duration is no reason ("praised the crew for years", "over the years"), nor a
    channel or occasion, nor a bare role (the `non_reason_object` list: "slammed Biden over the phone", "praised
    Zelensky over dinner", "praised the troops as commander in chief", "as part of a campaign", round 31 review),
    nor a "for" phrase of the object ("praised China's support for resolving the crisis": its complement).
    "Attack" is not in the list: its plain sense in war news is military ("Russia attacked Ukraine for no reason"),
    and as a cue, even vetoed, it would end the clause of another speaker's content ("said Trump had personally
    attacked his wife")."""
    if not reason_lemma(v.lemma_.lower()):
        return False
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None:
        return True
    return not reason_prepositions(v, obj)


# entity types of a place or a people: an adjunct noun's "for" with one names what the noun is for ("the rally for
# Ukraine"), no reason
_BENEFICIARY_ENTS = ("GPE", "LOC", "NORP")
# tags that make the object of an adjunct noun's "for" a reason: a possessive pronoun ("for their courage"; not "the
# state's", tagged a noun) or a gerund ("for helping the refugees"), not the event's purpose ("at a rally for peace", "at a ceremony for the new squadron")
_POSSESSIVE = ("PRP$",)
_GERUND = ("VBG",)


def reason_prepositions(v, obj):
    """The reason phrases of cue v with its direct object obj, each a preposition of the `reason_preposition` list
    that gives a reason (`gives_reason`), gathered for `unreasoned` and `reason_phrase.reason_span` alike:
    - one hung on v after obj ("slammed Scholz for his hesitation", "slammed Berlin over its delays");
    - "as" hung on the object ("slammed the probe as a witch hunt", "praised Germany's decision as a turning point");
    - a "for" the parse hung inside the object on a noun that can speak: the praised one's reason ("praised the
      soldiers of the 93rd brigade for their courage"), not the object's complement ("China's support for ...");
    - one hung on the noun of a prepositional adjunct of v after the object ("thanked the British leader in a video
      address for 'always being ...'", "slammed the governor at a rally for his handling of the floods"), only with
      a possessive pronoun or a gerund as its object (`_owned_reason`: not the event's purpose, "at a rally for
      peace", "at a meeting over the grain deal") and not naming whom or what that noun is for (`_beneficiary`: "at a ceremony
      for veterans", "at the rally for Ukraine")."""
    out = [c for c in v.children if c.dep_ == "prep" and c.lower_ in L.REASON_PREPOSITION and c.i > obj.i]
    out += [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i]
    out += [c for c in obj.subtree if c.dep_ == "prep" and c.lower_ == "for" and c.head.pos_ in ("NOUN", "PROPN")
            and can_speak(_of_head(c.head, obj))]
    for adj in (c for c in v.children if c.dep_ == "prep" and c.i > obj.right_edge.i
                and c.lower_ not in L.REASON_PREPOSITION):
        for noun in (o for o in adj.children if o.dep_ == "pobj"):
            out += [c for c in noun.rights if c.dep_ == "prep" and c.lower_ in L.REASON_PREPOSITION
                    and c.lower_ != "as" and _owned_reason(c) and not _beneficiary(c)]
    return [f for f in out if gives_reason(f)]  # the four sources never share a token: each has one head


def _beneficiary(f):
    """The preposition f on an adjunct's noun names whom or what the noun is for, not a reason: its object can speak
    or is a place or a people ("at a ceremony for veterans", "at a meeting for donors", "at the rally for Ukraine")."""
    return any(o.dep_ == "pobj" and (can_speak(o) or o.ent_type_ in _BENEFICIARY_ENTS) for o in f.children)


def _owned_reason(f):
    """The preposition f's object is a gerund or has a possessive pronoun: the praised one's deed or quality ("at a
    rally for his handling of the floods", "in a video address for always being ...", "at a ceremony for their courage"), not
    the event's purpose ("at a concert for charity", "at a ceremony for the new squadron")."""
    return any(o.dep_ in ("pobj", "pcomp") and (o.tag_ in _GERUND or any(c.dep_ == "poss" and c.tag_ in _POSSESSIVE
                                                                         for c in o.children))
               for o in f.children)


def gives_reason(f):
    """The preposition f of `unreasoned` gives a reason: its object is no time, duration, channel, occasion or bare
    role ("over the years", "over the phone", "as commander in chief"); "as" also with an adjective ("as weak")."""
    if f.lower_ == "as" and any(c.dep_ in ("amod", "acomp") and c.pos_ == "ADJ" for c in f.children):
        return True
    return any(o.dep_ in ("pobj", "pcomp") and o.ent_type_ not in ("DATE", "TIME") and not o.like_num
               and o.lemma_.lower() not in L.DURATION_NOUN and not (f.lower_ != "for" and o.lemma_.lower() in L.NON_REASON_OBJECT
               and (f.lower_ == "over" or not any(c.dep_ in ("det", "poss") for c in o.children)))
               for o in f.children)


def _of_head(h, obj):
    """The noun an of-chain from h climbs to inside the object obj ("the soldiers of the 93rd brigade": brigade ->
    soldiers), else h."""
    t = h
    while t.i != obj.i and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN"):
        t = t.head.head
    return t if t.i == obj.i else h


def unspeaking_reasoner(ctx, v, cue, subj):
    """A verb of praise or blame (`reason_lemma`) whose subject cannot speak (`speaking.can_speak`): "The explosion
    blasted windows out for several blocks", "The storm battered the coast for hours" (round 30 review)."""
    return reason_lemma(v.lemma_.lower()) and not can_speak(subj)
