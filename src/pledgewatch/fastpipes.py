"""Faster drop-in equivalents of two packaged spaCy components, same output token for token.

- `FastAttributeRuler` replaces `attribute_ruler`. spaCy's runs a `Matcher` with every rule (en_core_web_sm: 179
  rules) over every token and sets the attributes token by token in Python. This one reads TAG/LOWER/DEP/IS_SPACE
  of the whole doc with `Doc.to_array`, evaluates each rule's token conditions as numpy masks (a rule keyed on a
  tag is one comparison), applies the rules in the ruler's order (a later rule overrides an earlier one, as
  `AttributeRuler.match` sorts them) and writes POS/MORPH/LEMMA/TAG/DEP back with one `Doc.from_array`. The rules
  and their attribute values are taken from the loaded ruler itself (`ruler.patterns`, `ruler.attrs`,
  `ruler.indices`), so the component follows the model; a rule using anything this evaluator does not implement
  (another attribute or operator, a quantifier) makes `fast_attribute_ruler` return None and the packaged
  component stays.
- `FastLemmatizer` (pledgewatch.fastlemma) replaces the rule-based `lemmatizer`: spaCy's `rule_lemmatize` logic decides each lemma (copied
  step for step, with the lemma index held in a set instead of the list spaCy scans for every candidate form),
  memoised on (ORTH, POS, MORPH), which is everything the rule lemmatizer reads; tokens that already have a lemma
  (set by the attribute ruler) are left alone, as `overwrite=False` does.

Identity with the packaged components is checked by tests/pipeline/test_fastpipes.py (every token attribute over the sample
articles, plus hand-made edge cases) and was checked over the whole ../shared corpus. `load_nlp(fast=False)` (and
PLEDGEWATCH_FAST_PIPES=0) keeps the packaged components.

Both are registered spaCy factories (`pledgewatch_fast_attribute_ruler`, `pledgewatch_fast_lemmatizer`) and
`install(nlp)` swaps them in with `nlp.replace_pipe`, carrying over the packaged components' patterns and lemma
tables: `nlp.pipe_names` is unchanged and `nlp.config` names the factories that run.
"""

from __future__ import annotations

import re

import numpy as np

from .fastlemma import _MEMO_MAX, FastLemmatizer, Unsupported

