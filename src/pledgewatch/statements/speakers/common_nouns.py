"""What remains of a noun-phrase mention after the named, place, group, organisation and description branches
(`mention.resolve_mention`): a plural is a group as written, a definite person noun the person the passage is about,
a singular common noun that names no agent no speaker (UNKNOWN), an indefinite person noun a person as written.

A mixin of `Resolver` through `MentionMixin`; it uses `self.prev`, `self.idx` and the fragments.py and personal.py
helpers (`_plural_fragment`, `_abstract_alone`, `agent_word`, `agent_listed`, `_person_head`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .record import NO_AGENT_REASON, speaker_record, strip_det
from .words import DEFINITE, INDEF, compared, word_list

if TYPE_CHECKING:
    from .mention import Mention


class CommonNounMixin:
    def _as_common_noun(self, m: Mention):
        """What remains: a plural is a group as written unless it names no agent after "according to" ("according
        to plans": UNKNOWN, fragments.py); "the affable proprietor", "the rookie defenceman" is the person the
        passage is about, an indefinite singular person noun ("a friend", "an interpreter") a person as written, a
        thing of something or a source after "according to" with no person beside it ("According to the concept",
        "The text of the accord states") no speaker (fragments.py); an abstract noun is no speaker (UNKNOWN); else the
        words as written, type unknown. ("the story of ... Black train porter reminds us ..., Foster writes": a definite noun the finder
        took from the content stays the person the passage is about, who is often the real speaker.)"""
        if m.plural:
            if self._plural_fragment(m):  # "according to plans", "according to public records" (fragments.py)
                return speaker_record("UNKNOWN", "unknown", reason=NO_AGENT_REASON)
            return speaker_record(strip_det(m.text), "group", "", m.country, False)
        if age_alone(m.head):
            # "The 61-year-old said": the person the passage is about; "a 34-year-old said": a person as written
            passage = self._passage_person(m) if m.first in DEFINITE else None
            return passage or speaker_record(strip_det(m.text), "person", "", m.country, False)
        if m.head.pos_ == "NOUN" and m.first in DEFINITE:
            if self._abstract_alone(m):  # "According to the concept, ..." (fragments.py)
                return speaker_record("UNKNOWN", "unknown", reason=NO_AGENT_REASON)
            return self._passage_person(m) or self._definite_alone(m)
        if self._no_agent(m):
            return speaker_record("UNKNOWN", "unknown", reason=NO_AGENT_REASON)
        if m.first in INDEF and m.head.pos_ == "NOUN" and m.head.tag_ == "NN" and self._person_head(m.head) \
                and not any(t.like_num for t in m.span[1:]):
            # "a friend", "an interpreter", "one aid worker": an unnamed person as written (personal.py), whom a
            # he/she right after carries on (pronouns._same_speaker_again); not a share ("59 percent")
            return speaker_record(strip_det(m.text), "person", "", m.country, False)
        return speaker_record(strip_det(m.text) or "UNKNOWN", "unknown", "", m.country, False)

    def _no_agent(self, m: Mention) -> bool:
        """A singular common noun that cannot speak: no name or number in the mention, a head that is no person,
        organisation, group or document noun and has no agent ending (`agent_suffixes`): "cold-war mentality was
        written", "according to satellite imagery", "no reason, the press said" ("the aid worker", "the
        proprietor" speak)."""
        h = m.head
        if h.pos_ != "NOUN" or any(t.pos_ == "PROPN" or t.like_num for t in m.span):
            return False
        return not (self.agent_word(m.hl) or self.agent_listed(h.lemma_.lower()))  # fragments.py

    def _definite_alone(self, m: Mention):
        """A definite singular noun at the cue with no person in the passage to be: a person as written where its
        head can name one ("the conductor explained", "the affable proprietor"), else no speaker: an abstract noun
        or a thing the finder took for the subject ("The case accuses X of ...", "The fact suggested ...",
        "the region has written": `_no_agent`, UNKNOWN)."""
        if self._no_agent(m):
            return speaker_record("UNKNOWN", "unknown", reason=NO_AGENT_REASON)
        return speaker_record(strip_det(m.text), "person", "", m.country, False)

    def _passage_person(self, m):
        """The person the passage is about, for a definite person noun ("the official said"): the previous
        statement's person (or a person named after it, in its sentence or the one before: `_named_since_speaker`),
        else the last person named in the three sentences before the mention; None if none."""
        prevp = self.prev.get("_person") if self.prev else None
        ms = [x for x in self.idx.persons_before(m.s, window_sents=3) if not compared(self.doc[x[0]])]
        newer = self._named_since_speaker(prevp, [x for x in ms if not x[2].weak], m.s, m.head)  # (descriptions.py)
        if newer is not None:
            return self._person_record(newer)
        if prevp is not None:
            return self._person_record(prevp)
        # (the last named in text order: the index does not list mentions in text order)
        return self._person_record(max(ms, key=lambda x: x[0])[2]) if ms else None


# the unit of an age written as a noun phrase's head ("the 61-year-old", "a six-month-old")
_AGE_UNITS = word_list("age_units")


def age_alone(head) -> bool:
    """A noun phrase headed by an age with no noun after it ("The 61-year-old said", "the 45-year-old added"): the
    head is "old" with a "year"/"month" measure before it; it names a person ("the 45-year-old lawmaker" is headed
    by its noun and never reaches here)."""
    return head.lower_ == "old" and any(c.dep_ == "npadvmod" and c.lemma_.lower() in _AGE_UNITS for c in head.children)
