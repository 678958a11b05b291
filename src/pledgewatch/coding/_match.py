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
    word~       the word and its inflections            pre*      any token starting with "pre"
    [x]         optional token (x is any item above)    _         any one token
    ...         up to four tokens (any)                 NEG       not / n't / never / no
    CAP         a token inside a capability mention     NUM       a number (digits or a number word)
    MONEY       a token inside an amount of money       AID       an aid word or capability token
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

from .. import config

NEGATORS = ["not", "n't", "never", "no", "nothing", "neither", "nor", "cannot", "nt"]
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24, "hundreds": 200,
}
IRREGULAR = {
    "send": ["sent"], "give": ["gave", "given"], "make": ["made"], "take": ["took", "taken"], "get": ["got", "gotten"],
    "keep": ["kept"], "hold": ["held"], "stand": ["stood"], "say": ["said"], "tell": ["told"], "let": ["lets"],
    "be": ["is", "are", "was", "were", "been", "being", "'s", "'re", "am"], "have": ["has", "had", "'ve"],
    "do": ["does", "did", "done"], "win": ["won"], "lose": ["lost"], "buy": ["bought"], "sell": ["sold"],
    "lead": ["led"], "bring": ["brought"], "seek": ["sought"], "fight": ["fought"], "leave": ["left"],
    "rule": ["ruled"], "put": ["puts"], "begin": ["began", "begun"], "go": ["went", "gone"], "stop": ["stopped"],
    "pay": ["paid"], "meet": ["met"], "write": ["wrote", "written"], "see": ["saw", "seen"], "build": ["built"],
    "commit": ["committed", "committing"], "ship": ["shipped", "shipping"], "plan": ["planned", "planning"],
}

_HYPHEN = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_TRANS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def inflections(word: str) -> list[str]:
    """The word and its regular (and common irregular) inflections: send~ -> send, sends, sent, sending ..."""
    w = word.lower()
    out = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
    if w.endswith("e"):
        out |= {w[:-1] + "ing", w + "d", w + "s"}
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        out |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) >= 3 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        out |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    out |= set(IRREGULAR.get(w, []))
    return sorted(out)


def normalize(text: str) -> tuple[str, list[int]]:
    """Normalised text and, for each of its characters, the offset of the original character it comes from."""
    text = (text or "").translate(_TRANS)
    out: list[str] = []
    offs: list[int] = []
    n = len(text)
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch in _HYPHEN or ch == "/":
            # joined ("F-16", "SAMP/T") or asymmetrically spaced ("long -range", "anti -cancer") hyphen/slash
            joined = prev.isalnum() and nxt.isalnum()
            half = (prev == " " and nxt.isalnum() and i >= 2 and text[i - 2].isalnum()) or \
                   (nxt == " " and prev.isalnum() and i + 2 < n and text[i + 2].isalnum() and ch != "/")
            if joined or half:
                if half and prev == " ":
                    continue  # "long -range" -> "long range": drop the hyphen, keep the existing space
                if half and nxt == " ":
                    continue
                out.append(" ")
                offs.append(i)
                continue
        if out and ch.isalnum() and out[-1].isalnum() and (
                (ch.isdigit() and out[-1].isalpha()) or (ch.isalpha() and out[-1].isdigit())):
            # "155mm", "F16", "2A6": split letters from digits, but keep "2.5bn"'s number whole
            out.append(" ")
            offs.append(i)
        out.append(ch)
        offs.append(i)
    offs.append(n)
    return "".join(out), offs


@functools.lru_cache(maxsize=1)
def blank_nlp():
    """The tokenizer-only pipeline every coding matcher runs on (built once per process)."""
    import spacy
    from spacy.tokens import Token

    nlp = spacy.blank("en")
    for ext in ("pw_cap", "pw_money", "pw_aid"):
        if not Token.has_extension(ext):
            Token.set_extension(ext, default=False)
    return nlp


def tokens_of(phrase: str) -> list[str]:
    norm, _ = normalize(phrase)
    return [t.text for t in blank_nlp().make_doc(norm)]


def read_table(name: str) -> list[dict]:
    """Rows of a reference table in data/reference/ (comment lines starting with # are skipped)."""
    path = Path(config.reference(name))
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


def _item(tok: str) -> dict:
    opt = tok.startswith("[") and tok.endswith("]")
    if opt:
        tok = tok[1:-1]
    if tok == "_":
        d: dict = {}
    elif tok == "NEG":
        d = {"LOWER": {"IN": NEGATORS}}
    elif tok == "NUM":
        d = {"LIKE_NUM": True}
    elif tok == "CAP":
        d = {"_": {"pw_cap": True}}
    elif tok == "MONEY":
        d = {"_": {"pw_money": True}}
    elif tok == "AID":
        d = {"_": {"pw_aid": True}}
    else:
        alts: list[str] = []
        regex = []
        for a in tok.split("|"):
            if a.endswith("~"):
                alts += inflections(a[:-1])
            elif a.endswith("*") and len(a) > 1:
                regex.append("^" + re.escape(a[:-1].lower()))
            else:
                alts.append(a.lower())
        if regex and not alts:
            d = {"LOWER": {"REGEX": "|".join(regex)}}
        elif regex:
            d = {"LOWER": {"REGEX": "|".join(regex + ["^(" + "|".join(map(re.escape, alts)) + ")$"])}}
        elif len(alts) == 1:
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
        if not any(c in raw for c in "|~*[]") and raw not in ("_", "NEG", "NUM", "CAP", "MONEY", "AID"):
            out += [{"LOWER": t.lower()} for t in tokens_of(raw)]
        else:
            out.append(_item(raw))
    return out


def span_chars(doc, start: int, end: int, offs: list[int]) -> tuple[int, int]:
    """Original character offsets of tokens [start, end) of a doc built on normalised text."""
    a = doc[start].idx
    b = doc[end - 1].idx + len(doc[end - 1].text)
    return offs[a], offs[b - 1] + 1
