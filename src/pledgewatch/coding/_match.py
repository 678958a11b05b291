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


def _bounds(op) -> tuple[int, int]:
    """(min, max) repetitions of a Matcher pattern item's OP: none = (1, 1), "?" = (0, 1), "{a,b}" = (a, b)."""
    if not op:
        return 1, 1
    if op == "?":
        return 0, 1
    if op.startswith("{") and op.endswith("}") and "," in op:
        lo, hi = op[1:-1].split(",")
        return int(lo or 0), int(hi)
    raise ValueError(f"unsupported OP {op!r} in a coding pattern")


class _Item:
    """One item of a compiled pattern, as a test on a token's position: LOWER (a word or an IN set), TAG (IN set),
    LIKE_NUM, or any token; repeated `lo` to `hi` times."""

    __slots__ = ("lo", "hi", "words", "tags", "num")

    def __init__(self, d: dict):
        self.lo, self.hi = _bounds(d.get("OP"))
        low, tag = d.get("LOWER"), d.get("TAG")
        self.words = frozenset([low]) if isinstance(low, str) else frozenset(low["IN"]) if low else None
        self.tags = frozenset(tag["IN"]) if tag else None
        self.num = d.get("LIKE_NUM")
        unknown = set(d) - {"OP", "LOWER", "TAG", "LIKE_NUM"}
        if unknown or (isinstance(low, dict) and set(low) != {"IN"}) or (tag is not None and set(tag) != {"IN"}):
            raise ValueError(f"unsupported pattern item {d!r} in a coding pattern")

    def test(self, i: int, lowers, tags, nums) -> bool:
        return ((self.words is None or lowers[i] in self.words) and (self.tags is None or tags[i] in self.tags)
                and (self.num is None or nums[i] == self.num))


def _ends(items, k: int, i: int, n: int, lowers, tags, nums, out: set) -> None:
    """Every end position of items[k:] matched from token i (all alternatives, as spaCy's Matcher reports them)."""
    if k == len(items):
        out.add(i)
        return
    it = items[k]
    j, reps = i, 0
    while True:
        if reps >= it.lo:
            _ends(items, k + 1, j, n, lowers, tags, nums, out)
        if reps == it.hi or j >= n or not it.test(j, lowers, tags, nums):
            return
        j, reps = j + 1, reps + 1


class RuleSet:
    """Many small token-pattern rules, matched fast. A pattern is tried on a doc only when every mandatory token of it
    occurs in the doc: candidates come from an index on each pattern's rarest mandatory token, then a set test on the
    others (all on hashes from `doc.to_array`); a candidate is then matched in Python over the doc's lower-case words
    and tags, with the semantics of spaCy's `Matcher` (every match, every length an optional item or a gap allows):
    the Matcher evaluates IN-set predicates in Python token by token and builds a Token object per token per call,
    which cost more than the matching itself on short statements."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.patterns: list[tuple[str, list, list]] = []  # (key, [word-hash sets], [tag-hash sets])
        self.items: list[list[_Item]] = []  # the compiled items of each pattern
        self.index: dict[int, set[int]] = {}
        self.always: set[int] = set()
        # per pattern: (the mandatory single words as one set, its other mandatory word sets, its tag sets); a
        # candidate's test is one subset test, then the few alternatives (same test as all(w & lowers) over words)
        self.tests: list[tuple[frozenset, tuple, tuple]] = []

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        strings = self.vocab.strings
        for pat in patterns:
            words, flags = [], []
            for d in pat:
                if d.get("OP") in ("?", "*") or (d.get("OP") or "").startswith("{0"):
                    continue
                low = d.get("LOWER")
                if isinstance(low, str):
                    words.append(frozenset([strings.add(low)]))
                elif isinstance(low, dict) and "IN" in low:
                    words.append(frozenset(strings.add(w) for w in low["IN"]))
                tag = d.get("TAG")
                if isinstance(tag, dict):
                    flags.append(frozenset(strings.add(t) for t in tag["IN"]))
            i = len(self.patterns)
            self.patterns.append((key, words, flags))
            self.tests.append((frozenset(h for w in words if len(w) == 1 for h in w),
                               tuple(w for w in words if len(w) != 1), tuple(flags)))
            self.items.append([_Item(d) for d in pat])
            if words:
                for h in min(words, key=len):
                    self.index.setdefault(h, set()).add(i)
            else:
                self.always.add(i)

    def __call__(self, doc) -> list[tuple[str, int, int]]:
        lowers = doc.user_data.get("pw_lowers")
        if lowers is None:
            lowers = set(doc.to_array("LOWER").tolist())
        _, tags = tag_hashes(doc)
        cand = set(self.always)
        index = self.index
        for h in lowers & index.keys():
            cand |= index[h]
        todo = _passing(self.tests, sorted(cand), lowers, tags)
        if not todo:
            return []
        patterns = self.patterns
        words_of, at = _word_positions(doc)
        tag_of = _tag_strings(doc)
        nums = _like_nums(doc) if any(it.num is not None for i in todo for it in self.items[i]) else None
        n = len(doc)
        found: dict[tuple[str, int, int], None] = {}
        for p in todo:
            key, items = patterns[p][0], self.items[p]
            first = items[0]
            starts = range(n) if first.lo == 0 or first.words is None else \
                sorted(i for w in first.words & at.keys() for i in at[w])
            for start in starts:
                ends: set[int] = set()
                _ends(items, 0, start, n, words_of, tag_of, nums, ends)
                for end in sorted(ends):
                    if end > start:
                        found[(key, start, end)] = None
        return list(found)


def _passing(tests, cand, lowers: set, tags: set) -> list[int]:
    """The candidate patterns whose mandatory words and tags all occur in the doc (plain loops: this runs for ~20
    candidates per statement, where a generator per candidate cost more than the set tests)."""
    todo = []
    for i in cand:
        req, multi, flags = tests[i]
        if not req <= lowers:
            continue
        for w in multi:
            if w.isdisjoint(lowers):
                break
        else:
            for f in flags:
                if f.isdisjoint(tags):
                    break
            else:
                todo.append(i)
    return todo


# Per-doc lookups every RuleSet call on the doc shares (a statement's doc is matched by several rule sets), kept in
# `doc.user_data` and rebuilt only when what they derive from changes: no loop over the doc's tokens per call.

def _word_positions(doc) -> tuple[list[str], dict[str, list[int]]]:
    """(the doc's lower-case words, {word: its positions}); the words are `pw_lower_list` where coding set it."""
    ud = doc.user_data
    words_of = ud.get("pw_lower_list")
    if words_of is None or len(words_of) != len(doc):
        words_of = ud.get("pw_rs_words")
        if words_of is None or len(words_of) != len(doc):
            words_of = ud["pw_rs_words"] = [t.lower_ for t in doc]
    cached = ud.get("pw_rs_at")
    if cached is not None and cached[0] is words_of:
        return words_of, cached[1]
    at: dict[str, list[int]] = {}  # word -> its positions: a pattern whose first item needs a word starts there
    for i, w in enumerate(words_of):
        at.setdefault(w, []).append(i)
    ud["pw_rs_at"] = (words_of, at)
    return words_of, at


def _like_nums(doc) -> list[bool]:
    nums = doc.user_data.get("pw_rs_nums")
    if nums is None or len(nums) != len(doc):
        nums = doc.user_data["pw_rs_nums"] = [t.like_num for t in doc]
    return nums
