"""`FastLemmatizer`, the drop-in equivalent of spaCy's rule-based `lemmatizer` (pledgewatch.fastpipes installs it).

spaCy's `rule_lemmatize` logic decides each lemma (copied step for step, with the lemma index held in a set instead
of the list spaCy scans for every candidate form), memoised on (ORTH, POS, MORPH), which is everything the rule
lemmatizer reads; tokens that already have a lemma (set by the attribute ruler) are left alone, as `overwrite=False`
does. Identity with the packaged component: tests/pipeline/test_fastpipes.py.
"""

from __future__ import annotations

import numpy as np

_MEMO_MAX = 200_000  # bounded memos (lemmatizer, attribute ruler regexes): memory stays flat on any corpus


class Unsupported(ValueError):
    """A rule (or a component mode) the fast equivalents do not implement (the packaged component is kept)."""


class FastLemmatizer:
    def __init__(self, lemmatizer):
        if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", False):
            raise Unsupported("only the rule lemmatizer without overwrite")
        from spacy.attrs import LEMMA, MORPH, ORTH, POS
        from spacy.pipeline import Lemmatizer

        self.lemmatizer = lemmatizer
        self.vocab = lemmatizer.vocab
        self._cols = [ORTH, POS, MORPH, LEMMA]
        self._lemma = [LEMMA]
        self._memo: dict = {}
        self._index_sets: dict = {}
        # spaCy's own rule_lemmatize unless a subclass replaced it (then that one decides every lemma)
        own = type(lemmatizer).rule_lemmatize is Lemmatizer.rule_lemmatize
        self._lemmatize = self._rule_lemmatize if own else lemmatizer.lemmatize

    def set_lookups(self, lookups) -> None:
        """The lemma tables (index, exceptions, rules) of the packaged lemmatizer, as `Lemmatizer.lookups`."""
        self.lemmatizer.lookups = lookups
        self.lemmatizer.cache = {}
        self.lemmatizer._validated = False
        self._memo.clear()
        self._index_sets.clear()

    def _rule_lemmatize(self, token) -> list[str]:
        """spaCy's Lemmatizer.rule_lemmatize, step for step, with one change: the lemma index of a part of speech is
        looked up in a set, not scanned as the list it is stored as (57,528 nouns: most of the packaged
        lemmatizer's time)."""
        lem = self.lemmatizer
        cache_key = (token.orth, token.pos, token.morph.key)
        if cache_key in lem.cache:
            return lem.cache[cache_key]
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            if univ_pos == "":
                import warnings

                from spacy.errors import Warnings

                warnings.warn(Warnings.W108, stacklevel=2)
            return [string.lower()]
        if lem.is_base_form(token):
            return [string.lower()]
        index_table = lem.lookups.get_table("lemma_index", {})
        exc_table = lem.lookups.get_table("lemma_exc", {})
        rules_table = lem.lookups.get_table("lemma_rules", {})
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            if univ_pos == "propn":
                return [string]
            return [string.lower()]
        index = self._index_sets.get(univ_pos)
        if index is None:
            index = self._index_sets[univ_pos] = frozenset(index_table.get(univ_pos, {}))
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, {})
        orig = string
        string = string.lower()
        forms: list = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    if form in index:
                        forms.insert(0, form)
                    else:
                        forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        lem.cache[cache_key] = forms
        return forms

    def __call__(self, doc):
        n = len(doc)
        if n == 0:
            return doc
        lem = self.lemmatizer
        if not lem._validated:
            lem._validate_tables()
        a = doc.to_array(self._cols).reshape(n, -1)
        todo = np.flatnonzero(a[:, 3] == 0)
        if not len(todo):
            return doc
        lemmas = a[:, 3].copy()
        memo, strings = self._memo, self.vocab.strings
        keys = zip(a[todo, 0].tolist(), a[todo, 1].tolist(), a[todo, 2].tolist(), strict=True)
        for i, key in zip(todo.tolist(), keys, strict=True):  # key = (orth, pos, morph)
            h = memo.get(key)
            if h is None:
                if len(memo) > _MEMO_MAX:
                    memo.clear()
                h = memo[key] = strings.add(self._lemmatize(doc[i])[0])
            lemmas[i] = h
        doc.from_array(self._lemma, lemmas.reshape(n, 1))
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)
