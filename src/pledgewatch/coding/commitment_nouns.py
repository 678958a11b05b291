"""`own_commitment_noun` -> pledge: the speaker's side names its own commitment as a noun and says it holds.

A pledge is often reported not by a commissive verb ("we promise") but by its noun, owned by the speaker's side,
with what is given after it, as the subject or complement of a predicate by which it holds (`commitment_holds`: be,
stand, remain, hold): "our promise of 100 tanks for Ukraine stands", "this is a firm pledge of three billion euros to
Ukraine's defence", "my country's commitment to Kyiv remains". Owned: a first-person possessive or the speaker's
country within three words before the noun (`commitment_noun`: promise, pledge, commitment, vow), or the noun as
the complement of "this / that / it is". Given: an aid object, a capability or Ukraine after the noun. Not negated,
hypothetical or a question; never the adversary's or the recipient's (composition asks the side first), and not
another party's promise ("the West's promises of tanks": no owner of the speaker's side). A broken or withdrawn
promise is not said to hold (its predicate is none of `commitment_holds`).
"""

from __future__ import annotations

from . import clause_parts as _parts
from . import words as _words
from ._match import text_of


def _owned(words: list[str], i: int, row: dict, copular_this: bool) -> bool:
    W = _words.classes()
    before = words[max(0, i - 3):i]
    country = text_of(row.get("speaker_country"))
    return bool(set(before) & W["first_person"]) or (bool(country) and country in _parts.countries(before)) or (
        copular_this)


def own_commitment_noun(cl: dict, row: dict, cap_words) -> bool:
    """The clause names the speaker's side's own commitment to give (see the module docstring)."""
    W = _words.classes()
    if cl["neg"] or cl["hyp"] or cl["q"] or not set(cl["pred"][:1]) & W["commitment_holds"]:
        return False
    this = cl["pred"][:1] == ["be"] and cl["subj"] in (["this"], ["that"], ["it"])
    for part, copular in ((cl["subj"], False), (cl["obj"], this)):
        for i, w in enumerate(part):
            if w not in W["commitment_noun"]:
                continue
            after = part[i + 1:]
            given = _parts.aid_object(after, cap_words) or bool(set(after) & W["ukraine"])
            if given and _owned(part, i, row, copular and i <= 2):
                return True
    return False


def decide(frame: dict | None, side: str, row: dict, cap_words=frozenset()):
    """("pledge", "own_commitment_noun") where a clause of the content holds it, for a donor's side, else None."""
    if not frame or side not in ("donor", "other"):
        return None
    for cl in frame.get("clauses") or []:
        if own_commitment_noun(cl, row, cap_words):
            return "pledge", "own_commitment_noun"
    return None
