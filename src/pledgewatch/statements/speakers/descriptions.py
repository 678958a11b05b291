"""Descriptions of a person: "the minister", "the French president", "the Ukrainian leader", "the official".

In order: the person of the article whose role (and country) fits the description best (the previous speaker first);
for "the official" / "the source", the unnamed source the article introduced ("a justice official"); the
officials.csv holder of the office at the article's date ("the French president" -> Emmanuel Macron in 2023); the
person the passage is about ("the affable proprietor"); an owner's unnamed agent ("Biden's spokesman"); else
UNKNOWN with the description's role and country.

A mixin of `Resolver` (resolver.py); it uses `self.doc`, `self.idx`, `self.ref`, `self.prev`, `self.article`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..names import fold
from .described_back import NO_OFFICE_KINDS, DescribedBackMixin, described_otherwise
from .described_near import DescribedNearMixin
from .record import speaker_record, strip_det
from .roles import split_country
from .words import (
    DEFINITE,
    GENERIC_PERSON,
    GENERIC_ROLES,
    INDEF,
    PLACE_HEADS,
    PRESIDENTIAL,
    PRON_ALL,
    UNNAMED_SOURCE_HEADS,
    compared,
    noun_of_other_gender,
    past_office,
)

# role kinds (roles.csv `kind`) of an office a generic description ("the official", "the head") can stand for
_OFFICE_KINDS = {"head", "minister", "military", "regional", "official", "adviser"}
# role kinds of a public office that no commentator ("the analyst", "the expert") holds
_HELD_OFFICE_KINDS = {"head", "minister", "military", "legislator", "ambassador", "regional", "defence", "foreign"}


@dataclass
class _Wanted:
    """What a description asks for: its roles.csv matches, their role names and kinds, and its country."""
    roles: list
    country: str
    want: set
    kinds: set
    generic: bool
    past: bool = False  # "the former president": a past office, never its current holder

    @classmethod
    def of(cls, ref, text):
        roles = ref.role_matches(text)
        if {r[1] for r in roles} <= GENERIC_ROLES:
            # a nationality inside a title: "the head of American diplomacy" is a "head of diplomacy"
            bare = " ".join(w for w in text.split() if ref.place(w) is None)
            if bare != text:
                roles = ref.role_matches(bare) or roles
        want = {r[1] for r in roles}
        past = past_office(text)
        return cls(roles, ref.find_country(text), want, {r[3] for r in roles}, want <= GENERIC_ROLES, past)


def _office_of_that_title(w: _Wanted, pr) -> bool:
    """"the minister" for a "Defence Minister" or "Foreign Minister" (written "Defense Secretary", "Minister of
    Foreign Affairs"): the person's office ends in the title the description asks for, and is no head of state or
    government ("the president" is no "Vice President", "the minister" no "Prime Minister")."""
    return any(x[1].split()[-1] in w.want and x[1] not in w.want and x[3] != "head" for x in pr)


def _names_its_place(head) -> bool:
    """A description whose office is of a named place or body ("The mayor of Mariupol", "the mayor of the port city
    of Odesa", "the head of the World Bank"): an of-phrase on its head with a proper noun."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(t.pos_ == "PROPN" for t in c.subtree)
               for c in head.children)


def _passive_agent(t) -> bool:
    """Token t lies in the "by" phrase of a passive ("were led by the regional governor, Y"): named in passing,
    not the one the passage turns to."""
    return any(a.dep_ == "agent" for a in [t, *t.ancestors])


def _other_gender(head, p) -> bool:
    """The description's head noun has a gender (`nouns_f` / `nouns_m`) that person p's gender contradicts."""
    if head is None or not p.gender:
        return False
    return noun_of_other_gender(head.lower_, p.gender)


class DescriptionsMixin(DescribedBackMixin, DescribedNearMixin):
    def _wanted(self, text) -> _Wanted:
        """What the description `text` asks for (its roles, their kinds, its country)."""
        return _Wanted.of(self.ref, text)

    def _description_score(self, p, w: _Wanted) -> float:
        """How well person p fits the description: 3 the same role, 2 an office for a generic word, 1 the same kind
        or country; +1 the same country; 0 another country or no fit."""
        ref, idx = self.ref, self.idx
        prole, pcountry = idx.role_country(p)
        prole = " ; ".join([prole] + p.roles + ([p.official.role] if p.official is not None else []))
        pr = ref.role_matches(prole) if prole else []
        pn = {x[1] for x in pr}
        pk = {x[3] for x in pr}
        pf = " " + fold(prole) + " "
        if w.country and pcountry and pcountry != w.country:
            return 0
        if w.past and not past_office(pf):
            return 0  # "the former Russian president" is not the one the text or officials.csv says holds it now
        if w.want & pn or any(" " + r[0] + " " in pf for r in w.roles if r[1] not in {"Official", "Head"}) or \
                _office_of_that_title(w, pr):
            sc = 3
        elif w.generic and w.want and (pk & _OFFICE_KINDS):
            sc = 2  # (a description with no role at all, "her son", "the woman", is no office holder: `_Wanted.of`)
        elif w.kinds & pk and not ({"President", "Prime Minister", "Chancellor"} & w.want):
            sc = 1
        elif not pr and w.generic and w.country and pcountry == w.country and \
                not described_otherwise(ref, prole):  # (no "Russian billionaire" for "the Kremlin leader")
            sc = 1
        else:
            return 0
        return sc + (1 if w.country and pcountry == w.country else 0)

    def _best_described(self, s, e, w: _Wanted):
        """The best-fitting person named before (the previous speaker first), else one named later that fits."""
        idx = self.idx
        cands = idx.persons_before(s, window_sents=10 ** 6)
        best, best_sc = None, 0
        prevp = self.prev.get("_person") if self.prev else None
        if prevp is not None and self._description_score(prevp, w) >= 2:
            best, best_sc = prevp, self._description_score(prevp, w) + 0.5
        for m in reversed(cands):
            sc = self._description_score(m[2], w)
            if sc > best_sc:
                best, best_sc = m[2], sc
        if best is None:  # a later mention ("the minister ... Boris Pistorius said later")
            for m in idx.mentions:
                if m[0] >= e and self._description_score(m[2], w) >= 2 and not self._in_own_content(m[0]):
                    best = m[2]
                    break
        return best

    def _in_own_content(self, i: int) -> bool:
        """Token i lies in the content of the row being resolved: a person named there is what the statement is
        about, never its source ("According to the agency's head, President X had hoped ...", "the organiser
        said X will not be invited")."""
        row = getattr(self, "cur_row", None) or {}
        cs, ce = row.get("char_start"), row.get("char_end")
        return cs is not None and ce is not None and int(cs) <= self.doc[i].idx < int(ce)

    def _same_unnamed_source(self, s, e, text, head0, best, dr, dc, country):
        """"the official" after "a justice official" (and no named match since): the same unnamed source."""
        idx = self.idx
        rec, nc = self._described_before(head0, s, dr, country)
        if rec is not None:
            return rec
        if nc is not None:
            last_best = max((m[0] for m in idx.mentions if m[2] is best and m[0] < s), default=-1)
            best_roles = fold(" ; ".join(best.roles + [best.role])) if best is not None else ""
            # "The justice official told" after "a justice official said": the same words, the same source
            same_words = len(self.doc[s:e]) > 2 and strip_det(fold(self.doc[s:e].text)) == \
                strip_det(fold(nc.text))
            if nc[0].lower_ not in INDEF and self._named_with_head(best, head0):
                return None  # "the Kremlin spokesman" ... "Kremlin spokesman Dmitry Peskov": named after all
            if best is None or same_words or nc.start > last_best or head0.lower_ not in best_roles:
                return self._indefinite_record(nc, dr, dc or country, text)
        return None

    def _office_holder(self, w: _Wanted, dr):
        """"the French president" with nobody named: the officials.csv holder of that office at the article's date
        ("the leader": the head of government in parliamentary systems, else the president)."""
        ref = self.ref
        if not (w.country and w.want) or w.past:
            return None
        norm = {ref.role_norm(r[0]) for r in w.roles} - {"Leader"}
        tries = [norm] if norm else []
        if "Leader" in w.want:
            tries += [{"Chancellor"}] + ([{"President"}, {"Prime Minister"}] if w.country in PRESIDENTIAL
                                         else [{"Prime Minister"}, {"President"}])
        for t in tries:
            off = ref.official_by_role(t, w.country, self.article.get("published"))
            if off is not None:
                return speaker_record(off.name, "person", dr, w.country, True, None)
        return None

    def _described_in_passage(self, s, text, head, w: _Wanted, dr, dc):
        """"the official" after "a justice official", "the person" after "a person familiar with ...": the same
        unnamed source, named as the article first described it; "the affable proprietor": the person the passage
        is about."""
        idx = self.idx
        rec, nc = self._described_before(head, s, dr, w.country)
        if rec is not None:
            return rec
        if nc is not None:
            # "Set up by an engineering professor ..." ten sentences back, "Schuh is aware ...": "the lanky,
            # bespectacled professor" is the named person the passage is about (below), not that phrase
            far = idx.sent_of.get(s, (0, 0, 0))[0] - idx.sent_of.get(nc.start, (0, 0, 0))[0] > 3 and \
                any(m[3] and not m[2].weak for m in idx.persons_before(s, window_sents=2))
            if not far:
                return self._indefinite_record(nc, dr, dc or w.country, text)
        if not {k for k in w.kinds if k not in NO_OFFICE_KINDS}:
            # "the affable proprietor", "the 39-year-old co-founder of X": the person the passage is about
            prevp = self.prev.get("_person") if self.prev else None
            ms = [m for m in idx.persons_before(s, window_sents=3)
                  if not m[2].weak and not self._holds_other_office(m[2], w) and not compared(self.doc[m[0]])]
            newer = self._named_since_speaker(prevp, ms, s, head)
            if newer is not None:
                return self._person_record(newer, dr, w.country)
            if prevp is not None and not prevp.weak and not self._holds_other_office(prevp, w):
                return self._person_record(prevp, dr, w.country)
            if ms:  # (the last named in text order: the index does not list mentions in text order)
                return self._person_record(max(ms, key=lambda x: x[0])[2], dr, w.country)
        return None

    def _named_since_speaker(self, prevp, ms, s, head=None):
        """The passage has moved on from the previous speaker: the last person named (outside any statement's
        words) after that speaker's mention, in the sentence of the description or the one before it, is the
        person "the Green veteran" is about ("The economist X said ... . The economy minister, Y, has hinted at
        his own view. Speaking in Prague, the Green veteran said ...": Y), when the text names that person in
        full with a role or officials.csv knows them (not a one-word name the NER took for a person: "buy Twitter").
        Not a person named only as the agent of a passive ("Rescuers were led by the regional governor, Y. The
        woman said ...": the passage is still the woman's), nor one whose gender the description's head noun
        contradicts (`nouns_f` / `nouns_m`: "the woman" is no man). ms: the persons named before s that the
        description can be (`_described_in_passage`, `common_nouns._passage_person`); head: the description's
        head token."""
        if prevp is None or not ms:
            return None
        idx = self.idx
        m = max(ms, key=lambda x: x[0])  # (the index lists mentions in the order it found them, not in text order)
        last_prev = max([x[0] for x in idx.mentions if x[2] is prevp and x[0] < s] +
                        ([self.prev_i] if self.prev_i is not None and self.prev_i < s else []), default=-1)
        p = m[2]
        if p is prevp or m[0] <= last_prev or idx.sent_of.get(s, (0, 0, 0))[0] - m[4] > 1:
            return None
        if _passive_agent(self.doc[m[0]]) or _other_gender(head, p):
            return None
        return p if len(p.canonical.split()) > 1 and (p.roles or p.official is not None) else None

    def _holds_other_office(self, p, w: _Wanted) -> bool:
        """A commentator's description ("the analyst", "the expert": role kinds that are no office only) is never a
        person the article or officials.csv gives a public office (`_HELD_OFFICE_KINDS`): "- ... - said the analyst"
        after a paragraph on what a president said, or "the expert points out" after a quoted president, is the
        commentator named near, not the president. The affable proprietor (no role) keeps the person of the
        passage."""
        if not w.kinds:  # (its callers hold only descriptions whose role kinds are no office)
            return False
        if p.official is not None:
            return True
        prole = " ; ".join([self.idx.role_country(p)[0]] + p.roles)
        return bool({x[3] for x in self.ref.role_matches(prole)} & _HELD_OFFICE_KINDS) if prole.strip(" ;") else False

    def resolve_description(self, s, e, text):
        """'the minister', 'the French president', 'the US defense secretary', 'the Ukrainian leader'."""
        ref, doc = self.ref, self.doc
        w = _Wanted.of(ref, text)
        head = doc[s:e].root
        # (an office in a named organisation; a founder or owner of one is the person the passage is about)
        best, org = self._best_described(s, e, w), self._organisation_of(head) if w.kinds & _OFFICE_KINDS else ""
        org = org or (self._body_of(head) if w.generic and w.kinds & _OFFICE_KINDS else "")
        if org and best is not None and not self._in_organisation(best, org):
            best = None  # "the head of ... International Energy Agency" is no office holder of another body
        best = None if best is not None and self._other_place(s, e, best) else best  # (described_back.py)
        nxt = self._named_next(s, e, w)  # "..., the regional governor has said. Andriy Raikovych said ..."
        nxt = None if nxt is not None and self._other_place(s, e, nxt) else nxt
        if nxt is not None and not self._recent_exact(s, best, w) and (not org or self._in_organisation(nxt, org)
                                                                        or not nxt.roles):
            best = nxt
        dr, dc = split_country(ref, strip_det(text))
        if fold(text).split()[:1] == ["the"] and head.lower_ in GENERIC_PERSON:
            rec = self._same_unnamed_source(s, e, text, head, best, dr, dc, w.country)
            if rec is not None:
                return rec
        if self._unnamed_as_written(s, e, head, best):
            return speaker_record(strip_det(text), "person", dr, dc or w.country, bool(ref.role_official(text)))
        if best is not None:
            return self._person_record(best, dr, w.country)
        rec = None if org else self._office_holder(w, dr)
        if rec is not None:
            return rec
        first = fold(text).split()[0] if text.strip() else ""
        bare = doc[s].pos_ in {"ADJ", "NOUN"} and doc[s].is_lower  # "bespectacled professor"
        if first in DEFINITE or bare:
            rec = self._described_in_passage(s, text, head, w, dr, dc)
            if rec is not None and (not org or (rec.get("_person") is not None
                                                and self._in_organisation(rec["_person"], org))):
                return rec
        if org:  # an office in a named organisation, its holder unnamed: as written
            return speaker_record(strip_det(text), "person", dr, dc or w.country, bool(ref.role_official(text)))
        poss = [c for c in head.children if c.dep_ == "poss" and c.lower_ not in PRON_ALL]
        if poss:
            # "Biden's spokesman", "Germany's ambassador": unnamed, but the article says whose
            # ("the region's governor": a place the passage names is no speaker to take a country from)
            o = poss[0]
            owner = {} if o.pos_ == "NOUN" and o.lower_ in PLACE_HEADS else self.resolve_mention(
                o.left_edge.i, o.i + 1, doc[o.left_edge.i:o.i + 1].text, recurse=False)
            return speaker_record(strip_det(text), "person", dr, dc or w.country or owner.get("speaker_country", ""),
                                  bool(ref.role_official(text)))
        rec = self._owned_relation(head, text, dc or w.country)  # "his lawyer said" (owners.py)
        if rec is not None:
            return rec
        near = self._described_back(s, e, w, text, dr) if first == "the" else None
        if near is not None:
            return near
        if w.want and not any(" of " in r[0] for r in w.roles) and _names_its_place(head):
            # "The mayor of Mariupol said": that office's holder, unnamed (not a portfolio: "Minister of Foreign Affairs")
            return speaker_record(strip_det(text), "person", dr, dc or w.country, bool(ref.role_official(text)))
        return speaker_record("UNKNOWN", "person", dr, dc or w.country, bool(ref.role_official(text)),
                              reason="a description no person of the article or officials.csv fits")

    # ------------------------------------------------------------------ unnamed sources
    def _unnamed_prev(self, head):
        """The previous speaker when it is an unnamed person with this head word ("a justice official" ... "the
        official said"), or both are unnamed sources (`unnamed_source_heads`: "The White House representative
        ... The official emphasized"), else None."""
        prev = self.prev
        if prev is None or prev["speaker_type"] != "person" or prev.get("_person") is not None:
            return None
        last = fold(prev["speaker_name"]).split()[-1:]
        if last == [head.lower_] or (last and last[0] in UNNAMED_SOURCE_HEADS and head.lower_ in UNNAMED_SOURCE_HEADS):
            return dict(prev)
        return None

    def _unnamed_as_written(self, s, e, head, best) -> bool:
        """"the US defense official, speaking ... condition of anonymity", "the senior Pentagon official", "The
        White House representative", "the Ukrainian military source": a definite description of an unnamed source
        (`unnamed_source_heads`) with a modifier that is no nationality or country is that source, as written,
        unless the best-fitting person of the article is described with that head word ("the defence ministry
        spokesperson" after "defence ministry spokesperson Igor ..."). "The Ukrainian official" (a nationality only) and "the official"
        still refer back to a named person."""
        span = self.doc[s:e]
        if span[0].lower_ != "the" or head.lower_ not in UNNAMED_SOURCE_HEADS or \
                any(t.i in self.idx.tok_person or t.ent_type_ == "PERSON" for t in span):
            return False
        mods = [t for t in span[1:] if t.i != head.i and t.is_alpha and self.ref.place(t.text) is None
                and t.ent_type_ not in {"GPE", "NORP"}]
        if not mods:
            return False
        return not self._named_with_head(best, head)

    def _named_with_head(self, p, head) -> bool:
        """Person p is described with the description's head word somewhere ("Kremlin spokesman Dmitry Peskov")."""
        if p is None:
            return False
        roles = fold(" ; ".join(p.roles + [p.role, self.idx.role_country(p)[0]] +
                                ([p.official.role] if p.official is not None else [])))
        return head.lower_ in roles.split()

    def _earlier_indefinite(self, head, s):
        """The nearest unnamed description before token s with the same head word, outside quotes: an indefinite
        one ("a justice official", "a person close to the talks"), or, for an unnamed source
        (`unnamed_source_heads`), a definite one that says more than the mention ("the US defense official, speaking ... condition of anonymity" ... "the official said"; "the senior
        Pentagon official" ... "the official added"; "the Ukrainian military source" ... "the source said"), no
        proper noun in it that is a person; else None."""
        unnamed = head.lower_ in UNNAMED_SOURCE_HEADS
        bare = unnamed and [t.lower_ for t in head.lefts] == ["the"]  # "the official", nothing more
        sent = self.idx.sent_of.get(s, (0,))[0]
        for nc in reversed([nc for nc in self._noun_chunks() if nc.end <= s]):
            if self.idx.in_content(nc.start):
                continue
            if nc.root.lemma_.lower() != head.lemma_.lower():
                # across unnamed-source heads, for a bare "the official" only: a definite one that says more in
                # this or the previous sentence ("The White House representative ... The official
                # emphasized"), as for the previous speaker (`_unnamed_prev`)
                if bare and nc.root.lower_ in UNNAMED_SOURCE_HEADS and self._unnamed_definite(nc) and \
                        sent - self.idx.sent_of.get(nc.start, (-9,))[0] <= 1:
                    return nc
                continue
            if nc[0].lower_ in INDEF or (unnamed and self._unnamed_definite(nc)):
                return nc
        return None

    def _unnamed_definite(self, nc) -> bool:
        """"the US defense official": "the", at least one modifier, a common-noun head, and no person in it."""
        return nc[0].lower_ == "the" and len(nc) > 2 and nc.root.pos_ == "NOUN" and \
            not any(t.i in self.idx.tok_person or t.ent_type_ == "PERSON" for t in nc)

    def _described_before(self, head, s, role, country):
        """(record, phrase) for a description whose source the article introduced unnamed: the previous speaker when
        it is that unnamed person; else the nearest earlier indefinite phrase with the same head ("a justice
        official"), with the record of the person named in apposition to it if any ((None, phrase) otherwise)."""
        rec = self._unnamed_prev(head)
        if rec is not None:
            return rec, None
        nc = self._earlier_indefinite(head, s)
        if nc is not None:
            q = self._appos_person(nc.root)
            if q is not None:
                return self._person_record(q, role, country), nc
        return None, nc

    def _indefinite_record(self, nc, role, country, text):
        """An unnamed source as the article first described it: the indefinite phrase with its modifiers."""
        full = self.doc[nc.start:nc.root.right_edge.i + 1]
        full = full if len(full) <= 12 else nc
        return speaker_record(full.text, "person", role, country, bool(self.ref.role_official(text)))
