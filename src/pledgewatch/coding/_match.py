"""Shared matching machinery for the coding stage.

Statements are coded with a tokenizer-only spaCy pipeline (`spacy.blank("en")`), built once per process, run over a
*normalised* copy of each statement so that spelling variants of weapon names collapse to one token sequence:

- hyphens and slashes between letters or digits become spaces ("F-16" -> "F 16", "SAMP/T" -> "SAMP T",
  "155-mm" -> "155 mm", "long -range" -> "long range");
- a boundary between letters and digits becomes a space ("F16" -> "F 16", "155mm" -> "155 mm", "2A6" -> "2 A 6");
- curly quotes and apostrophes become straight ones.

Every pattern in `data/reference/*.csv` goes through the same normaliser and tokenizer, so "F-16", "F16", "f-16s"
and "F 16" all match one pattern. A map from normalised to original character offsets keeps surfaces exact.

Patterns in the reference tables use a small token language (one token per space-separated item), compiled to
spaCy `Matcher` patterns on `LOWER`:

    word        the token, any case                     a|b|c     any of these tokens
    word~       the word and its inflections            pre*      "pre" + a common ending (escalat* = escalate,
                                                                  escalation, escalating ...)
    [x]         optional token (x is any item above)    _         any one token
    ...         up to four tokens (any)                 NEG       not / n't / never / no
    CAP         a token inside a capability mention     NUM       a number (digits or a number word)
    MONEY       a token inside an amount of money       AID       an aid word or capability token
"""

from __future__ import annotations

import functools
import re

from .. import config
from ..inflect import inflections, irregular_forms

