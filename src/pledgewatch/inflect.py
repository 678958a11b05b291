"""The project's one English verb/noun inflection helper: a word -> the set of its surface forms.

Three strengths, for three uses (each reproduces what its caller did before, so switching to it changes nothing):

- ``"exact"``: few spellings per form: the word, its -s form (-es after s/sh/ch/x/z, -ies after a consonant +
  y), its past (-d after e, else -ed; also -ied after a consonant + y) and its -ing form (a final e dropped).
  For the cue lexicon (`statements.cues`), where every form becomes a cue.
- ``"broad"``: every regular ending (-s, -es, -ed, -d, -ing), -ies/-ied after a consonant + y, and a doubled final
  consonant after a short vowel ("plan" -> planned, planning). For matching patterns (`coding`), where a stray form
  does no harm.
- ``"broadest"``: as broad, plus -n/-en, -ies/-ied after any y, doubling after two vowels too. For a prefilter that
  must never miss a form (`pipeline`'s skip mode): over-generation only skips less.

`irregular`: {word: forms} added to the result (a list of forms or one space-separated string), e.g.
{"say": "said"}; `irregular_forms()` reads the project's table of them, `data/reference/irregular_forms.csv`. The word
is lower-cased first.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

from . import config

STYLES = ("exact", "broad", "broadest")


def inflections(word: str, style: str = "exact",
                irregular: Mapping[str, str | Iterable[str]] | None = None) -> set[str]:
    """The surface forms of `word` (see the module docstring for the styles)."""
    w = word.lower()
    if style == "exact":
        out = _exact(w)
    elif style == "broad":
        out = _broad(w)
    elif style == "broadest":
        out = _broadest(w)
    else:
        raise ValueError(f"style must be one of {STYLES}, not {style!r}")
    extra = (irregular or {}).get(w, ())
    out |= set(extra.split() if isinstance(extra, str) else extra)
    return out


@functools.lru_cache(maxsize=1)
def irregular_forms() -> dict[str, list[str]]:
    """{base form: its irregular forms} from data/reference/irregular_forms.csv (comment lines start with #)."""
    rows = config.reference_rows("irregular_forms.csv")
    return {r["word"].strip().lower(): r["forms"].split() for r in rows if (r.get("word") or "").strip()}


def third_person(word: str) -> str:
    """The -s form of a verb (the exact style's): -es after s/sh/ch/x/z, -ies after a consonant + y ("claims",
    "pushes", "denies")."""
    w = word.lower()
    if w.endswith("y") and w[-2:-1] not in "aeiou":
        return w[:-1] + "ies"
    return w + "es" if w.endswith(("s", "sh", "ch", "x", "z")) else w + "s"


def _exact(w: str) -> set[str]:
    out = {w, third_person(w)}
    if w.endswith("y") and w[-2:-1] not in "aeiou":
        out.add(w[:-1] + "ied")
    out |= {w + "d" if w.endswith("e") else w + "ed", (w[:-1] if w.endswith("e") else w) + "ing"}
    return out


def _broad(w: str) -> set[str]:
    out = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
    if w.endswith("e"):
        out |= {w[:-1] + "ing", w + "d", w + "s"}
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        out |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) >= 3 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        out |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return out


def _broadest(w: str) -> set[str]:
    out = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing", w + "n", w + "en"}
    if w.endswith("e"):
        out |= {w[:-1] + "ing", w[:-1] + "ed"}
    if w.endswith("y") and len(w) > 2:
        out |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) > 2 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou":
        out |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return out
