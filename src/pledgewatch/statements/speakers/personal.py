"""A description of a person with a capitalised modifier is a person, not an organisation's name.

"the Russian strongman", "the Green politician", "The Argentinian pontiff", "A former customs inspector", "A
Russia-backed separatist", "CIA boss": the head is a lower-case singular noun naming a person (a word of the person
lists of speaker_words.csv: `person_nouns`, `desc_heads`, `generic_person`, `unnamed_source_heads`; a role of
roles.csv; or an agent ending that no organisation, document or group list holds: "politician", "strongman",
"separatist"), so the capitalised words before it (a nationality, a party, an agency) do not make it a name the NER
missed (`mention._as_capitalised_name`, which would call it an organisation). A definite one is the person the
passage is about, as `common_nouns._as_common_noun` resolves "the affable proprietor" (the previous speaker, else the
last person named in the three sentences before); an indefinite one of a past office ("A former customs inspector")
is the person the text introduces next at a cue (`described_near._introduced_next`, a past office fitting any
current role: round 27), else, like a bare one, a person as written: ggt_dev's gold keeps "a veteran Boston-based
engineer" as written beside the person named next, so a present description is not resolved so.
Tests: tests/statements/test_speakers_unnamed_persons.py (three articles).
"""

from __future__ import annotations

from .record import speaker_record, strip_det
from .words import (
    AGENT_SUFFIXES,
    COLLECTIVE_HEADS,
    DEFINITE,
    DESC_HEADS,
    DOC_HEADS,
    DOC_WORKS,
    GENERIC_PERSON,
    GOV_HEADS,
    GROUP_HEADS,
    INDEFINITE_ARTICLE,
    MEDIA_HEADS,
    ORG_HEADS,
    PERSON_NOUNS,
    PLACE_HEADS,
    UNNAMED_SOURCE_HEADS,
    past_office,
)

_PERSON_LISTS = (PERSON_NOUNS, DESC_HEADS, GENERIC_PERSON, UNNAMED_SOURCE_HEADS)
_NOT_PERSON_LISTS = (ORG_HEADS, GOV_HEADS, DOC_HEADS, DOC_WORKS, MEDIA_HEADS, COLLECTIVE_HEADS, PLACE_HEADS,
                     GROUP_HEADS)


class PersonalMixin:
    def _as_person_noun(self, m):
        """A person described with capitalised modifiers (see the module docstring), else None."""
        h = m.head
        if h.pos_ != "NOUN" or h.tag_ != "NN" or not h.text.islower():
            return None
        if not any(t.text[:1].isupper() and t.pos_ != "DET" for t in m.span if t.i < h.i):
            return None
        if not self._person_head(h):
            return None
        if m.first in DEFINITE and (rec := self._passage_person(m)) is not None:  # common_nouns.py
            return rec
        if m.first in INDEFINITE_ARTICLE and past_office(m.text) and \
                (rec := self._introduced_record(m.s, m.e, m.text, h, "", m.country)):
            return rec  # "A former customs inspector has told ... '...,' said Jane Roe": described_near, construction 4
        return speaker_record(strip_det(m.text), "person", "", m.country, False)

    def _person_head(self, h) -> bool:
        """A noun naming a person: in a person list, a role of roles.csv, or an agent ending that no organisation,
        document or group list holds."""
        words = {h.lower_, h.lemma_.lower()}
        if any(w in ws for w in words for ws in _PERSON_LISTS) or self.ref.role_matches(h.lower_):
            return True
        if any(w in ws for w in words for ws in _NOT_PERSON_LISTS):
            return False
        return h.lower_.split("-")[-1].endswith(AGENT_SUFFIXES)
