"""Warnings composed from the content's words: a threat is a harm or a consequence put in the future or under a
condition, not negated, not reported as done (ANNOTATION.md, in our words: `warning` = a threat or a
warning aimed at the adversary or about what will follow; an attack that happened is `other`, an assessment of the war's state is `assessment`).

The word classes are data (data/reference/coding_words.csv): `harm`, `threat_modal`, `consequence`, `bear_verb`,
`response_verb`, `condition`, `nuclear_arms`, `sanctions`, `negation`, `past_marker`, `hope`, `estimate`,
`adversary`, `risk_noun`. The constructions, each adding its weight to the
warning score of `speech_acts.SpeechActRules.classify`:

- **threatened harm** (`harm`): a harm word (attack, invasion, strike, escalation, revenge, nuclear ...) with a
  future, conditional or threatened modality a few words before it ("Russia will carry out ... limited attack",
  "may be forced to use ... nuclear weapon", "is preparing to take revenge", "can use nuclear weapons in the
  event ... aggression"; with "probably" it is an estimate, below) or right after it ("the attack may occur in ...
  next few days"); a risk named as a noun (class `risk_noun` before "of": "the risk of escalation", "the risk of
  nuclear war ... now higher", "the possibility ... using nuclear weapons") is no such modality: the harm is discussed, not put ahead (round 15: team
  rows A 2 false warnings fewer, B unchanged, none found lost; on the corpus without the halves B, 5 rows in 5
  articles, 4 of them no warning in our reading). "Threat of" stays a modality: with it in the class, team rows B
  had 2 false warnings fewer too, but ukraine_dev lost a warning ("The threat of missile strikes ... remains",
  act accuracy 0.834 -> 0.831);
- **consequence** (`consequence`): a consequence, price or response that a future modal or a verb of bearing makes
  someone's lot ("would have severe consequences", "will bear the consequences"), or a response verb (class
  `response_verb`) under a future modal ("would continue to react harshly to all sanctions");
- **sanctions threatened** (`sanctions`): sanctions under a condition or a threat (class `condition`, not the
  plain future: "possible sanctions against Iran", "if Russia proceeds, we are ready to impose sanctions", "in the
  case of an invasion, sanctions will be different", "sanctions that can hit Russia"): a threat of sanctions is a
  warning, sanctions imposed or announced ("said it would expand sanctions") are `other` (settled conventions); a
  hope for sanctions ("we all hope these sanctions are expanded") is not a threat; the condition may follow the
  sanctions by CONDITION_AFTER words ("hard reactions and sanctions in ... case of Russian aggression", "personal
  ... on Vladimir Putin if Russia invades ..."; round 15: coding_dev A and team A one warning more each,
  none false, half B unchanged; on the corpus without the halves B, 6 rows in 6 articles, all warnings in our
  reading);
- **the adversary's nuclear posture**: the adversary's nuclear arms (class `nuclear_arms` after "nuclear": weapons,
  drills, carriers ...; not a nuclear plant), named by it or about it, not negated, at their first mention ("moved
  tactical nuclear weapons to Belarus", "a surprise inspection of nuclear arms carriers");
- **the adversary's resolve** (adversary speaking): a means of response held, used or reserved (class
  `resolve_means` within RESOLVE_SPAN words after a `resolve_hold` verb: "would use all means to defend",
  "had an answer for any country", "reserves the right to take actions", "work out our response", "have the
  means to respond"), not negated, not right after a `resolve_not_after` word ("in response to" reports a
  reaction; "to answer that question" is the verb); or the litotes "not a bluff";
- **grim outcome** (coding/threats_outcome.py): a grim outcome put ahead by a modal, the adversary or a harm named
  ("a Russian invasion would be horrific", "it would be a bloody, destructive war");
- **force without hesitation** and **the adversary's war aims ahead** (coding/threats_resolve.py, round 27): "will
  not hesitate to act in defence of ...", "the goals of the operation will be achieved" (the adversary speaking);
  like the adversary's resolve, they hold under an estimate. A denied hesitation (class `hesitate_word`) is a
  litotes like "not a bluff": `negated_at` reads no negation in it.

No construction holds under an **estimate** of capability or intent (class `estimate`: "unlikely that Russian
forces would ... able to stage ... offensive", "Russia will depend ... nuclear weapons", "rockets able to carry nuclear
weapons"): that is an assessment of the adversary, not a threat; but the adversary's resolve holds ("he was not
bluffing on ... potential use of nuclear weapons" declares it, estimates nothing).

A harm that is Ukraine's or its weapons' ("will enable Ukraine ... strike", "munitions that could strike Russian
targets") is a prediction about the war or a description of aid, not a threat, unless Ukraine itself speaks; a
harm after a past auxiliary ("had conducted a strike") is reported as done.

And one veto, **negated threat**: where the content denies the threat ("does not pose a threat", "undertakes not to
use nuclear weapons", "see no indication that Russia intends ... use nuclear weapons") and no construction above
holds, the threat words of speech_acts.csv count for nothing (a warning cue still counts). "Not a bluff" is no
negation of the threat; "de-escalation" negates the escalation ("Russia must take real steps ... de-escalation",
"the EU urges Russia to show restraint and de-escalate": on the corpus without coding_dev's half B, 7 rows in 5
articles, 5 of them coded warning, none a threat by the guide). An evidence denial (`_evidence_denied`: "do not see
any indication that ...", "had seen no change in ... posture following ... nuclear drills") negates every threat word
after it, past clause breaks (round 18, on the corpus without coding_dev's half B: 7 rows in 5 articles from warning,
3 of them coding_dev rows of half A coded assessment, the others no threat in our reading; coding_dev A warning 0.731 -> 0.747, half B unchanged).

A second veto, **arms control** (classes `arms_control`, `arms_control_undone`): where the content names nuclear
arms beside arms control (a treaty, an agreement, guarantees, reductions, preventing nuclear war: "ready to
negotiate a treaty reducing nuclear weapons", "security guarantees should Ukraine face a nuclear attack", "working
to prevent a nuclear war") and nothing that breaks it ("suspend participation in the treaty", "resume nuclear
testing"), the nuclear arms are negotiated, limited or guarded against: diplomacy (`other`), no threat; no
construction holds and the threat words count for nothing (a warning cue still counts). Round 18, on the corpus
without coding_dev's half B: 8 rows in 5 articles turned from warning, 5 of them hand-coded rows of half A
(team or coding_dev), all assessment or other by the coders, the other 3 no threat in our reading; the suspension of
a treaty stays a warning.

A third veto, **accusation** (class `accusation_cue`, on the cue's lemma): the conduct an accusation charges is
reported, not put ahead ("accused Russia of escalating its attacks on cities", "accused Putin of nuclear
blackmail", "accused the US of escalating tensions"): only the constructions that put a harm ahead (PUT_AHEAD:
"accused Russia of planning ... that could serve as a pretext for an invasion") make it a warning; the adversary's
posture and the threat words of speech_acts.csv count for nothing there.

A fourth veto, **threat denied by the cue** (class `denial_cue`, on the cue's lemma; CODING_RULES: denied leans to
other): the content of a denial is what the source says is not so ("Moscow denies it is planning to invade", "has
has long denied any plan for an incursion", "deny that he would attack Ukraine"): no construction holds and the
threat words count for nothing. Round 18, on the corpus without coding_dev's half B: 6 rows in 6 articles from
warning, all denials of a plan to attack (none among the readable hand-coded rows).
"""

