"""The coding stage's token-pattern matcher (`RuleSet`): many small patterns compiled by `_match.compile_pattern`,
each tried only where all its mandatory words and flags occur in the statement, then matched in Python with the
semantics of spaCy's `Matcher`. Example: `rs = RuleSet(blank_nlp().vocab); rs.add("pledge", [compile_pattern("will
send~")])`; on the doc of "we will send tanks", `rs(doc)` gives [("pledge", 1, 3)]. Split from `_match.py` (round
23, no behaviour change)."""

from __future__ import annotations

from ._match import _tag_strings, tag_hashes


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