_HYPHEN = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_TRANS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def text_of(value) -> str:
    """A cell as text: None and NaN (missing values in a DataFrame) become ""."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


_SPECIAL = re.compile(r"[-\u2010-\u2014\u2212/]|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")


def normalize(text: str) -> tuple[str, list[int]]:
    """Normalised text and, for each of its characters, the offset of the original character it comes from (plus
    one final entry, the original length)."""
    text = (text or "").translate(_TRANS)
    n = len(text)
    out: list[str] = []
    offs: list[int] = []
    pos = 0
    for m in _SPECIAL.finditer(text):
        i = m.start()
        if m.end() == i:  # letter-digit boundary: insert a space ("155mm" -> "155 mm"; not inside "2.5")
            out.append(text[pos:i])
            offs.extend(range(pos, i))
            out.append(" ")
            offs.append(i)
            pos = i
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        ch = text[i]
        joined = prev.isalnum() and nxt.isalnum()
        half = (prev == " " and nxt.isalnum() and i >= 2 and text[i - 2].isalnum()) or \
               (nxt == " " and prev.isalnum() and i + 2 < n and text[i + 2].isalnum() and ch != "/")
        if not (joined or half):
            continue
        out.append(text[pos:i])
        offs.extend(range(pos, i))
        if joined:  # "F-16" -> "F 16", "SAMP/T" -> "SAMP T"
            out.append(" ")
            offs.append(i)
        # half-spaced ("long -range", "anti- aircraft"): drop the hyphen, the existing space separates
        pos = i + 1
    out.append(text[pos:])
    offs.extend(range(pos, n))
    offs.append(n)
    return "".join(out), offs


FLAGS = ("AID", "CAP", "MONEY")
_COMBOS = ["|".join(c) for n in (1, 2, 3) for c in __import__("itertools").combinations(FLAGS, n)]


def tags_with(flag: str) -> list[str]:
    """Token tags carrying a flag. Flags live in `Token.tag_` (the blank pipeline has no tagger), so that the
    Matcher tests them in C ({"TAG": {"IN": [...]}}) rather than through a Python extension attribute."""
    return [c for c in _COMBOS if flag in c.split("|")]


def mark(token, flag: str) -> None:
    """Add a flag to a token's tag. Coding's docs get their tags only here: each mark counts up the doc's tag
    version (`doc.user_data`), which keys the tag arrays `tag_hashes` keeps for the doc."""
    have = set(token.tag_.split("|")) - {""}
    have.add(flag)
    token.tag_ = "|".join(f for f in FLAGS if f in have)
    ud = token.doc.user_data
    ud["pw_tag_version"] = ud.get("pw_tag_version", 0) + 1


def tag_hashes(doc) -> tuple[list[int], set[int]]:
    """(the tokens' tag hashes, their set), kept in `doc.user_data` until a token is marked (`mark`): the rule sets
    of a statement read the same tags several times between marks, and `doc.to_array` costs more than the test."""
    ud = doc.user_data
    version = ud.get("pw_tag_version", 0)
    cached = ud.get("pw_tags")
    if cached is None or cached[0] != version or len(cached[1]) != len(doc):
        hashes = doc.to_array("TAG").tolist()
        cached = ud["pw_tags"] = (version, hashes, set(hashes), [])
    return cached[1], cached[2]


def _tag_strings(doc) -> list[str]:
    """The tokens' tags as strings ("" for none), kept with `tag_hashes`'s arrays."""
    hashes, _ = tag_hashes(doc)
    slot = doc.user_data["pw_tags"][3]
    if not slot:
        strings = doc.vocab.strings
        slot.append([strings[h] if h else "" for h in hashes])
    return slot[0]


def has(token, flag: str) -> bool:
    return flag in token.tag_.split("|")


def has_aid_words(doc) -> bool:
    """Does the doc hold an aid word that is not part of a capability (support, aid, package ...)?"""
    strings = doc.vocab.strings
    return any("AID" in t.split("|") and "CAP" not in t.split("|")
               for t in (strings[h] for h in tag_hashes(doc)[1] if h))


def prefix_forms(prefix: str) -> list[str]:
    """Words a `pre*` item stands for: the prefix plus common English endings (an IN list is far faster for the
    Matcher than a REGEX predicate); the endings are data/reference/pattern_endings.csv."""
    p = prefix.lower()
    forms = {p + s for s in pattern_endings()}
    if p.endswith("e"):
        forms |= {p[:-1] + s for s in pattern_endings()}
    return sorted(forms)


@functools.lru_cache(maxsize=1)
def blank_nlp():
    """The tokenizer-only pipeline every coding matcher runs on (built once per process)."""
    import spacy

    return spacy.blank("en")


_WORD = re.compile(r"[a-z']+")


@functools.lru_cache(maxsize=4096)
def text_words(text: str) -> frozenset[str]:
    """The lower-case words of a text (letters and apostrophes), each once: read once per statement text however
    many clauses ask (clause_parts._future_time)."""
    return frozenset(_WORD.findall(text.lower()))


def tokens_of(phrase: str) -> list[str]:
    norm, _ = normalize(phrase)
    return [t.text for t in blank_nlp().make_doc(norm)]


def read_table(name: str) -> list[dict]:
    """Rows of a reference table in data/reference/ (comment lines starting with # are skipped)."""
    return [{k: (v or "").strip() for k, v in row.items()} for row in config.reference_rows(name)]


@functools.lru_cache(maxsize=1)
def pattern_endings() -> tuple[str, ...]:
    """The endings a `pre*` item stands for (data/reference/pattern_endings.csv; "" is the prefix itself)."""
    return tuple(r["ending"].lower() for r in read_table("pattern_endings.csv"))


@functools.lru_cache(maxsize=1)
def number_words() -> dict[str, int]:
    """{word: value} of data/reference/number_words.csv ("six" -> 6, "dozens" -> 24)."""
    return {r["word"].lower(): int(r["value"]) for r in read_table("number_words.csv")}


def _item(tok: str) -> dict:
    opt = tok.startswith("[") and tok.endswith("]")
    if opt:
        tok = tok[1:-1]
    if tok == "_":
        d: dict = {}
    elif tok == "NEG":
        from .words import of  # (coding_words.csv, class negation)

        d = {"LOWER": {"IN": sorted(of("negation"))}}
    elif tok == "NUM":
        d = {"LIKE_NUM": True}
    elif tok in FLAGS:
        d = {"TAG": {"IN": tags_with(tok)}}
    else:
        alts: list[str] = []
        for a in tok.split("|"):
            if a.endswith("~"):
                alts += sorted(inflections(a[:-1], "broad", irregular_forms()))
            elif a.endswith("*") and len(a) > 1:
                alts += prefix_forms(a[:-1])
            else:
                alts.append(a.lower())
        alts = sorted(set(alts))
        if len(alts) == 1:
            d = {"LOWER": alts[0]}
        else:
            d = {"LOWER": {"IN": alts}}
    if opt:
        d = dict(d, OP="?")
    return d


def compile_pattern(pattern: str) -> list[dict]:
    """A token-language pattern (see module doc) as a spaCy Matcher pattern."""
    out = []
    for raw in pattern.split():
        if raw == "...":
            out.append({"OP": "{0,4}"})
            continue
        # a plain word may contain hyphens or digits: normalise it into its tokens ("F-16" -> "f", "16")
        if not any(c in raw for c in "|~*[]") and raw not in ("_", "NEG", "NUM") + FLAGS:
            out += [{"LOWER": t.lower()} for t in tokens_of(raw)]
        else:
            out.append(_item(raw))
    return out


def span_chars(doc, start: int, end: int, offs: list[int]) -> tuple[int, int]:
    """Original character offsets of tokens [start, end) of a doc built on normalised text."""
    a = doc[start].idx
    b = doc[end - 1].idx + len(doc[end - 1].text)
    return offs[a], offs[b - 1] + 1
