"""Pledges of the speaker's own side read off what it sees to or what it presents, where composition's
`own_commitment` (a give verb under future or commissive modality) finds no give verb. Word classes are those of
coding_words.csv; ANNOTATION.md: a pledge commits the source's side to give or keep giving support, "we will not let
Ukraine fail", "announced new aid or packages".

Constructions:
- `ensured_success` -> pledge: the speaker's side (commitments.own_subject), committed (clause_parts.commitment:
  future, reported "would", first-person must / should; also a first-person "need / have to", or be + a
  `readiness_adj`), sees to (the clause frame's `ens`, statements/frame_ensured.py) Ukraine's success: Ukraine
  (class `ukraine`) the subject of a `success_lemma` predicate (win, prevail, succeed ...), of "be" + a
  `success_adj` (victorious), of a `receive_lemma` / "have" predicate with aid as object ("has the weapons it
  needs"), or, negated, of a `failure_lemma` predicate ("does not lose", the litotes "we will not let Ukraine fail"
  reads): "we will make sure Ukraine prevails", "we simply have to make sure that Ukraine succeeds", "Poland would do
  everything to ensure that Ukraine wins", "we will ensure Ukraine has the weapons it needs". Not the recipient
  (Ukraine does not pledge to itself), not the adversary, not negated, hypothetical or a question; "make sure Russia
  does not win" (the adversary's failure) and "make sure our own army is ready" are none.
- `package_presented` -> pledge: a donor presents its new aid: a present or future clause, asserted, not passive,
  whose subject is an aid word (`aid_object`, `support` or `contribution_noun`: "package", "tranche",
  "assistance", "contributions") marked new
  (`new_marker`: new, latest, additional, further, today's, this ...) and whose predicate is a `present_lemma`
  (include, contain, bring, comprise, consist), the subject naming no country but the speaker's own and not the
  adversary: "the new package brings our total military aid to Ukraine to ...", "today's package includes more
  ammunition for the HIMARS", "this latest tranche contains air defence missiles" (ANNOTATION.md: announced new aid
  or packages). Not a package the speaker names as another country's ("the new US package includes ..." said by a
  minister of another country), not the recipient describing what it gets, not a package of sanctions.
- `own_offer` -> pledge: the speaker's side (commitments.own_subject) as the subject of an `offer_modal` ("can") on a
  chain that gives support (clause_parts.supports: a give verb with an aid object or Ukraine): an offer of its
  support, "we can help the Ukrainian side ...", "Canada can provide more training for Ukrainian pilots", "we can
  send another battery to Kyiv this year"; not negated ("we cannot send more tanks" is the refusal rows'), not
  hypothetical (could, might, may and "if" stay hedges, docs/CODING_RULES.md rule 6), not a question.
- `relied_on` -> pledge: another party (not the speaker's first person, not the adversary) may rely on the speaker's
  side: a `rely_lemma` predicate (count on, rely on, depend on) whose object names the speaker's side (first person,
  "our support", or its own country): "Ukraine can count on us", "Kyiv can rely on Germany" from a German minister,
  "you can always count on our support"; not negated ("Ukraine cannot count on us"), hypothetical or a question;
  "we can count on our allies" (the speaker relies on others) is none.
"""

from __future__ import annotations

from . import clause_parts as _parts
from . import commitments as _k
from . import words as _words
from ._match import text_of


def _committed(cl: dict, row: dict) -> bool:
    """The clause commits the speaker's side: clause_parts.commitment, a first-person semi-modal ("we need to make
    sure", "we have to ensure") or be + a readiness adjective ("we are determined to ensure")."""
    W = _words.classes()
    if not _k.plain(cl) or not _k.own_subject(cl, row):
        return False
    if _parts.commitment(cl, row):
        return True
    if cl["tense"] != "present" or len(cl["pred"]) < 2:
        return False
    first = bool(set(cl["subj"]) & W["first_person"])
    return (first and cl["pred"][0] in W["obligation_semi"]) or (
        cl["pred"][0] in W["readiness_verb"] and bool(set(cl["obj"][:2]) & W["readiness_adj"]))


def _success(x: dict, cap_words) -> bool:
    """Ukraine's success as the clause seen to (`ensured_success`)."""
    W = _words.classes()
    if x["hyp"] or x["q"] or not set(x["subj"]) & W["ukraine"]:
        return False
    pred = x["pred"][-1]
    if x["neg"]:
        return pred in W["failure_lemma"]
    if pred in W["success_lemma"]:
        return True
    if pred == "be":
        return bool(set(x["obj"][:2]) & W["success_adj"])
    return (pred in W["receive_lemma"] or pred in W["possess_lemma"]) and _parts.aid_object(x["obj"], cap_words)


def ensured_success(clauses: list[dict], row: dict, cap_words) -> bool:
    """`ensured_success` (module docstring): a committed clause of the speaker's side sees to Ukraine's success."""
    return any(cl.get("ens") and _committed(cl, row) and _success(cl["ens"], cap_words) for cl in clauses)


def _presented(cl: dict, row: dict) -> bool:
    """`package_presented` in one clause."""
    W = _words.classes()
    subj = cl["subj"]
    if not _k.plain(cl) or cl["pass"] or cl["tense"] not in ("present", "future") or not subj:
        return False
    if cl["pred"][-1] not in W["present_lemma"] or not set(subj) & W["new_marker"]:
        return False
    if not set(subj) & (W["aid_object"] | W["support"] | W["contribution_noun"]) or \
            set(subj) & (W["hostile"] | W["sanctions"]):
        return False
    own = text_of(row.get("speaker_country"))
    return all(c == own for c in _parts.countries(subj))


def _offers(cl: dict, row: dict, cap_words) -> bool:
    """`own_offer` in one clause."""
    W = _words.classes()
    if not _k.plain(cl) or cl["pass"] or cl["tense"] != "modal" or not set(cl["aux"]) & W["offer_modal"]:
        return False
    return _parts.supports(cl, cap_words) and _k.own_subject(cl, row)


def _relied_on(cl: dict, row: dict) -> bool:
    """`relied_on` in one clause."""
    W = _words.classes()
    if not _k.plain(cl) or cl["pass"] or cl["pred"][-1] not in W["rely_lemma"] or not cl["subj"]:
        return False
    if set(cl["subj"]) & (W["first_person"] | W["hostile"]):
        return False  # "we can count on our allies": the speaker relies on others
    obj = cl["obj"]
    own = text_of(row.get("speaker_country"))
    return bool(set(obj) & W["first_person"]) or (bool(own) and own in _parts.countries(obj))


def decide(clauses: list[dict], side: str, row: dict, cap_words=frozenset()):
    """(act, construction) for the first construction of the module docstring the clauses show, else None."""
    if side not in ("donor", "other"):
        return None
    if ensured_success(clauses, row, cap_words):
        return "pledge", "ensured_success"
    if side == "donor" and any(_presented(cl, row) for cl in clauses):
        return "pledge", "package_presented"
    if any(_offers(cl, row, cap_words) for cl in clauses):
        return "pledge", "own_offer"
    if any(_relied_on(cl, row) for cl in clauses):
        return "pledge", "relied_on"
    return None