from __future__ import annotations

from . import threats_outcome as _outcome
from . import threats_resolve as _resolve
from . import words as _words

BEFORE = 8  # words a modality may stand before the harm or consequence it governs
CONDITION_AFTER = 4  # words a condition may stand after the sanctions ("sanctions on Vladimir Putin if Russia ...")
AFTER = 2  # ... or after it ("the attack may occur")
SETTING_SPAN = 5  # words before the harm a preposition makes it a setting ("land taken early in the invasion would be back")
EVIDENCE_NEG = 3  # words a negation may stand before what is seen none of ("not see any indication")
NEG_SPAN = 10  # words a negation reaches back over ("do not see any indication ... Russia intends to use ...")
RESOLVE_SPAN = 3  # words a resolve_hold verb may stand before its means ("work out our response")
PUT_AHEAD = frozenset({"threatened_harm", "consequence", "sanctions_threatened", "grim_outcome", "caused_harm"})
WEIGHTS = {"threatened_harm": 1.0, "consequence": 1.2, "sanctions_threatened": 1.0, "nuclear_posture": 1.0,
           "adversary_resolve": 1.0, **_outcome.WEIGHTS, **_resolve.WEIGHTS}


def _clause_before(lowers: list[str], i: int, span: int) -> list[str]:
    """The `span` words before position i, cut at the last clause break."""
    out, breaks = lowers[max(0, i - span):i], _words.classes()["clause_break"]
    for j in range(len(out) - 1, -1, -1):
        if out[j] in breaks:
            return out[j + 1:]
    return out


