"""Two constructions that decide which person a description ("the regional governor", "the head of X") is.

1. The description is named right after it (live blogs and wires put the name in the next sentence):
       ..., the regional governor has said. Andriy Raikovych said on television that ...
       ..., Ukraine's defence ministry ... said on Friday. ... official, Oleksandr Motuzianyk, ...
       ..., the region's governor said. ... Gladkov said at least 11 buildings were damaged.
   A person first named (with a given name and a surname) in the rest of the description's sentence or in the next
   one, as a subject (or in apposition to one), whose role (if the text gives one) fits, is the described person, unless the best earlier fit is an exact
   role match mentioned in the two sentences before.

2. A position in a named organisation is that organisation's, not any office holder's:
       The head of ... International Energy Agency ... now warned that ...
       A spokesman for the Ministry of Defence said ...
       The chief of the Wagner Group said ...
   A description whose head has an of/for/at phrase naming an organisation (a proper noun that is no place) fits
   only a person the text connects with that organisation (its words in the person's roles); else it stays as
   written ("head of ... International Energy Agency", unnamed).
   A generic head ("chief", "head", "leader") of a body or field a common noun names (`body_nouns`), as a noun
   modifier or in its of-phrase, asks the same of the person (`_body_of`):
       the navy chief said ...  (not the prime minister named just before)
       the new head of the Dutch army said ...
       the country's space chief has confirmed ...

3. A description no person fits by role is the person the text just named, when the text gives that person no
   role to contradict it (a definite description refers back to a known person):
       Mr DeSantis is widely expected ... run for president. The former congressman said ...
       ... - says Janis Sarts. ... expert points out that ...
       Moldova's Mihai Popsoi met Blinken. The top diplomat said ...
   The previous speaker when named in the sentence before or this one, else the last person named as a subject
   there; a person of another country than the description's, or with a role of their own, is not it.

4. An indefinite description ("a spokesman for X", "a senior official") is the person the text introduces right
   after it as the speaker of the next statement (wires name the source one sentence later):
       A spokesman for the general staff said ... "...," Andriy Kovalenko told reporters.
       A senior official has accused Moscow of ... Petro Marchenko, the head of ..., told the BBC that ...
       ..., an aide to the president said on Sunday. Mykola Bondar added: "..."
   A person first named (given name and surname) in the description's sentence or the next (after any sentences
   wholly inside a quotation: '"...". "...," said Michael Brandt'), at the mention of a row's cue, outside any content, whose role (if the text gives one) fits; else the description stays as written.
   A past office ("A former CIA analyst ... has told ...") fits whatever role the text gives the person now ("...,"
   said John Roe, a fellow at ...), unless it is that office or another country (`_past_fits`; round 27).

A mixin of `Resolver` used by `descriptions.DescriptionsMixin.resolve_description`.
"""

from __future__ import annotations

from ..names import fold
from .described_back import described_otherwise
from .words import BODY_NOUNS, GENERIC_ROLES

# prepositions that attach a position to the organisation it is in (grammar, not a word list)
_OF_PREPS = {"of", "for", "at"}


