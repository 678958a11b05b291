"""An outlet's description is the outlet the article names: "the weekly", "the British weekly", "the daily" ->
"Economist", "New York Times" (ukraine_dev's gold: "the daily", "the American daily", "The Ukrainian daily", "the
journal", "the newspaper" are the outlet the article names; round 27, issue #14).

The construction: a definite description whose head names only a news outlet (speaker_words.csv `outlet_heads`:
"weekly", "daily", "newspaper"; not "paper", "site", "agency", which may be a document or a government body) and
whose other words are no name ("the weekly", "the British weekly", "the Polish daily"), in an article that names, outside any statement's content, exactly one news outlet the tables know
(`bodies.news_outlets`: organisations.csv `media` rows, outlets.csv `kind=media` rows; not a source such as ISW) of a
country the description allows (its nationality word, where it has one; the country is organisations.csv's, else
outlets.csv's ISO code by country_codes.csv). The description may come before the name ('... - reminds the British weekly. ... - says "Economist".'),
as translated press reviews write it. Where the article names two outlets or none, or the only one is of another
country ("the British daily" beside "The New York Times"), the organisation branch goes on as before
(`organisations._recent_org`, `_named_org_with`, `named_outlet`). Tests:
tests/statements/test_speakers_outlet_descriptions.py.
"""

from __future__ import annotations

from ..names import fold
from .bodies import news_outlets, outlet_key
from .record import speaker_record, strip_det
from .words import OUTLET_HEADS


class OutletDescriptionsMixin:
    def described_outlet(self, m):
        """The record of the one outlet the article names (see the module docstring) for the description m, or
        None."""
        if m.hl not in OUTLET_HEADS or m.first != "the" or m.plural:
            return None
        if any((t.pos_ == "PROPN" or t.text[:1].isupper()) and t.i != m.s and not self._nationality(t)
               for t in m.span):
            return None
        names = self._named_outlets()
        if m.country:
            names = {k: v for k, v in names.items() if v[1] == m.country}
        if len(names) != 1:
            return None
        name, country = next(iter(names.values()))
        return speaker_record(name, "organization", "", country, False)

    def _nationality(self, t) -> bool:
        """t is a place or nationality word ("British", "Polish")."""
        return self.ref.place(t.text) is not None

    def _named_outlets(self) -> dict:
        """folded name -> (name as written, country) of each news outlet the article names outside statements'
        content: a run of proper nouns (a leading "The" dropped) that bodies.news_outlets() knows."""
        cached = getattr(self, "_outlets_cache", None)
        if cached is not None:
            return cached
        doc, known, out = self.doc, news_outlets(), {}
        i = 0
        while i < len(doc):
            if doc[i].pos_ != "PROPN" and not (doc[i].lower_ == "the" and doc[i].text[:1].isupper()):
                i += 1
                continue
            j = i + 1
            while j < len(doc) and doc[j].pos_ == "PROPN":
                j += 1
            name = strip_det(doc[i:j].text)
            if name and fold(name) in known and not self.idx.in_content(i):
                key, country = outlet_key(name), known[fold(name)]
                if key not in out or len(name) > len(out[key][0]):  # the fullest form ("New York Times", not NYT)
                    out[key] = (name, country or out.get(key, ("", ""))[1])
            i = j
        self._outlets_cache = out
        return out