def negated_at(lowers: list[str], i: int, span: int = NEG_SPAN) -> bool:
    """A negation in the clause before position i (litotes of "bluff" aside), the prefix "de-" of the word itself
    ("toward de-escalation", "urges Russia to de-escalate": the harm undone is asked for, none threatened), or an
    evidence denial anywhere before it (`_evidence_denied`: "see no indication that ... use nuclear weapons")."""
    W = _words.classes()
    if (i and lowers[i - 1] == "de") or lowers[max(0, i - 2):i] == ["de", "-"]:  # "de-" (the hyphen may be gone)
        return True
    before = _clause_before(lowers, i, span)
    litotes = W["litotes_word"] | W["hesitate_word"]  # "not a bluff", "will not hesitate": resolve, no negation
    for k, w in enumerate(before):
        if w in W["negation"] and not (k + 1 < len(before) and before[k + 1] in litotes) and \
                not (k + 2 < len(before) and before[k + 2] in litotes):
            return True
    return _evidence_denied(lowers, i, W)


def _evidence_denied(lowers: list[str], i: int, W) -> bool:
    """An evidence denial anywhere before position i: a negation up to EVIDENCE_NEG words before an `evidence_noun`
    ("see no indication Moscow means to ...", "had seen no change in its force posture following ...
    nuclear drills", "no specific signs of"): what follows is what the source sees none of, however far."""
    for k in range(i):
        if lowers[k] in W["evidence_noun"] and any(x in W["negation"] for x in lowers[max(0, k - EVIDENCE_NEG):k]):
            return True
    return False


def _modal_near(lowers: list[str], i: int, modals: frozenset, after: int = AFTER, nominal_risk: bool = False,
                setting: bool = False) -> bool:
    """A modality word within BEFORE words before position i (same clause), or within `after` words after it and
    not negated there ("the missile strikes should not affect ..."); with `setting`, not after a preposition that
    makes the harm a setting (class `harm_setting_prep` within SETTING_SPAN words before it: "the land taken early in the
    invasion would be back by autumn", "hit by sanctions after the invasion, would ..."; round 18: on the
    corpus without coding_dev's half B, 3 rows in 3 articles from warning, all no threat in our reading, 2 of them
    team rows of half A coded assessment or other). With `nominal_risk`, a risk named as a noun
    ("the risk of escalation", "the possibility ... using nuclear weapons": class `risk_noun` before "of") is no
    modality: the harm is discussed, not put ahead."""
    W = _words.classes()
    before = _clause_before(lowers, i, BEFORE)
    nominal = {k for k, w in enumerate(before[:-1]) if nominal_risk and w in W["risk_noun"] and before[k + 1] == "of"}
    if any(w in modals for k, w in enumerate(before) if k not in nominal):
        return True
    ahead = lowers[i + 1:i + 2 + after]
    return any(w in modals for w in ahead[:after]) and not any(w in W["negation"] for w in ahead) \
        and not (setting and _setting(before[-SETTING_SPAN:], W))


def _setting(before: list[str], W) -> bool:
    """A preposition of class `harm_setting_prep` whose object the harm is: no `harm_setting_break` word (a
    relative or temporal opener: "in a period when an invasion might begin") between it and the harm."""
    at = [k for k, w in enumerate(before) if w in W["harm_setting_prep"]]
    return bool(at) and not any(w in W["harm_setting_break"] for w in before[at[-1] + 1:])


def _done(lowers: list[str], i: int) -> bool:
    """The harm reported as done: a past auxiliary in the clause before it with no modality after that auxiliary
    ('had likely conducted a strike', 'had moved nuclear weapons')."""
    W = _words.classes()
    before = _clause_before(lowers, i, BEFORE)
    past = [k for k, w in enumerate(before) if w in W["past_marker"]]
    return bool(past) and not any(w in W["threat_modal"] for w in before[past[-1] + 1:])


def _ukraine_agent(lowers: list[str], i: int, side: str) -> bool:
    """The harm is Ukraine's or its weapons' ("will enable Ukraine ... strike", "munitions that could strike Russian
    targets", "Ukrainian forces had conducted a strike"): a prediction about the war, no threat, unless Ukraine
    speaks (the recipient warning the adversary). The adversary named before the harm makes it its own."""
    if side == "recipient":
        return False
    W = _words.classes()
    before = set(_clause_before(lowers, i, BEFORE))
    return bool(before & (W["ukraine"] | W["weapons"])) and not before & W["adversary"]


def _nuclear_arms(lowers: list[str], i: int) -> bool:
    """'nuclear' followed by an arms noun (class nuclear_arms), possibly after 'tactical'/'non-strategic'."""
    W = _words.classes()
    return any(w in W["nuclear_arms"] for w in lowers[i + 1:i + 3])


