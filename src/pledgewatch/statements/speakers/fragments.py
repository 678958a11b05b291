"""Common nouns that name no one who could speak: fragments of the content, abstract nouns, things.

Two constructions the finder hands the resolver as a mention (round 10, counted on the corpus without coding_dev's
half-B articles; notes10/speakers):

- a plural common noun after "according to" that names no agent is no speaker, not a group: "According to [plans],
  all ... activities are to end", "according ... [public records], Silva ... registered", "According to [...
  assumptions of the project], ..." -> UNKNOWN with the fragment reason. A plural that names people or bodies
  ("according to exporters", "the governors of those regions"), a document or group head of speaker_words.csv
  ("polls", "reports", "officials"), or whose of/from phrase names them ("swarms of trolls") stays a group as written;
  so does a plural subject of a speech verb ("superdelegates say", "big shots say": many people nouns have no agent
  ending and no word list holds them all) (`FragmentsMixin._plural_fragment`).
- a definite singular noun that names no agent ("the current crisis", "the concept", "The text of the agreement")
  was the person the passage is about. That holds where the finder took the noun from a clause whose speaker the
  same sentence names outside the statement ("He said that [... current crisis] recalls ...", "Boris Johnson
  visited Kyiv ... since [the war] broke out, pledging ..."); a thing of something or a source after "according
  to" in a sentence that names no person outside the statement's words is no speaker ("According to [the
  concept], ... defense line would consist of ...", "'...,' said [... mission of liberation] in a communiqué",
  "[The text of the agreement] states that ..."): UNKNOWN (`FragmentsMixin._abstract_alone`). A bare description
  ("says [the bow-tied maverick]") keeps the person the passage is about.

A mixin of `Resolver` (resolver.py); it uses `self.doc`, `self.idx`, `self.ref` and `self.cur_row` (the row being
resolved: its content's character offsets).
"""

from __future__ import annotations

from ..grammar import SPEAKER_ENTS
from .words import (
    ACT_ENDING_BODIES,
    AGENT_SUFFIXES,
    COLLECTIVE_HEADS,
    DESC_HEADS,
    DOC_HEADS,
    DOC_WORKS,
    GENERIC_PERSON,
    GOV_HEADS,
    GROUP_HEADS,
    MEDIA_HEADS,
    NON_AGENT_SUFFIXES,
    ORG_HEADS,
    PERSON_NOUNS,
    PRON_F,
    PRON_M,
)

# the word lists whose words name someone or something that can speak
_AGENT_LISTS = (PERSON_NOUNS, DESC_HEADS, GENERIC_PERSON, ORG_HEADS, GOV_HEADS, GROUP_HEADS, MEDIA_HEADS, DOC_HEADS,
                DOC_WORKS, COLLECTIVE_HEADS)
# entity labels of a name in the mention: a proper name can speak (grammar of the NER, not a word list)
NAME_LABELS = SPEAKER_ENTS


def agent_word(ref, word: str) -> bool:
    """A (lower-case) noun that names a person, body, group or document: in one of the speaker word lists, a
    role of roles.csv (`ref`: names.Reference), or with an agent ending ("exporter", "governor", "propagandist") that
    is no ending of an act or its result (`non_agent_suffixes`: "The development added that ..." names no one; round
    29), unless the noun names a body (`act_ending_bodies`: "the regiment said")."""
    last = word.split("-")[-1]
    return any(word in ws for ws in _AGENT_LISTS) or bool(ref.role_matches(word)) or \
        (last.endswith(AGENT_SUFFIXES) and (not last.endswith(NON_AGENT_SUFFIXES) or last in ACT_ENDING_BODIES))


class FragmentsMixin:
    def agent_word(self, word: str) -> bool:
        """A (lower-case) noun that names a person, body, group or document (`agent_word`)."""
        return agent_word(self.ref, word)

    @staticmethod
    def agent_listed(word: str) -> bool:
        """A (lower-case) noun of the speaker word lists of persons, bodies, groups and documents."""
        return any(word in ws for ws in _AGENT_LISTS)

    def _plural_fragment(self, m) -> bool:
        """A plural common noun after "according to" naming no agent (see the module docstring): "plans", "public
        records", "the assumptions of the project"; never with a name or number in the mention, an agent head (word
        or lemma), or an agent or a pronoun in the head's own prepositional phrase ("swarms of trolls", "groups of
        them")."""
        h = m.head
        if h.pos_ != "NOUN" or h.tag_ != "NNS" or not according_to(h):
            return False
        if any(t.pos_ == "PROPN" or t.like_num or t.ent_type_ in NAME_LABELS for t in m.span):
            return False
        if self.agent_word(h.lower_) or self.agent_word(h.lemma_.lower()):
            return False
        for prep in (c for c in h.children if c.dep_ == "prep"):
            for o in prep.children:
                if o.dep_ == "pobj" and (o.pos_ in {"PROPN", "PRON"} or self.agent_word(o.lemma_.lower())):
                    return False
        return True

    def _abstract_alone(self, m) -> bool:
        """A definite singular noun naming no agent (`_no_agent`), a thing of something ("the text of the
        agreement", "the wording of the resolution") or a source after "according to" ("according to the concept"), in a
        sentence that names no person outside the mention and the statement's own words (see the module
        docstring): no speaker. A bare description ("says the bow-tied maverick", "the affable proprietor")
        keeps the person the passage is about: its head may be a person noun no word list holds."""
        if not self._no_agent(m) or not (self._thing_of(m.head) or according_to(m.head)):
            return False
        return not self._person_outside(m)

    @staticmethod
    def _thing_of(head) -> bool:
        """The head has an owner or a prepositional complement: "the project's assumptions", "the mission of X"."""
        return any(c.dep_ in {"poss", "prep"} for c in head.children)

    def _person_outside(self, m) -> bool:
        """A person (a name of the index, or he/she) in the mention's sentence, outside the mention and outside the
        content of the row being resolved."""
        doc, idx = self.doc, self.idx
        sent = doc[m.s].sent
        row = getattr(self, "cur_row", None) or {}
        cs, ce = row.get("char_start"), row.get("char_end")
        for t in sent:
            if m.s <= t.i < m.e or (cs is not None and ce is not None and int(cs) <= t.idx < int(ce)):
                continue
            if t.i in idx.tok_person or t.lower_ in PRON_M or t.lower_ in PRON_F:
                return True
        return False


def according_to(head) -> bool:
    """The noun is the object of "according to" (a source phrase)."""
    to = head.head
    return head.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ == "according"


def content_subject(doc, h, e, k) -> bool:
    """"According to [the organiser], Putin will not ...": a name after the comma that a verb follows is the subject
    of the content, not an appositive of the source ("according ... ... governor, Oleksandr Starukh, ..." is)."""
    return according_to(h) and e < len(doc) and doc[e].text == "," and k < len(doc) and doc[k].pos_ in {"VERB", "AUX"}
