"""A noun-phrase mention at a cue -> a speaker record: one helper per kind of mention, tried in order.

`resolve_mention(s, e, text)`: first, on a head that names no agent, the maker a "by" phrase names ("according to an
examination by [The Daily]", by_agents.py); else widen the mention to an appositive name ("the governor[, Oleksandr
Starukh]"); then a person named in it; a place, country or body ("Moscow" -> Russia); an owner who speaks
("her statement", "his information") or the body a named person owns ("her office": owners.py);
a coordination ("Blinken and Austin"); a document's author ("the report"); a group ("Western officials"); an
organisation ("the ministry", "NYT"); a description of a person ("the minister": descriptions.py; "the Green
politician": personal.py); a capitalised name the NER missed; a plural; the person the passage is about ("the
affable proprietor"); else the words as written.

A mixin of `Resolver` (resolver.py); it uses `self.doc`, `self.idx`, `self.ref`, `self.prev`, `self.prev_i`,
`self.history` and the other mixins' helpers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..names import clean_name, fold, strip_possessive
from .bodies import trailing_body
from .by_agents import by_agent_span
from .common_nouns import CommonNounMixin
from .fragments import content_subject
from .name_forms import lone_title, title_holder
from .record import norm_space, speaker_record, strip_det
from .roles import split_country
from .words import (
    COLLECTIVE_HEADS,
    COUNTRY_NOUNS,
    DEFINITE_DETS,
    DESC_HEADS,
    DOC_HEADS,
    DOC_WORKS,
    GENERIC_ORG,
    GOV_HEADS,
    GROUP_HEADS,
    INDEF,
    MEDIA_HEADS,
    NAME_PARTICLES,
    NAMED_BODIES,
    OFFICIAL_GROUPS,
    ORG_HEADS,
    PERSON_RELATIONS,
    PRON_ALL,
    TITLE_SET,
)

# quotation marks around a title (punctuation, not a word list)
_QUOTE_MARKS = {'"', "“", "”", "„", "«", "»"}
# prepositions that attach an unnamed person to the body they speak for (grammar, not a word list)
_WHOM_PREPS = {"for", "of", "at", "from", "to"}
# prepositions that relate a person noun to another person ("an adviser to X", "a spokesman for X", grammar)
_RELATION_PREPS = {"to", "for", "of"}


@dataclass
class Mention:
    """The mention doc[s:e] and what the branches ask of it."""
    s: int
    e: int
    text: str
    span: object
    head: object
    hl: str            # the head word, lower case
    first: str         # the first word, folded
    plural: bool
    ent_labels: set
    country: str = ""  # the country its words name (set after the place branch)
    roles: list = None  # its roles.csv matches (set after the place branch)

    @classmethod
    def of(cls, doc, s, e, text):
        low = fold(text)
        span = doc[s:e]
        head = span.root
        hl = head.lower_
        plural = head.tag_ in {"NNS", "NNPS"} or hl in COLLECTIVE_HEADS
        return cls(s, e, text, span, head, hl, low.split()[0] if low else "", plural,
                   {t.ent_type_ for t in span} - {""})


class MentionMixin(CommonNounMixin):
    def resolve_mention(self, s, e, text, recurse=True):
        """The speaker record of the mention doc[s:e] (see the module docstring)."""
        span = by_agent_span(self, self.doc[s:e].root) if e > s else None
        if span is not None:  # "according to an examination by [The Daily]" (by_agents.py)
            return self.resolve_mention(*span, self.doc[span[0]:span[1]].text, recurse=False)
        if recurse and e - s >= 1:
            e, text = self._widen_to_name(s, e, text)
        m = Mention.of(self.doc, s, e, norm_space(text))
        rec = self._as_quoted_title(m) or self._as_named_person(m)
        if rec is None:
            rec = self._as_place(m)
        if rec is not None:
            return rec
        m.country = self.ref.find_country(m.text)
        m.roles = self.ref.role_matches(m.text)
        for branch in (self._as_owner, self._as_coordination, self._as_document, self._as_group,
                       self._as_organisation, self._as_description, self._as_person_noun, self._as_capitalised_name):
            rec = branch(m)
            if rec is not None:
                return rec
        return self._as_common_noun(m)

    def _widen_to_name(self, s, e, text):
        """The mention may stop before the appositive name: "the governor[, Oleksandr Starukh]", "former
        astronaut[ ... Navy captain, Sen. Mark Kelly]"; (end, text) widened to it, else as given."""
        doc, ref, idx = self.doc, self.ref, self.idx
        h = doc[s:e].root
        hl0 = h.lower_
        if fold(doc[s:e].text) not in PRON_ALL and self._person_in(s, e)[0] is None and h.pos_ == "NOUN" \
                and hl0 not in ORG_HEADS and hl0 not in GOV_HEADS and hl0 not in GROUP_HEADS \
                and hl0 not in DOC_HEADS and h.tag_ != "NNS" and not ref.place(doc[s:e].text):
            k = self._name_after_unrelated(h, e)
            if k:
                e, text = k, doc[s:k].text
        r_end = h.right_edge.i + 1
        if e < r_end <= e + 14 and not any(t.pos_ in {"VERB", "AUX"} for t in doc[e:r_end]) \
                and fold(doc[s:e].text) not in PRON_ALL and h.lower_ not in DOC_HEADS:
            run = self._trailing_name(s, r_end)
            q = idx.add_mention(*run) if run else None
            if q is None:
                q2, _ = self._person_in(s, r_end)
                q = q2
            if q is not None and not self._related_person(h, q):
                e, text = r_end, doc[s:r_end].text
        elif fold(doc[s:e].text) not in PRON_ALL and (ref.role_matches(doc[s:e].text) or h.lower_ in DESC_HEADS):
            k = self._name_after_unrelated(h, e)
            if k:
                e, text = k, doc[s:k].text
        return e, text

    def _name_after_unrelated(self, h, e):
        """`spans._name_after(e)`, unless the name it ends at is the person the head relates its holder to
        (`_related_person`: "an adviser[ to Volodymyr Zelenskiy]" is not Zelenskiy)."""
        k = self._name_after(e)
        q = self.idx.tok_person.get(k - 1) if k else None
        if k and content_subject(self.doc, h, e, k):
            return None
        return None if q is not None and self._related_person(h, q) else k

    def _related_person(self, h, q) -> bool:
        """The person q is the one the head noun h relates its holder to, not the holder: the object of a
        to/for/of phrase on a noun of a person who serves or belongs to another (`person_relations`: "an adviser to
        [Volodymyr Zelenskiy]", "the former top aide ... President [George W. Bush]", "A spokesman for Mayor [Frank
        G. Jackson]", "a lawyer for [Navalny]"). The mention is not widened to that name; an appositive name after
        the phrase still is ("the wife of Alexei Navalny, Yulia Navalnaya", "the Advisor of the President ... Ukraine
        Mychajło Podolak"), and an office of a place or body keeps the name after it ("the governor of Serhij Łysak")."""
        if h.pos_ not in {"NOUN", "PROPN"} or h.lower_ not in PERSON_RELATIONS:
            return False  # (a capitalised title, "the Advisor of President Zelanski", is such a noun too)
        tok_person = self.idx.tok_person
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in _RELATION_PREPS:
                continue
            for o in c.children:
                if o.dep_ != "pobj" or tok_person.get(o.i) is not q:
                    continue
                j = o.i
                while j > c.i + 1 and tok_person.get(j - 1) is q:
                    j -= 1
                # only titles between the preposition and the name ("to President George W. Bush"); a body or
                # place there makes the name an appositive of it ("the head of ... European Commission Ursula
                # von der ...", "the President ... Ukraine Wołodymyr Zelnski": translated word order)
                if all(fold(t.text).rstrip(".") in TITLE_SET for t in self.doc[c.i + 1:j]):
                    return True
        return False

    def _as_named_person(self, m: Mention):
        """A person named in the mention (its head, else the last one), with the title before the name as the
        role; two coordinated names ("Blinken and Austin") are a group."""
        doc, idx, ref = self.doc, self.idx, self.ref
        head_is_thing = (m.hl in ORG_HEADS or m.hl in GOV_HEADS or m.hl in GROUP_HEADS or m.hl in DOC_HEADS) \
            and m.head.i not in idx.tok_person
        p, pi = self._person_in(m.s, m.e)
        if p is None or head_is_thing or (m.head.i not in idx.tok_person and self._related_person(m.head, p)):
            return None  # ("the Advisor of President Zelanski" is not Zelanski: _as_description)
        rec = self._person_record(p)
        before = doc[m.s:pi].text if pi is not None and pi > m.s else ""
        if before and (re.search(r"\band\b|&", before) or any(i in idx.tok_person for i in range(m.s, pi))):
            before = ""  # "Prime Minister of India Narendra Modi and [Vladimir Putin]"
        if before and ref.role_matches(before):
            r, c = split_country(ref, before)
            rec["speaker_role"] = r
            rec["speaker_country"] = c or rec["speaker_country"]
            rec["speaker_is_official"] = idx.is_official(p, r)
        people = []
        for i in range(m.s, m.e):
            q = idx.tok_person.get(i)
            if "poss" in (doc[i].dep_, doc[i].head.dep_) or doc[i].lower_ in {"'s", "’s"}:
                continue  # "Stella's owners ...": the possessor is not one of the speakers
            if q is not None and q not in people:
                people.append(q)
        # "Blinken and Austin", "Stella's owners Tore Sohlberg ... Lehla Abreder" (names in apposition)
        if len(people) > 1 and re.search(r"\b(and|&)\b", m.text) and (
                m.head.i in idx.tok_person or any(t.dep_ == "appos" and t.head.i == m.head.i and t.i in idx.tok_person
                                                  for t in m.span)) \
                and any(t.dep_ == "conj" and t.i in idx.tok_person for t in m.span):
            rec["speaker_name"] = " and ".join(idx.name_of(q) for q in people)
            rec["speaker_type"] = "group"
            rec["_person"] = None
        return rec

    def _as_place(self, m: Mention):
        """Places, countries, capitals and bodies of countries.csv ("Moscow" -> Russia, "US" -> United States); a
        country right after a statement of its government body stands for that body; "the country" / "the
        nation" is the country its sentence is about ("North Korea fired two missiles on Sunday. The country said
        ...")."""
        ref, idx = self.ref, self.idx
        row = ref.place(m.text) or ref.place(strip_det(m.text))
        if row is None and m.first == "the" and len(m.span) == 2 and m.hl in COUNTRY_NOUNS:
            # "The country said it would retaliate": the country its sentence is about
            country = self.sentence_country(m.s)
            row = ref.place(country) if country else None
        if row is None or row.get("kind") == "adjective":
            return None
        kind = row.get("kind")
        name = row["canonical"] if kind in {"country", "capital", "body"} else strip_det(strip_possessive(m.text))
        typ = "group" if kind == "people" else "organization"
        if kind in {"country", "capital"}:
            # "the British defense ministry said ... week. / "...," the UK said.": right after a statement of
            # a government body, its country stands for that body (not a person, not another country's body)
            si = idx.sent_of.get(m.s, (0, 0, 0))[0]
            psi = idx.sent_of.get(self.prev_i, (-9, 0, 0))[0] if self.prev_i is not None else -9
            for rec in self.history[-1:] if 0 <= si - psi <= 1 else []:
                if rec["speaker_type"] == "organization" and rec["speaker_country"] == row.get("country") \
                        and rec["speaker_is_official"] and rec["speaker_name"] != row["canonical"] \
                        and ref.place(rec["speaker_name"]) is None:
                    return dict(rec)
        return speaker_record(name, typ, "", row.get("country", ""), row.get("official") == "yes")

    def _as_quoted_title(self, m: Mention):
        """A capitalised name in quotation marks is a publication's or an organisation's title, never a role or a
        person: 'says "Economist"', '"The Washington Post" reports', 'writes "Rzeczpospolita"' (translated news
        quotes the titles of newspapers); an organisation as written."""
        doc, s, e = self.doc, m.s, m.e
        if s == 0 or e >= len(doc) or doc[s - 1].text not in _QUOTE_MARKS or doc[e].text not in _QUOTE_MARKS:
            return None
        words = [t for t in m.span if t.is_alpha]
        if not words or not all(t.text[:1].isupper() for t in words):
            return None
        if words[0].lower_ != "the" and any(t.i in self.idx.tok_person or t.ent_type_ == "PERSON" for t in m.span):
            return None  # ('"Putin"' is a name in quotes; '"The Diplomat"' never a person)
        name = strip_det(m.text)
        return speaker_record(self._acronyms().get(name, name), "organization", "", m.country, False)

    def _as_coordination(self, m: Mention):
        """"the US official and other sources", "Blinken and Austin" (no person head): a group as written."""
        if any(t.dep_ == "conj" and t.head.i == m.head.i for t in m.span) and m.head.i not in self.idx.tok_person:
            return speaker_record(strip_det(m.text), "group", "", m.country, bool(self.ref.role_official(m.hl)))
        return None

    def _as_document(self, m: Mention):
        """Reports, statements, documents: the organisation or person behind them (documents.py)."""
        if m.hl in DOC_HEADS and m.head.pos_ == "NOUN":
            return self._author_of_document(m.s, m.e, m.head)
        if m.head.pos_ == "NOUN" and m.head.lemma_.lower() in DOC_WORKS:
            # "two reports by independent media", "Reports from outlets", "assessments made by military experts":
            # the source the phrase itself names (no source: a group as written, below)
            return self._author_of_document(m.s, m.e, m.head, plural=True)
        return None

    def _as_group(self, m: Mention):
        """Groups: "Western officials", "analysts", "the sources" (the fuller earlier phrase for "the officials")."""
        ref, hl = self.ref, m.hl
        if not (m.plural and (hl in GROUP_HEADS or (m.roles and m.head.pos_ == "NOUN")) and not (
                "ORG" in m.ent_labels and m.head.pos_ == "PROPN")):
            return None
        name = strip_det(strip_possessive(m.text))
        if len(name.split()) <= 2 and m.first in DEFINITE_DETS:
            name = self._earlier_fuller(m.s, m.head) or name
        off = hl in OFFICIAL_GROUPS or (bool(ref.role_official(hl)) and hl not in GROUP_HEADS - OFFICIAL_GROUPS)
        return speaker_record(name, "group", "", m.country, off)

    def _as_organisation(self, m: Mention):
        """Organisations (incl. acronyms: "NYT", "EDC"); "the company" -> the organisation meant (organisations.py)."""
        ref, hl, head = self.ref, m.hl, m.head
        known = trailing_body(m.span) if head.pos_ == "PROPN" else ""  # "Russian energy giant Gazprom"
        is_org = ("ORG" in m.ent_labels and head.pos_ == "PROPN") or hl in ORG_HEADS or hl in GOV_HEADS or \
            hl in DOC_HEADS or (head.text.isupper() and len(head.text) > 1 and head.is_alpha) or bool(known)
        if not is_org or (m.roles and hl not in ORG_HEADS and hl not in GOV_HEADS and hl not in DOC_HEADS):
            return None
        name = known or self.media_name(m.s, m.e) or self.body_full_name(m.s, head) or \
            strip_det(strip_possessive(m.text))
        name = re.sub(r"\s*\([^)]*\)$", "", name)
        name = self._adjectival(self._country_meant(name, m.s))
        if name.isupper() and 2 <= len(name) <= 6 and name.isalpha():
            name = self._acronyms().get(name, name)
        if (m.first in DEFINITE_DETS or m.first == "its") and \
                not any(t.pos_ == "PROPN" and not t.is_lower for t in m.span) and hl not in NAMED_BODIES:
            if (outlet := self.described_outlet(m)) is not None:  # "the British weekly" -> Economist
                return outlet
            media = hl in MEDIA_HEADS and hl not in {"agency", "network"}
            if hl in GENERIC_ORG or media:
                rec = self._named_org_with(head, m.s) or self._recent_org(m.s, media=media, no_media=hl not in MEDIA_HEADS)
                if rec is not None:
                    return rec
            if not m.country:  # "The Russian defence ministry" already says whose
                fuller = self._earlier_fuller(m.s, head, media=hl in MEDIA_HEADS)
                outlet = self.named_outlet(m.s) if not fuller and hl in MEDIA_HEADS else None
                if outlet is not None:
                    return outlet
                name = self._adjectival(fuller) or name
        c = m.country or ref.find_country(name)
        off = hl in GOV_HEADS or any(fold(w) in GOV_HEADS for w in name.split())
        row2 = ref.place(name)
        if row2 is not None:
            off = off or row2.get("official") == "yes"
            c = c or row2.get("country", "")
        return speaker_record(name, "organization", "", c, off)

    def _as_description(self, m: Mention):
        """Descriptions of a person: "the minister", "the French president" (descriptions.py); "a spokesperson"
        stays as written unless the next sentence introduces a named speaker (`described_near._introduced_next`);
        "the former top aide ... President George W. Bush" is never the person it relates its
        holder to (`_related_person`): unnamed, as written, where the description would resolve to that person."""
        if not (m.roles or m.hl in DESC_HEADS):
            return None
        dr, dc = split_country(self.ref, strip_det(m.text))
        whom = self._with_whom(m)
        unnamed = speaker_record(whom if m.first in INDEF else strip_det(whom), "person", dr, dc or m.country,
                                 bool(self.ref.role_official(m.text)))
        if m.first in INDEF:
            return self._introduced_record(m.s, m.e, m.text, m.head, dr, dc or m.country) or unnamed
        rec = self.resolve_description(m.s, m.e, m.text)
        q = rec.get("_person")
        return unnamed if q is not None and self._related_person(m.head, q) else rec

    def _with_whom(self, m: Mention) -> str:
        """An unnamed person as the article describes them, with the body they speak for when the mention stops
        before it: "a spokesperson[ for Exxon]", "A spokesperson[ for Shell]", "an official[ at the Pentagon]", "a
        spokesman[ of the defence ministry]", "an adviser[ to Volodymyr Zelenskiy]" (a for/of/at/from/to phrase
        right after the mention, naming a proper noun
        or an organisation, no verb or comma in it, at most 12 words in all); else the mention as written."""
        doc = self.doc
        for c in m.head.children:
            if c.dep_ != "prep" or c.i != m.e or c.lower_ not in _WHOM_PREPS:
                continue
            end = c.right_edge.i + 1
            phrase = doc[c.i:end]
            objs = [t for t in c.children if t.dep_ == "pobj"]
            if end - m.s <= 12 and objs and not any(t.pos_ in {"VERB", "AUX"} or t.text in {",", ";", ":"}
                                                    for t in phrase) and \
                    (objs[0].pos_ == "PROPN" or objs[0].lower_ in ORG_HEADS or objs[0].lower_ in GOV_HEADS):
                return doc[m.s:end].text
        return m.text

    def _as_capitalised_name(self, m: Mention):
        """A capitalised name the NER missed: a person, or an organisation when the NER calls it one or it is
        "the X" ("the Conflict Observatory", "the Kyiv Independent": a person is never "the X")."""
        name, lead = clean_name(m.text)
        if not (name and (name[:1].isupper() or name.split()[0].lower() in NAME_PARTICLES)):
            return None
        if _sentence_capital_only(m):
            return None  # "Any attempts to redraw ... are ...", "Life continues": a common noun phrase (common_nouns.py)
        run = self._trailing_name(m.s, m.e)
        q = self.idx.add_mention(*run) if run else None
        if q is None and lone_title(name, self.idx.by_key):
            q = title_holder(self.idx, fold(name).strip("."), m.s)  # "The Speaker said" (name_forms.py)
        if q is not None:
            return self._person_record(q)
        votes = self.idx.label_votes.get(fold(name), [0, 0])
        if m.ent_labels & {"ORG", "GPE", "LAW", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LOC"} or \
                m.first == "the" or votes[1] > votes[0]:
            return speaker_record(self.body_full_name(m.s, m.head) or strip_det(name), "organization", "", m.country, False)
        return speaker_record(name, "person", "", m.country, False)


def _sentence_capital_only(m) -> bool:
    """The mention's only capital is the one its sentence opens with, on a determiner or a common noun whose lower-case
    form the article writes elsewhere, and the head is a common noun: a noun phrase, no name the NER missed ("Any
    attempts to redraw Ukraine's borders ... are a clear violation", "Other banks such as ... have said", "Life
    continues, ... adding"; round 29's audit, issue #14). Never with a proper noun, an entity or another capital, nor
    after a definite determiner: "That conflict - call it ..." stays for the shape check, where the common-noun branch
    would give the person the passage is about."""
    span, head = m.span, m.head
    if head.pos_ != "NOUN" or m.ent_labels:
        return False
    first = span[0]
    if not first.is_sent_start:
        return False
    if any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in span[1:]) or first.pos_ == "PROPN":
        return False
    if first.lower_ in DEFINITE_DETS:
        return False  # "That conflict", "The development": the shape check decides on the words (shape.py)
    if first.pos_ in {"DET", "PRON"}:
        return True
    low = first.lower_
    return any(t.text == low for t in first.doc if t.i != first.i)
