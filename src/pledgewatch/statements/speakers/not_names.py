"""What in a PERSON-like run names no person, for `index.ArticleIndex` (moved from index.py, behaviour unchanged).

A date or the last piece of a photo credit before a name (`_date_or_credit`), a title alone (`_title_words_only`),
lower case, capitals, a street or venue, a word the NER mostly calls an organisation, a place (`_not_a_name`), a
stretch inside a bracketed photo credit (`_in_credit`).
"""

from __future__ import annotations

from ..gender import GIVEN
from ..names import fold
from .bodies import known_bodies
from .name_forms import first_word_alone, lone_title, not_name_word_in
from .words import MEDIUM_LEAD_WORDS, MONTHS, NAME_PARTICLES, PRON_ALL, TITLE_SET


class NotNamesMixin:
    """The name tests of `ArticleIndex` (needs doc, text, ref, date, label_votes, by_key, titled, described, people)."""

    def _date_or_credit(self, i: int) -> bool:
        """A capitalised word before a name that is no part of it: a date the NER saw ("In [November] Sunak said",
        "Since [March] Zelensky has"), or the last piece of a photo credit glued to the text ("Photograph: Leszek
        Szymanski/[EPA] Duda told", ".../REX/[Shutterstock] Trudeau also")."""
        t = self.doc[i]
        prev = self.doc[i - 1] if i > 0 else None
        if t.ent_type_ in {"DATE", "TIME"} or (prev is not None and prev.text == "/" and not prev.whitespace_):
            return True
        # a month after a preposition or a determiner the NER did not tag ("Since [March] Zelensky has said"); a
        # month that starts a sentence may be a first name ("April Ryan")
        return t.lower_.strip(".") in MONTHS and prev is not None and (prev.pos_ in {"ADP", "SCONJ", "ADJ", "DET"}
                                                                     or prev.is_lower)

    def _title_words_only(self, name: str) -> bool:
        """A "name" that is a title: it ends with a title word, names a role, has no first name and no official ("Federal
        Chancellor" of "Federal Chancellor ... Austria, Karl Nehammer"); of a PERSON entity only alone (`lone_title`)."""
        ws = [fold(w).strip(".,") for w in name.split()]
        return bool(ws) and ws[-1] in TITLE_SET and not any(w in GIVEN for w in ws) \
            and bool(self.ref.role_matches(name)) and self.ref.official(name, self.date) is None

    def _not_a_name(self, start: int, end: int, name: str) -> bool:
        """A (title-stripped) mention that names no person: lower case, a pronoun, capitals, a street or venue, a
        photo credit, a word the NER mostly calls an organisation, a place."""
        if not name or not (name[:1].isupper() or (name.split()[0].lower() in NAME_PARTICLES and len(name.split()) > 1
                                                    and name.split()[-1][:1].isupper())) \
                or fold(name) in {"the", "a", "an", "this", "that"} or fold(name) in PRON_ALL:
            return True
        if any(len(w) > 2 and w.isupper() and w.isalnum() for w in name.split()) and not self.ref.official(name):
            return True  # "Burnaby RCMP", "MI6", photo credits in capitals
        if "/" in name or "+" in name or "&" in name or not_name_word_in([fold(w) for w in name.split()]):
            return True  # "Sherbrook Street Stella", "Dixon Hall", "Doug Ives/Canadian Press"
        if fold(name.split()[0]) in MEDIUM_LEAD_WORDS:
            return True  # "wrote ... on Platform X": a medium's name, not a person's
        if self._in_credit(start, end):
            return True  # "( Peter Lee / Waterloo Region Record )"
        if len(name.split()) == 1 and not self.ref.official(name, self.date):
            v = self.label_votes.get(fold(name))
            if v and v[1] > v[0] and fold(name) not in self.by_key and fold(name) not in self.titled \
                    and fold(name) not in self.described and not first_word_alone(self.people, [fold(name)]):
                return True  # the NER calls "Facebook" an organisation more often than a person
        if len(name) < 2 or fold(name) in {"he", "she", "it", "they"}:
            return True
        if fold(name) in known_bodies() and not self.ref.official(name, self.date) and fold(name) not in self.by_key:
            return True  # an outlet or organisation the reference tables know ("Politico reports")
        if self._title_words_only(name) and (lone_title(name, self.by_key) or not any(
                self.doc[i].ent_type_ == "PERSON" for i in range(start, end))):
            return True  # "Minister" of "Minister of Finance, Jan Lee"; "The Taoiseach" (name_forms.py)
        return bool(self.ref.place(name) and not self.ref.official(name, self.date))

    def _in_credit(self, start, end) -> bool:
        """Inside a photo credit: a bracketed stretch of the same line with a slash."""
        text = self.text
        a, b = self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1].text)
        lo = text.rfind("(", max(0, a - 80), a)
        hi = text.find(")", b, b + 80)
        if lo < 0 or hi < 0 or "\n" in text[lo:hi]:
            return False
        return "/" in text[lo:hi] or text[lo + 1:hi].strip().isupper()
