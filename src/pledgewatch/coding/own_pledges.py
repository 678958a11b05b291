"""Pledges of the speaker's own side that composition's `own_commitment` (future or commissive modality of a support
verb) does not read: the side declared ready, or refusing to give up its support (the side named by a pronoun,
`speaker_pronoun`, is read in coding/clause_parts.py). Word classes are those of coding_words.csv; ANNOTATION.md: a
pledge commits the source's side (itself, ... government, alliance or coalition) ... give or keep giving support,
"announced new aid or packages", to Ukraine or to anyone else.

Constructions:
- `own_readiness` -> pledge: the speaker's side declares itself ready to give support: be / stand / remain with a
  readiness adjective whose xcomp gives support to an aid object or to Ukraine ("they are prepared ... help
  Ukrainian authorities return ...", "he was determined to help Ukraine ... victory"), or a support gerund after it
  ("the US also remains committed ... supporting the Ukrainian people"), also where the parser reads the adjective
  as a passive verb ("are prepared | to defend ..."); present or future, and in
  reported speech also past or "would" (reported speech shifts the tense back); not negated, hypothetical or a
  question ("ready to provide a venue for negotiations" gives no support).
- `not_abandoning` -> pledge: the speaker's side does not stop, cease or rule out (abandon_lemma, negated) a chain
  that gives support, a litotes: "We should not stop supporting Ukraine", "he would not rule out sending ... troops
  ... Ukraine", "he does not exclude sending ... to Ukraine"; not past, hypothetical or a question. (Composition
  read "not stop supporting" as a refusal of support, which coding/deliveries.py's negated_abandonment vetoed, and
  left the statement to the phrase rows.) "Cannot rule out" is no decision but a hedge (it may yet come): none (the
  team's rows code "he cannot rule out sending Western ..." an assessment, "would not rule out" a pledge).
- `own_announcement` -> pledge (round 19, issue #13: a present announcement of aid, the modality the issue names):
  the speaker's side announces (`announce_lemma`: announce, unveil), present or future, aid as the object: "Today I
  am announcing a further $200m of humanitarian assistance", "we will announce a new package for Ukraine next
  week"; not negated, hypothetical or a question; not sanctions alone. (Round 15 had tried it on two statements of
  the shared texts and left it out; the readable corpus of round 19 holds one such row, a pledge by the team.)
(A donor ruling out its troops, `own_troops_refusal` ("These
forces are not going to fight ... Ukraine", "US forces will not directly ... Russia": a negated fight / engage /
participate / send chain, troops named), turned 3 corpus rows in 3 articles to refusal and lifted coding_dev's
refusal F1 0.545 -> 0.667 (half A 0.750 -> 0.889, half B unchanged), but the team's half-B aid_related F1 fell 0.565
-> 0.557: left out, notes15/pledges/own_troops_refusal.patch.)
"""

from __future__ import annotations

from . import clause_parts as _parts
from . import commitments as _k
from . import words as _words
from ._match import text_of


def _given(cl: dict) -> dict | None:
    """The clause's xcomp chain after its head ("be | help", "stop | support"), or None where there is none."""
    return dict(cl, pred=cl["pred"][1:]) if len(cl["pred"]) > 1 else None


def abandons_support(cl: dict, cap_words) -> bool:
    """A negated abandon_lemma head whose chain gives support ("not | stop supporting Ukraine", "not | rule out
    sending troops to Ukraine"): the litotes of `not_abandoning`."""
    given = _given(cl)
    return bool(cl["neg"] and cl["pred"][0] in _words.of("abandon_lemma") and given and _parts.supports(given, cap_words))


def _not_abandoning(cl: dict, row: dict, cap_words) -> bool:
    if cl["hyp"] or cl["q"] or cl["tense"] in ("past", "perfect") or set(cl["aux"]) & {"can", "ca"}:
        return False  # "cannot rule out" hedges (it may yet come), "will not / does not rule out" decides
    return abandons_support(cl, cap_words) and _k.own_subject(cl, row)


def _readiness(cl: dict, row: dict, cap_words) -> str:
    """`own_readiness` (or `own_protection` where the readiness defends an ally) in one clause, else ''."""
    W = _words.classes()
    if not _k.plain(cl) or cl["tense"] == "perfect":
        return ""
    if cl["pass"] and cl["pred"][0] in W["readiness_adj"] and len(cl["pred"]) > 1:
        pass  # the parser's passive reading of the adjective: "are prepared | to defend", "is committed | to help"
    elif cl["pass"] or cl["pred"][0] not in W["readiness_verb"] or not set(cl["obj"][:2]) & W["readiness_adj"]:
        return ""
    reported = text_of(row.get("quote_type")) != "direct"
    if cl["tense"] in ("past", "would") and not reported:
        return ""
    if not _k.own_subject(cl, row):
        return ""
    given = _given(cl)  # "are prepared | to defend each NATO member": clause_parts.own_protection
    if given is not None and _parts.protects_party(given, row):
        return "own_protection"
    return "own_readiness" if _ready_to_give(cl, cap_words) else ""


def _ready_to_give(cl: dict, cap_words) -> bool:
    """The readiness gives support: the xcomp chain after the head ("are prepared | ... help Ukrainian authorities"),
    or a give_verb gerund right after the adjective ("remains committed ... supporting Ukraine") with an aid object or
    Ukraine named after it."""
    given = _given(cl)
    if given:
        return _parts.supports(given, cap_words)
    W = _words.classes()
    obj = cl["obj"]
    i = next((k for k, w in enumerate(obj[:2]) if w in W["readiness_adj"]), None)
    if i is None or i + 1 >= len(obj) or obj[i + 1] not in W["give_verb"]:
        return False
    rest = obj[i + 2:]
    return _parts.aid_object(rest, cap_words) or bool(set(rest) & W["ukraine"])


def _announcement(cl: dict, row: dict, cap_words) -> bool:
    """`own_announcement` in one clause: the speaker's side, present or future, announces an aid object."""
    W = _words.classes()
    if not _k.plain(cl) or cl["pass"] or cl["tense"] not in ("present", "future") or cl["pred"][0] not in W[
            "announce_lemma"]:
        return False
    return _parts.aid_object(cl["obj"], cap_words) and not set(cl["obj"]) & W["sanctions"] and _k.own_subject(cl, row)


def decide(frame: dict | None, side: str, row: dict, cap_words=frozenset()):
    """(act, construction) for the first construction of the module docstring that a clause shows, else None; the
    recipient does not pledge to itself and the adversary's pledges are solidarity's business (coding/commitments)."""
    if not frame or side not in ("donor", "other"):
        return None
    for cl in frame.get("clauses") or []:
        if _not_abandoning(cl, row, cap_words):
            return "pledge", "not_abandoning"
        ready = _readiness(cl, row, cap_words)
        if ready:
            return "pledge", ready
        if _announcement(cl, row, cap_words):
            return "pledge", "own_announcement"
    return None