_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_OUT = ("POS", "MORPH", "LEMMA", "TAG", "DEP")
class FastAttributeRuler:
    def __init__(self, ruler):
        from spacy.attrs import IDS
        from spacy.strings import get_string_id

        self.ruler = ruler
        self.vocab = ruler.vocab
        strings = self.vocab.strings
        self._in_cols = [IDS[k] for k in _KEYS]
        self._out_cols = [IDS[k] for k in _OUT]
        out_index = {IDS[k]: n for n, k in enumerate(_OUT)}
        self._regex_memo: dict = {}
        self.rules = []  # (patterns: [[(col, op, value)] per token], [(out column, value)], index)
        for n, p in enumerate(ruler.patterns):
            pats = []
            for pat in p["patterns"]:
                toks = []
                for spec in pat:
                    conds = []
                    for key, val in spec.items():
                        if key not in _KEYS:
                            raise Unsupported(f"rule {n}: attribute {key}")
                        col = _KEYS.index(key)
                        if isinstance(val, dict):
                            if len(val) != 1:
                                raise Unsupported(f"rule {n}: {val}")
                            op, arg = next(iter(val.items()))
                            if op in ("IN", "NOT_IN"):
                                if key == "IS_SPACE":
                                    raise Unsupported(f"rule {n}: {op} on IS_SPACE")
                                if not all(isinstance(a, str) for a in arg):
                                    raise Unsupported(f"rule {n}: {op} {arg!r}")
                                conds.append((col, op, np.array([get_string_id(a) for a in arg], dtype=np.uint64)))
                            elif op == "REGEX" and key == "LOWER":
                                conds.append((col, "REGEX", re.compile(arg)))
                            else:
                                raise Unsupported(f"rule {n}: operator {op}")
                        elif key == "IS_SPACE":
                            if not isinstance(val, bool):
                                raise Unsupported(f"rule {n}: IS_SPACE {val!r}")
                            conds.append((col, "==", int(val)))
                        elif isinstance(val, str):
                            conds.append((col, "==", strings.add(val)))
                        else:
                            raise Unsupported(f"rule {n}: {key} {val!r}")
                    toks.append(conds)
                if not toks:
                    raise Unsupported(f"rule {n}: empty pattern")
                pats.append(toks)
            attrs = ruler.attrs[n]
            if any(a not in out_index for a in attrs):
                raise Unsupported(f"rule {n}: sets {sorted(attrs)}")
            sets = [(out_index[a], int(v)) for a, v in attrs.items()]
            self.rules.append((pats, sets, int(ruler.indices[n])))

        self._steps = self._plan(self.rules)

    def add_patterns(self, patterns) -> None:
        """AttributeRuler.add_patterns, then the rules compiled again (Unsupported for a rule this evaluator lacks)."""
        self.ruler.add_patterns(patterns)
        self.__init__(self.ruler)

    @staticmethod
    def _plan(rules):
        """Execution steps in rule order: a run of consecutive rules that are each one single-token pattern with one
        equality test on the same column (distinct values: a token matches at most one of them) becomes one table
        look-up; every other rule is evaluated on its own, skipped when a value it requires is absent from the doc."""
        steps, k = [], 0
        while k < len(rules):
            pats, sets, index = rules[k]
            simple = lambda r: len(r[0]) == 1 and len(r[0][0]) == 1 and len(r[0][0][0]) == 1 \
                and r[0][0][0][0][1] == "==" and r[2] == 0  # noqa: E731
            if simple(rules[k]):
                col = pats[0][0][0][0]
                j, seen = k, set()
                while j < len(rules) and simple(rules[j]) and rules[j][0][0][0][0][0] == col \
                        and rules[j][0][0][0][0][2] not in seen:
                    seen.add(rules[j][0][0][0][0][2])
                    j += 1
                if j - k >= 4:
                    group = rules[k:j]
                    keys = np.array([r[0][0][0][0][2] for r in group], dtype=np.uint64)
                    order = np.argsort(keys)
                    keys = keys[order]
                    n_out = len(_OUT)
                    vals = np.zeros((len(group), n_out), dtype=np.uint64)
                    has = np.zeros((len(group), n_out), dtype=bool)
                    for g, r in enumerate(group):
                        for c, v in r[1]:
                            vals[g, c], has[g, c] = v, True
                    steps.append(("table", col, keys, vals[order], has[order]))
                    k = j
                    continue
            reqs = []  # (column, values one of which must be present) from "==" / IN conditions of every token
            if len(pats) == 1:
                for conds in pats[0]:
                    for col, op, arg in conds:
                        if op == "==" and col != _KEYS.index("IS_SPACE"):
                            reqs.append((col, frozenset([int(arg)])))
                        elif op == "IN":
                            reqs.append((col, frozenset(int(a) for a in arg)))
            steps.append(("rule", pats, sets, index, reqs))
            k += 1
        return steps

    def _mask(self, cols: np.ndarray, conds, strings) -> np.ndarray:
        m = None
        for col, op, arg in conds:
            x = cols[:, col]
            if op == "==":
                c = x == arg
            elif op == "IN":
                c = np.isin(x, arg)
            elif op == "NOT_IN":
                c = ~np.isin(x, arg)
            else:  # REGEX on the LOWER string, decided once per distinct string (memoised)
                u, inv = np.unique(x, return_inverse=True)
                ok = np.zeros(len(u), dtype=bool)
                for i, h in enumerate(u.tolist()):
                    r = self._regex_memo.get((id(arg), h))
                    if r is None:
                        if len(self._regex_memo) > _MEMO_MAX:
                            self._regex_memo.clear()
                        r = self._regex_memo[(id(arg), h)] = bool(arg.search(strings[h]))
                    ok[i] = r
                c = ok[inv.reshape(-1)]
            m = c if m is None else (m & c)
            if not m.any():
                break
        return np.ones(cols.shape[0], dtype=bool) if m is None else m

    def __call__(self, doc):
        n = len(doc)
        if n == 0:
            return doc
        strings = self.vocab.strings
        cols = doc.to_array(self._in_cols).reshape(n, -1)
        out = doc.to_array(self._out_cols).reshape(n, -1)
        before = out.copy()
        present: dict = {}
        for step in self._steps:
            if step[0] == "table":
                _, col, keys, vals, has = step
                x = cols[:, col]
                idx = np.searchsorted(keys, x)
                idx[idx >= len(keys)] = 0
                found = keys[idx] == x
                if not found.any():
                    continue
                rows, g = np.flatnonzero(found), idx[found]
                for c in range(out.shape[1]):
                    sel = has[g, c]
                    if sel.any():
                        out[rows[sel], c] = vals[g[sel], c]
                continue
            _, pats, sets, index, reqs = step
            skip = False
            for col, need in reqs:
                got = present.get(col)
                if got is None:
                    got = present[col] = set(np.unique(cols[:, col]).tolist())
                if got.isdisjoint(need):
                    skip = True
                    break
            if skip:
                continue
            hit = None
            for toks in pats:
                k = len(toks)
                if k > n:
                    continue
                start = self._mask(cols[: n - k + 1], toks[0], strings)
                for j in range(1, k):
                    if not start.any():
                        break
                    start &= self._mask(cols[j: n - k + 1 + j], toks[j], strings)
                if not start.any():
                    continue
                if hit is None:
                    hit = np.zeros(n, dtype=bool)
                hit[np.flatnonzero(start) + (index if index >= 0 else k + index)] = True
            if hit is not None:
                for c, v in sets:
                    out[hit, c] = v
        changed = np.flatnonzero((out != before).any(axis=0))
        if len(changed):
            doc.from_array([self._out_cols[c] for c in changed], out[:, changed])
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


