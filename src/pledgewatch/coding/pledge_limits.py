"""Futures of giving that commit no one to support: the limits of a pledge that coding/composition.py reads from the
clause frame (statements/clause_frame.py). Word classes are those of coding_words.csv; ANNOTATION.md: a pledge
commits the source's side to give or keep giving support to a party (Ukraine, or anyone else).

Constructions:
- `benefit_without_party` -> no pledge: every future (or "would") clause whose predicate is a give verb (help,
  support, give ...) has a subject that is neither the speaker's side (commitments.own_subject) nor aid (aid as
  subject is `aid_future`'s), and names what it helps or supports without naming Ukraine, aid or a capability: a
  thing that will benefit a cause ("the new licence would support the continent's energy security", "the measure
  is temporary and will help Europe's energy security", "the purchase would support regional cooperation among
  the Baltic states"). The phrase rows ("would support", "will help") read these as the speaker's pledge. A
  subject-less verb conjoined to a clause takes that clause's subject ("the permit is temporary and will help
  ..."). Not a passive clause, whose subject is the one helped ("Ukraine will also be helped to rebuild its
  army", "Moldova would be supported through the winter"), nor where the clause names no object ("the deal would help Ukraine rebuild": the parse gives Ukraine to
  the verb after), nor where the beneficiary is Ukraine ("this will give Ukraine the funds it needs").
- `sanctions_announced` -> no pledge: the content names sanctions in so many words (`sanctions_named`) and no
  support besides them: no `support`, `weapons`, `money` or `aid_object` word other than a `package_word` (the
  package, tranche or round the sanctions come in) and no capability. ANNOTATION.md's settled conventions: sanctions
  announced or imposed are `other`, not a pledge; the phrase rows ("announcing a new package") and `own_commitment`
  ("impose" is a give verb for requests, "package" an aid object) read "we will impose a further package of
  sanctions", "today we are announcing a new package of sanctions on Moscow", "the new sanctions package includes a
  ban on diamonds" as pledges. Not where support is named beside them ("we will keep backing Ukraine and impose
  more sanctions", "sanctions and 500 million in aid").
  Two other sanctions checks stay where they are, each on a narrower part and a broader class (`sanctions`, which
  also holds price, cap, assets, freeze): composition's commissive branch vetoes the pledge where the committed
  clause's own object is an economic measure and no aid ("we pledge to freeze the assets", "promised to set a price cap":
  no `sanctions_named` word, so this check does not see them), and own_outcomes' `package_presented` does not take
  a subject that is a measure ("the new price cap includes ..."). Folding either into this check (the whole content,
  the narrower class) would move rows; round 25's review asked for it, and it was not measured.
"""

from __future__ import annotations

from . import clause_parts as _parts
from . import commitments as _k
from . import words as _words


def _with_subjects(clauses: list[dict]) -> list[dict]:
    """The clauses, a subject-less one (a conjoined verb) with the subject of the clause before it."""
    out, prev = [], None
    for cl in clauses:
        if not cl["subj"] and prev is not None and prev["subj"]:
            cl = dict(cl, subj=prev["subj"])
        out.append(cl)
        prev = cl
    return out


def _benefits_no_party(cl: dict, row: dict, cap_words) -> bool:
    """One future give clause whose subject is a thing that helps a cause: not the speaker's side, not aid, and an
    object that names neither Ukraine nor aid."""
    if cl["pass"] or not cl["subj"] or not cl["obj"] or _k.own_subject(cl, row):
        return False
    if _parts.aid_object(cl["subj"], cap_words) or _parts.to_ukraine(cl):
        return False
    return not _parts.aid_object(cl["obj"] + cl["ben"], cap_words)


def benefit_without_party(frame: dict | None, row: dict, cap_words=frozenset()) -> bool:
    """`benefit_without_party` (module docstring): True where the statement's futures of giving all belong to a
    thing that helps a cause. No frame, or no future clause with a give verb: False."""
    if not frame:
        return False
    W = _words.classes()
    clauses = _with_subjects(list(frame.get("clauses") or []))
    given = [cl for cl in clauses if cl["tense"] in ("future", "would") and set(cl["pred"]) & W["give_lemma"]]
    return bool(given) and all(_benefits_no_party(cl, row, cap_words) for cl in given)


def sanctions_announced(lowers, cap_words=frozenset()) -> bool:
    """`sanctions_announced` (module docstring): sanctions named and no support beside them."""
    W = _words.classes()
    words = set(lowers)
    if not words & W["sanctions_named"] or cap_words:
        return False
    given = W["support"] | W["weapons"] | W["money"] | (W["aid_object"] - W["package_word"])
    return not words & given
