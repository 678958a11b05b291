"""Word classes of data/reference/coding_words.csv: modality (future, obligation, request, hypothetical, negation,
question), the content's object (support, aid, weapons, money, sanctions, diplomacy) and the beneficiary's side; the
pronoun classes (`first_person`, `possessive_first`, `reported_pronoun`, `plural_pronoun`, `speaker_possessive`,
`owner_possessive`, `group_owner`, `side_owner`) are views of pronouns.csv (statements/pronouns.py).

    classes()["negation"] -> frozenset({"not", "n't", "never", ...})
    of("ukraine") -> the same set, by class name (KeyError names the CSV when a class is missing)
"""

from __future__ import annotations

import functools

from ..statements import pronouns
from ._match import read_table

# word classes that are views of pronouns.csv (what each is for: statements/pronouns.py): the speaker's own side
# ("we", "us", "our", "I", "me", "my", "ours"), the first-person possessives ("our partners have to act": someone else
# is the subject), the he/she of reported speech, they/them, the third person's possessives, every possessive, its/their
# (a group's or a proxy's country) and the second and third person's possessives (the party stood by)
_PRONOUN_CLASSES = {"first_person": pronouns.FIRST_PERSON, "possessive_first": pronouns.FIRST_PERSON_POSSESSIVE,
                    "reported_pronoun": pronouns.HE_SHE, "plural_pronoun": pronouns.THEY_THEM,
                    "speaker_possessive": pronouns.THIRD_PERSON_POSSESSIVE, "owner_possessive": pronouns.POSSESSIVE,
                    "group_owner": pronouns.ITS_THEIR, "side_owner": pronouns.SECOND_THIRD_POSSESSIVE}


@functools.lru_cache(maxsize=1)
def classes() -> dict[str, frozenset[str]]:
    """{class: its words}; a class is one row (a second row of the same name would silently widen the first's
    meaning for every rule that reads it: an error)."""
    out: dict[str, set[str]] = {}
    for r in read_table("coding_words.csv"):
        if r["class"] in out:
            raise ValueError(f"coding_words.csv defines class {r['class']!r} twice: give the new one its own name")
        out[r["class"]] = {w.strip().lower() for w in r["words"].split("|") if w.strip()}
    for name, words in _PRONOUN_CLASSES.items():  # views of pronouns.csv, not rows of coding_words.csv
        if name in out:
            raise ValueError(f"coding_words.csv defines class {name!r}, a view of pronouns.csv (statements/pronouns.py)")
        out[name] = set(words)
    return {k: frozenset(v) for k, v in out.items()}


_DERIVED: dict = {}


def derived(build):
    """`build(classes())`, built once per lexicon: word sets composed of classes (unions, differences) that a rule
    reads for every statement; rebuilt when classes() is (a test that clears its cache gets fresh sets)."""
    W = classes()
    hit = _DERIVED.get(build)
    if hit is None or hit[0] is not W:
        hit = _DERIVED[build] = (W, build(W))
    return hit[1]


def of(name: str) -> frozenset[str]:
    try:
        return classes()[name]
    except KeyError:
        raise KeyError(f"coding_words.csv has no class {name!r}") from None


def compass_compounds(lowers: list[str]) -> list[str]:
    """The words with each compass compound joined in its last word's place ("north", "western" -> "north",
    "north-western"; the coding's text reads "north-western" so, a hyphen between stays): a `compass_side` word
    right after a `compass_pole` word names a region
    ("the north-western Black Sea", "north-west of Kyiv", "south-eastern Ukraine"), not the West as a side, so in
    the aid check (`aid.aid_related` and `aid.anchors`, whoever calls them) it is no `ukraine_side` or `donor_name`
    word; the act's rows and the models' features still read the words as written ("the Russian naval tug ...,
    which was delivering weapons ... to Snake Island in the north-western Black Sea" is the adversary's
    transfer). The positions stay those of the doc; joining twice changes nothing."""
    poles, sides = of("compass_pole"), of("compass_side")
    out = list(lowers)
    for i in range(1, len(out)):
        j = i - 2 if out[i - 1] == "-" and i > 1 else i - 1
        if out[i] in sides and out[j] in poles:
            out[i] = f"{out[j]}-{out[i]}"
    return out