FAST_ATTRIBUTE_RULER = "pledgewatch_fast_attribute_ruler"
FAST_LEMMATIZER = "pledgewatch_fast_lemmatizer"


def register() -> None:
    """Register the two components as spaCy factories (once per process), so that `nlp.replace_pipe` installs them
    and `nlp.config` names them."""
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler

    if not Language.has_factory(FAST_ATTRIBUTE_RULER):
        @Language.factory(FAST_ATTRIBUTE_RULER, default_config={"validate": False})
        def make_fast_attribute_ruler(nlp, name: str, validate: bool):
            return FastAttributeRuler(AttributeRuler(nlp.vocab, name, validate=validate))

    if not Language.has_factory(FAST_LEMMATIZER):
        @Language.factory(FAST_LEMMATIZER, default_config={"mode": "rule", "overwrite": False})
        def make_fast_lemmatizer(nlp, name: str, mode: str, overwrite: bool):
            # the language's own lemmatizer class (English: EnglishLemmatizer), as the packaged pipeline builds it
            inner = nlp.create_pipe("lemmatizer", name=name, config={"mode": mode, "overwrite": overwrite, "model": None})
            return FastLemmatizer(inner)


def install(nlp) -> list[str]:
    """Replace the enabled packaged attribute_ruler and rule lemmatizer with `nlp.replace_pipe` (same name, same
    position) when this module supports their rules, carrying over their patterns and lemma tables; anything else
    stays as packaged. Returns the names replaced. Afterwards `nlp.config` and `nlp.pipe_names` say what runs."""
    from spacy.pipeline import AttributeRuler, Lemmatizer

    register()
    replaced = []
    for name, proc in list(nlp.pipeline):
        if isinstance(proc, AttributeRuler) and fast_attribute_ruler(proc) is not None:
            patterns = proc.patterns
            nlp.replace_pipe(name, FAST_ATTRIBUTE_RULER, config={"validate": bool(getattr(proc, "validate", False))})
            nlp.get_pipe(name).add_patterns(patterns)
            replaced.append(name)
        elif isinstance(proc, Lemmatizer) and fast_lemmatizer(proc) is not None:
            lookups = proc.lookups
            nlp.replace_pipe(name, FAST_LEMMATIZER, config={"mode": proc.mode, "overwrite": bool(proc.overwrite)})
            nlp.get_pipe(name).set_lookups(lookups)
            replaced.append(name)
    return replaced


def fast_attribute_ruler(ruler) -> FastAttributeRuler | None:
    try:
        return FastAttributeRuler(ruler)
    except Unsupported:
        return None


def fast_lemmatizer(lemmatizer) -> FastLemmatizer | None:
    try:
        return FastLemmatizer(lemmatizer)
    except Unsupported:
        return None
