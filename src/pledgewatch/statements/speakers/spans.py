"""Names inside and right after a mention: the person a span names, a name the NER missed, an appositive name.

A mixin of `Resolver` (resolver.py); it uses `self.doc`, `self.idx` (index.ArticleIndex) and `self.ref`.
"""

from __future__ import annotations

import re

from ..gender import GIVEN
from ..names import HONORIFIC_GENDER, fold
from .words import GOV_HEADS, GROUP_HEADS, ORG_HEADS, PRON_ALL, TITLE_SET

# entity labels that make a capitalised run something other than a person's name
_NOT_PERSON_LABELS = {"GPE", "NORP", "LOC", "FAC", "DATE", "EVENT", "LAW", "PRODUCT", "CARDINAL", "ORDINAL", "TIME"}
# ... of which these hold even when the run starts with a known given name (the rest are the small model's guesses)
_PLACE_OR_NUMBER_LABELS = {"GPE", "NORP", "LOC", "DATE", "CARDINAL", "ORDINAL", "TIME"}


class SpansMixin:
    def _trailing_name(self, s, e, trusted=False):
        """(start, end) of a person's name ending the mention ("the governor, Oleksandr Starukh", "Secretary of
        ... National Security Council ... Oleksy Danilow", "Haidai") that the NER missed, else None."""
        doc, idx, ref = self.doc, self.idx, self.ref
        s, e = max(0, s), min(len(doc), e)
        while e > s and (doc[e - 1].is_punct or doc[e - 1].lower_ in {"'s", "’s", "'"}):
            e -= 1
        if e <= s or any(i in idx.tok_person for i in range(s, e)):
            return None
        j = e
        while j > s and (doc[j - 1].pos_ == "PROPN" or doc[j - 1].text[:1].isupper()) \
                and re.sub(r"['’-]", "", doc[j - 1].text).isalpha() \
                and fold(doc[j - 1].text) not in TITLE_SET and not ref.place(doc[j - 1].text) \
                and doc[j - 1].lower_ not in ORG_HEADS and doc[j - 1].lower_ not in GOV_HEADS:
            j -= 1
        if j == e or e - j > 4:
            return None
        run = doc[j:e]
        if not self._could_be_name(run):
            return None
        txt = run.text
        labels = {t.ent_type_ for t in run} - {""}
        before = doc[s:j].text
        context = bool(ref.role_matches(before)) or fold(doc[j - 1].text).strip(".") in HONORIFIC_GENDER if j > 0 \
            else bool(ref.role_matches(before))
        named = fold(txt).split()[-1] in idx.by_key or ref.official(txt, idx.date) is not None
        if not named and self._of_phrase(run):
            return None
        known = named or trusted or fold(txt) in idx.titled or self._given_name_first(run)
        if "ORG" in labels and not (known or context):
            return None
        if j > s and not context and not known and doc[j - 1].pos_ not in {"PUNCT", "DET"}:
            # a name after other words with no title ("Reports from outlets X") is not trusted
            return None
        return j, e

    @staticmethod
    def _given_name_first(run) -> bool:
        """A two- or three-word run whose first word is a known given name (statements/gender.py) is a person's name
        even when the NER tags it ORG: "Andriy Raikovych said", "Yurii Ihnat told", "John Kirby said"."""
        ws = [fold(t.text) for t in run if t.is_alpha]
        return 2 <= len(ws) <= 3 and len(ws) == len(run) and ws[0] in GIVEN

    def _of_phrase(self, run) -> bool:
        """The capitalised words are what an "of" phrase names, not who holds the title: one word ("Minister of
        Foreign [Affairs]") or the whole object of "of" ("the Ministry of [Internal Affairs]"); a name after the
        object's own words stays ("the Minister ... National Defense [Mariusz Błaszczak]", "the President of Latvia
        [Egils Levits]")."""
        root = run.root
        if root.dep_ != "pobj" or root.head.lower_ != "of":
            return False
        return len(run) == 1 or self.doc[run.start - 1].lower_ in {"of", "the"}

    def _could_be_name(self, run) -> bool:
        """A capitalised run that is not an organisation, group, place, pronoun or other named thing."""
        ref, txt = self.ref, run.text
        if txt.isupper() or any(t.lower_ in ORG_HEADS or t.lower_ in GOV_HEADS or t.lower_ in GROUP_HEADS
                                for t in run):
            return False
        if ref.place(txt) or any(ref.place(t.text) for t in run) or fold(txt) in PRON_ALL:
            return False
        labels = {t.ent_type_ for t in run} - {""}
        if self._given_name_first(run) and not labels & _PLACE_OR_NUMBER_LABELS:
            return True  # "its mayor Oleksandr Goncharenko" that the NER tags FAC
        return not labels & _NOT_PERSON_LABELS

    def _name_after(self, e):
        """End of an appositive name right after a description: "the governor[, Oleksandr Starukh]", "former
        astronaut[ ... Navy captain, Sen. Mark Kelly]"; None if the phrase goes on into a verb first."""
        doc, idx = self.doc, self.idx
        k = e
        limit = min(len(doc), e + 12)
        while k < limit:
            t = doc[k]
            if t.pos_ in {"VERB", "AUX"} or t.text in {".", ";", ":", "?", "!", "\n", "\n\n"} or t.is_space:
                return None
            p = idx.tok_person.get(k)
            if p is not None:
                while k < len(doc) and idx.tok_person.get(k) is p:
                    k += 1
                return k
            if t.pos_ == "PROPN" and t.text[:1].isupper():
                j = k
                while j < limit and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
                    j += 1
                nxt = doc[j] if j < len(doc) else None
                if nxt is None or nxt.is_punct or nxt.pos_ in {"VERB", "AUX"}:
                    run = self._trailing_name(k if doc[k - 1].text == "," else e, j, trusted=True)
                    if run and idx.add_mention(*run) is not None:
                        return j
            if t.pos_ not in {"PUNCT", "NOUN", "ADJ", "PROPN", "CCONJ", "DET", "ADP", "NUM", "PART"}:
                return None
            k += 1
        return None

    def _person_in(self, s, e):
        """(person, first token) of the person the span names: its head's, else the last one when the span ends
        with it, or the name in apposition to its head (whatever follows that name); (None, None) for a possessor or
        modifier ("Putin's spokesperson")."""
        root = self.doc[s:e].root
        p = self.idx.tok_person.get(root.i)
        if p is not None:
            j = root.i
            while j > s and self.idx.tok_person.get(j - 1) is p:
                j -= 1
            return p, j
        for c in root.children:  # "The former foreign secretary Sir Malcolm ..., a strong supporter of Ukraine,"
            if c.dep_ == "appos" and s <= c.i < e and (q := self.idx.tok_person.get(c.i)) is not None:
                j = c.i
                while j > s and self.idx.tok_person.get(j - 1) is q:
                    j -= 1
                return q, j
        last = (None, None)
        for i in range(s, e):
            q = self.idx.tok_person.get(i)
            if q is not None and q is not last[0]:
                last = (q, i)
        if last[0] is not None:
            k = e
            while k > s and (self.doc[k - 1].is_punct or self.doc[k - 1].lower_ in {"'s", "’s"}):
                k -= 1
            if self.idx.tok_person.get(k - 1) is not last[0]:
                return None, None  # a modifier ("Putin's spokesperson", "the Luhansk region governor")
        return last

    def _appos_person(self, tok):
        """The person a noun is in apposition with ("Guenther Schuh, an engineering professor"), else None."""
        idx = self.idx
        if tok.dep_ == "appos" and tok.head.i in idx.tok_person:
            return idx.tok_person[tok.head.i]
        for c in tok.children:
            if c.dep_ == "appos" and c.i in idx.tok_person:
                return idx.tok_person[c.i]
        return None

    def _coordinated(self, m) -> bool:
        """One of two coordinated people ("Tore Sohlberg and Lehla Abreder said")."""
        doc, idx = self.doc, self.idx
        root = doc[m[0]:m[1]].root
        if root.dep_ == "conj" and root.head.i in idx.tok_person:
            return True
        return any(c.dep_ == "conj" and c.i in idx.tok_person for c in root.children)