def constructions(lowers: list[str], side: str) -> list[str]:
    """The warning constructions the content holds (names of WEIGHTS), in order."""
    W = _words.classes()
    found: list[str] = []
    low = set(lowers)
    if side == "adversary" and adversary_resolve(lowers):  # its own resolve is no estimate (below)
        found.append("adversary_resolve")
    found += _resolve.constructions(lowers, side)  # coding/threats_resolve.py: force without hesitation, war aims
    if low & W["estimate"]:  # an estimate of capability or intent is an assessment ("unlikely to be able to attack")
        return found
    hope = bool(low & W["hope"])
    nuclear_seen = False
    heads = W["harm"] | W["consequence"] | W["response_verb"] | W["sanctions"]
    for i, w in enumerate(lowers):
        if w not in heads:
            continue
        negated = negated_at(lowers, i)
        if w == "nuclear" and _nuclear_arms(lowers, i) and not nuclear_seen:
            nuclear_seen = True  # the first mention of nuclear arms decides
            if not negated and (side == "adversary" or low & W["adversary"]):
                found.append("nuclear_posture")
        if negated:
            continue
        if w in W["harm"] and "threatened_harm" not in found and not _done(lowers, i) \
                and _modal_near(lowers, i, W["threat_modal"], nominal_risk=True, setting=True) and not _ukraine_agent(lowers, i, side):
            found.append("threatened_harm")
        elif "consequence" not in found and (
                (w in W["consequence"] and _modal_near(lowers, i, W["future"] | W["bear_verb"], after=0))
                or (w in W["response_verb"] and _modal_near(lowers, i, W["future"], after=0))):
            found.append("consequence")
        elif w in W["sanctions"] and "sanctions_threatened" not in found and not hope \
                and _modal_near(lowers, i, W["condition"], after=CONDITION_AFTER):
            found.append("sanctions_threatened")
    return found + _outcome.constructions(lowers)  # a grim outcome put ahead


def adversary_resolve(lowers: list[str]) -> bool:
    """The adversary's means of response held, used or reserved ("use all means", "had an answer", "reserves the
    right", "work out our response"), not negated, not "in response to", not the infinitive "to answer"; or "not a
    bluff"."""
    W = _words.classes()
    for i, w in enumerate(lowers):
        if w in W["litotes_word"] and any(x in W["negation"] for x in lowers[max(0, i - 2):i]):
            return True
        if w not in W["resolve_means"] or (i > 0 and lowers[i - 1] in W["resolve_not_after"]):
            continue
        if any(x in W["resolve_hold"] for x in lowers[max(0, i - RESOLVE_SPAN):i]) and not negated_at(lowers, i):
            return True
    return False


def negated_threat(lowers: list[str]) -> bool:
    """Every threat word of the content (harm, `threat`, `danger`) stands under a negation."""
    W = _words.classes()
    threat_words = W["harm"] | {"threat", "threats", "threaten", "threatens", "danger", "dangerous", "risk"}
    at = [i for i, w in enumerate(lowers) if w in threat_words]
    return bool(at) and all(negated_at(lowers, i) for i in at)


def arms_control(lowers: list[str]) -> bool:
    """Nuclear arms named beside arms control (class `arms_control`: treaty, agreement, guarantees, reductions,
    prevent), nothing breaking it (class `arms_control_undone`: suspend, withdraw, resume testing, deploy ...)."""
    W = _words.classes()
    low = set(lowers)
    return "nuclear" in low and bool(low & W["arms_control"]) and not low & W["arms_control_undone"]


def adjust(scores: dict, lowers: list[str], side: str, cue: dict, cue_lemma: str = "") -> list[str]:
    """Add the constructions' weights to scores["warning"] (in place) and apply the vetoes (negated threat, arms
    control, denial, accusation); returns the constructions found. An appeal cue adds none (what an appeal asks for is no
    threat by the speaker)."""
    if cue and max(cue, key=cue.get) == "appeal":
        return []
    if arms_control(lowers):  # nuclear arms negotiated, limited or guarded against: diplomacy
        if not cue.get("warning"):
            scores.pop("warning", None)
        return []
    W = _words.classes()
    if cue_lemma in W["denial_cue"]:  # the threat denied ("denies it is planning to invade"): no threat
        scores.pop("warning", None)
        return []
    found = constructions(lowers, side)
    if cue_lemma in W["accusation_cue"]:  # the conduct charged is reported: only a harm put ahead
        found = [c for c in found if c in PUT_AHEAD]
        if not found:
            scores.pop("warning", None)
            return []
    if found:
        scores["warning"] = scores.get("warning", 0.0) + sum(WEIGHTS[c] for c in found)
    elif scores.get("warning") and not cue.get("warning") and negated_threat(lowers):
        scores.pop("warning")
    return found
