"""Capability categories named in a statement, from data/reference/capabilities.csv.

Matching runs on the normalised, tokenizer-only doc (see `_match`): `phrase` rows go into a PhraseMatcher on LOWER
(with plural and British/American spelling variants), `name` rows into a PhraseMatcher on ORTH (case-sensitive proper
names such as Patriot, Caesar, Leopard, as written or in capitals), `pattern` rows into a Matcher. `exclude` rows
describe uses that are not capabilities ("think tank", "arms control", "train station"); a hit overlapping one is
dropped. Overlapping hits keep the longest ("loitering munitions" is drones, not ammunition; "155mm howitzer" is
artillery, not ammunition). The `pattern` rows and the patterned `exclude` rows run on `_ruleset.RuleSet` (spaCy's
`Matcher` semantics, every match; it tries a pattern only on a doc holding its mandatory words, where the `Matcher`
walks every token of every statement).
"""

from __future__ import annotations

import functools
import re

from ._match import blank_nlp, compile_pattern, normalize, read_table
from ._ruleset import RuleSet
from .words import of


def _categories(rows: list[dict]) -> list[str]:
    """The categories of capabilities.csv, in file order (+ `financial`, which money that is funding also gives):
    a new category is a new value in the CSV's `category` column, no code change."""
    cats = list(dict.fromkeys(r["category"] for r in rows if (r.get("kind") or "phrase") != "exclude"))
    return cats + [c for c in ("financial",) if c not in cats]


CATEGORIES = _categories(read_table("capabilities.csv"))
_SPELLING = [("defence", "defense"), ("armoured", "armored"), ("armour", "armor"), ("calibre", "caliber"),
             ("programme", "program")]
_PATTERN_CHARS = set("|~*[]") | {"..."}


def _plural(word: str) -> list[str]:
    if not word.isalpha():
        return [word + "s"]
    if word.endswith(("s", "x", "ch", "sh")):
        return [word + "es"]
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return [word[:-1] + "ies"]
    return [word + "s"]


def variants(surface: str) -> list[str]:
    """Spelling variants of a phrase: as written, plural of the last word, defence/defense, armoured/armored."""
    forms = {surface}
    for a, b in _SPELLING:
        for f in list(forms):
            low = f.lower()
            if a in low:
                forms.add(re.sub(a, b, f, flags=re.I))
            if b in low:
                forms.add(re.sub(b, a, f, flags=re.I))
    for f in list(forms):
        head, _, last = f.rpartition(" ")
        for p in _plural(last):
            forms.add((head + " " if head else "") + p)
    return sorted(forms)


class CapabilityMatcher:
    def __init__(self, rows: list[dict] | None = None):
        self.nlp = blank_nlp()
        rows = rows if rows is not None else read_table("capabilities.csv")
        self.rows = rows
        from spacy.matcher import PhraseMatcher  # (here: a warm run that codes nothing never imports spaCy)

        self.lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.orth = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.patterns = RuleSet(self.nlp.vocab)
        self.excl_phrase = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.excl_pattern = RuleSet(self.nlp.vocab)
        self.categories = _categories(rows)
        self.sys_lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.sys_orth = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        for i, r in enumerate(rows):
            cat, surface, kind = r["category"], r["surface"], r.get("kind") or "phrase"
            if kind != "exclude" and not cat.strip():
                raise ValueError(f"capabilities.csv row {i + 2}: empty category for {surface!r}")
            system = (r.get("system") or "").strip()
            if system and kind in ("name", "phrase") and not any(c in surface for c in "|~*[]"):
                if kind == "name":
                    forms = {surface, surface.upper()} | {v for v in variants(surface) if v.lower() != v}
                    self.sys_orth.add(system, [self.nlp.make_doc(normalize(v)[0]) for v in sorted(forms)])
                else:
                    self.sys_lower.add(system, [self.nlp.make_doc(normalize(v)[0]) for v in variants(surface)])
            is_pattern = kind == "pattern" or any(c in surface for c in "|~*[]")
            if kind == "exclude":
                if is_pattern:
                    self.excl_pattern.add("EXCLUDE", [compile_pattern(surface)])
                else:
                    self.excl_phrase.add("EXCLUDE", [self.nlp.make_doc(normalize(v)[0]) for v in variants(surface)])
            elif is_pattern:
                self.patterns.add(cat, [compile_pattern(surface)])
            elif kind == "name":
                forms = {surface, surface.upper()} | {v for v in variants(surface) if v.lower() != v}
                self.orth.add(cat, [self.nlp.make_doc(normalize(v)[0]) for v in sorted(forms)])
            else:
                self.lower.add(cat, [self.nlp.make_doc(normalize(v)[0]) for v in variants(surface)])

    def spans(self, doc):
        """Capability spans (label_ = category) in a doc built on normalised text; longest match wins."""
        strings = self.nlp.vocab.strings
        hits = [doc[s:e].__class__(doc, s, e, label=strings[mid]) for m in (self.lower, self.orth)
                for mid, s, e in m(doc)]
        hits += [doc[s:e].__class__(doc, s, e, label=key) for key, s, e in self.patterns(doc)]
        if not hits:
            return []
        excl = [(s, e) for _, s, e in self.excl_phrase(doc)] + [(s, e) for _, s, e in self.excl_pattern(doc)]
        if excl:
            hits = [h for h in hits if not any(h.start < e and s < h.end for s, e in excl)]
        hits = nested_longest(hits)
        # "anti-aircraft weapons", "anti-tank weapons": the head noun of a named capability is not weapons_general
        named_ends = {h.end for h in hits if h.label_ != "weapons_general"}
        return [h for h in hits if not (h.label_ == "weapons_general" and h.start in named_ends
                                        and doc[h.start].lower_ in of("weapon_head"))]


def _systems_in(self, doc, span) -> list[str]:
    """Systems (capabilities.csv column `system`) named inside a capability span, longest match first ("Leopard 2"
    over "Leopard"), in order."""
    hits = []
    for m in (self.sys_lower, self.sys_orth):
        for mid, s, e in m(doc, as_spans=False):
            if span.start <= s and e <= span.end:
                hits.append((s, e, self.nlp.vocab.strings[mid]))
    kept = []
    for s, e, name in sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0])):
        if not any(ks <= s and e <= ke for ks, ke, _ in kept):
            kept.append((s, e, name))
    return list(dict.fromkeys(name for _, _, name in sorted(kept)))


CapabilityMatcher.systems_in = _systems_in


def nested_longest(spans):
    """Drop spans strictly inside a longer span (partial overlaps and equal spans with other labels are kept)."""
    kept = []
    for sp in sorted(spans, key=lambda x: (-(x.end - x.start), x.start)):
        if any(k.start <= sp.start and sp.end <= k.end and (k.end - k.start) > (sp.end - sp.start) for k in kept):
            continue
        if any(k.start == sp.start and k.end == sp.end and k.label == sp.label for k in kept):
            continue
        kept.append(sp)
    return sorted(kept, key=lambda x: (x.start, x.end))


@functools.lru_cache(maxsize=1)
def matcher() -> CapabilityMatcher:
    return CapabilityMatcher()


def find(text: str) -> list[tuple[str, str]]:
    """(category, surface) pairs named in a text, in order (convenience for tests and notebooks)."""
    norm, offs = normalize(text)
    doc = blank_nlp().make_doc(norm)
    out = []
    for sp in matcher().spans(doc):
        a, b = offs[sp.start_char], offs[sp.end_char - 1] + 1
        out.append((sp.label_, text[a:b]))
    return out