class DescribedNearMixin:
    def _named_next(self, s, e, w):
        """The person first named as a subject after the description, in its sentence or the next, whose role fits
        (construction 1); None otherwise."""
        idx = self.idx
        si = idx.sent_of.get(s, (0, 0, 0))[0]
        for m in sorted(idx.mentions, key=lambda m: m[0]):
            if m[0] < e:
                continue
            if m[4] > si + 1:
                break
            p = m[2]
            if p.first_i < e or p.weak or len(p.canonical.split()) < 2 or not m[3] or idx.in_content(m[0]):
                continue
            if self._specific_role(p) and self._description_score(p, w) == 0:
                continue  # (a generic role, "The official, Oleksandr Motuzianyk,", fits any description)
            return p
        return None

    def _introduced_next(self, s, e, text):
        """The person an indefinite description stands for (construction 4): first named after it, in its sentence or
        the next, as (part of) the mention at a row's cue; None otherwise."""
        idx, cue, w = self.idx, getattr(self, "cue_tokens", set()), self._wanted(text)
        si = idx.sent_of.get(s, (0, 0, 0))[0]
        last = si + 1
        while self._all_quoted(last):
            last += 1  # '"...", said Michael German': the quotation's own sentences come first
        for m in sorted(idx.mentions, key=lambda m: m[0]):
            if m[0] < e or idx.in_content(m[0]):
                continue
            if m[4] > last:
                break
            p = m[2]
            if m[0] not in cue or p.first_i < e or p.weak or len(p.canonical.split()) < 2:
                continue
            if self._specific_role(p) and self._description_score(p, w) == 0 and not self._past_fits(p, w):
                return None
            return p
        return None

    def _past_fits(self, p, w) -> bool:
        """An indefinite description of a past office ("A former customs inspector ... has told ...") fits the person
        introduced next whatever role the text gives them now ('"...," said John Roe, a fellow at ...'), as
        described_back reads a past office: not where that person holds the described office now or is of another
        country (speaker_words.csv `past_office`; round 27)."""
        if not w.past:
            return False
        prole, pcountry = self.idx.role_country(p)
        prole = " ; ".join([prole] + p.roles + ([p.official.role] if p.official is not None else []))
        now = {r[1] for r in self.ref.role_matches(prole)} if prole else set()
        return not (w.want & now) and not (w.country and pcountry and pcountry != w.country)

    def _introduced_record(self, s, e, text, head, role, country):
        """The record of the person an indefinite description doc[s:e] stands for (construction 4), never the one
        its head relates its holder to ("an adviser to [Volodymyr Zelenskiy]"); None where nobody is introduced."""
        q = self._introduced_next(s, e, text)
        if q is None or self._related_person(head, q):
            return None
        return self._person_record(q, role, country)

    def _all_quoted(self, k) -> bool:
        """Every word of sentence k lies in a statement's content (a quotation's sentence before its cue), or it has
        none (the blank line between paragraphs)."""
        sents = getattr(self, "_sent_list", None)
        if sents is None:
            sents = self._sent_list = list(self.doc.sents)
        if k >= len(sents):
            return False
        return all(self.idx.in_content(t.i) for t in sents[k] if t.is_alpha)  # (a blank line between paragraphs too)

    def _specific_role(self, p) -> bool:
        """The text or officials.csv gives p a role more specific than "official", "leader" or "head", or describes p
        as something that is no office ("a prominent Russian foreign policy ...": `described_otherwise`)."""
        text = " ; ".join(p.roles + ([p.official.role] if p.official is not None else []))
        return bool(text) and (not {r[1] for r in self.ref.role_matches(text)} <= GENERIC_ROLES
                               or described_otherwise(self.ref, text))

    def _recent_exact(self, s, p, w) -> bool:
        """p fits the description exactly (the same role) and is named in its sentence or the two before."""
        if p is None or self._description_score(p, w) < 3:
            return False
        si = self.idx.sent_of.get(s, (0, 0, 0))[0]
        return any(m[2] is p and m[0] < s and si - m[4] <= 2 for m in self.idx.mentions)

    def _organisation_of(self, head):
        """The organisation a position is in ("head [of ... International Energy Agency]"): the folded words of the
        of/for/at phrase's object when it is a proper noun that names no place, else ""."""
        for c in head.children:
            if c.dep_ != "prep" or c.lower_ not in _OF_PREPS:
                continue
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is None or obj.pos_ != "PROPN":
                return ""
            phrase = self.doc[obj.left_edge.i:obj.i + 1]
            if self.ref.place(phrase.text) or any(t.ent_type_ in {"GPE", "NORP", "LOC"} for t in phrase):
                return ""
            # the whole name, with its own of-phrase ("the Russian Ministry ... Foreign Affairs"); an acronym as written
            return " ".join(t.text if t.is_upper and len(t) > 1 else fold(t.text)
                            for t in self.doc[obj.left_edge.i:obj.right_edge.i + 1] if t.is_alpha)
        return ""

    def _body_of(self, head) -> str:
        """The body or field a generic head's office is in, named by a common noun of `body_nouns`: a noun modifier
        ("the armed forces chief", "space chief") or the object of its of-phrase ("head of the British army",
        "leader of the self-proclaimed republic"); its folded words, else ""."""
        for c in head.children:
            if c.dep_ == "compound" and c.i < head.i and c.pos_ == "NOUN" and c.lemma_.lower() in BODY_NOUNS:
                return " ".join(fold(t.text) for t in self.doc[c.left_edge.i:c.i + 1] if t.pos_ in {"NOUN", "ADJ"})
            if c.dep_ == "prep" and c.lower_ == "of":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in BODY_NOUNS:
                    return fold(obj.text)
        return ""

    def _in_organisation(self, p, org: str) -> bool:
        """The text connects person p with the organisation: one of its words in p's roles."""
        text = " ; ".join(p.roles + [p.role] + ([p.official.role] if p.official is not None else []))
        words = fold(text).split()
        initials = "".join(w[0] for w in text.split() if w[:1].isupper())  # "European Commission" -> "EC"
        return any(w in words for w in org.split() if len(w) > 3 and not w.isupper()) or \
            any(w.isupper() and w in initials for w in org.split())

    def _named_just_before(self, s, w):
        """The person a description no one fits by role refers back to (construction 3); None otherwise."""
        idx = self.idx
        si = idx.sent_of.get(s, (0, 0, 0))[0]
        cands = []
        prevp = self.prev.get("_person") if self.prev else None
        if prevp is not None and self.prev_i is not None and si - idx.sent_of.get(self.prev_i, (-9, 0, 0))[0] <= 1:
            cands.append(prevp)
        cands += [m[2] for m in reversed(idx.persons_before(s, window_sents=1)) if m[3]]
        for p in cands:
            if p.weak or self._specific_role(p):
                continue
            pcountry = idx.role_country(p)[1]
            if w.country and pcountry and pcountry != w.country:
                continue
            return p
        return None
