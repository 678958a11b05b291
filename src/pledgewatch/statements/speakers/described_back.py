"""A description that refers back to the person just quoted, though the text gives that person another title.

Construction (a definite description at a cue, after a named speaker, in the same or the next two sentences):
    ... - said on TVN24 Dr. Adam Eberhardt, ... of the Eastern Studies Center. According to the expert, ...
    Mr DeSantis, the Florida governor, ... The former congressman said ... US support ...
    Chairman of the House Vladimir Andreichenko told the media ... "...," the speaker of the House said.
    "...," said the President ... Ukraine Volodymyr Zelensky. "...," said ... head of the state on the recording.
News writing names a person once and then varies the title ("the expert", "the MP", "the head of state"); when no
person of the article fits the description by role (descriptions.py found none and officials.csv has no holder),
it is the person just quoted or just named as a subject (else the person named as a subject right after it, as live
blogs and wires do: "..., the head of state said. ... Aleksandr Lukashenko continued"), provided the titles can
belong to one person:
- no other country ("the US president" is never Zelensky);
- a role of the same kind (roles.csv `kind`: "head of state" and "President"), a kind listed as kin of it in
  speaker_words.csv `kin_kinds` ("the top diplomat" for a foreign minister, "the expert" for a think tank's
  director, "the MP" for a chamber's chairman), or a past office ("the former congressman": `past_office`);
- a person whose own role words name no office (roles.csv has no kind for them: "Dmitri Trenin, ... prominent Russian
  foreign policy ...", "Oleg Tinkov, a Russian billionaire") is no "Kremlin leader" nor "Ukrainian president",
  whatever the country: the article has described that person as something else (`described_otherwise`; an
  officials.csv name holds an office whatever words the article uses, "Putin's Belarusian counterpart");
- no description of an unnamed source ("the official", "the source": `unnamed_source_heads`, and spokespeople),
  which the article introduces without a name ("a senior official ... the official said") and which stays unnamed.

A mixin of `Resolver`, used by `descriptions.DescriptionsMixin.resolve_description` after `_named_just_before`.
"""

from __future__ import annotations

import re

from ..names import fold
from .described import _PLACE_LABELS
from .record import as_date
from .words import (
    DEFINITE,
    DESCRIPTION_START,
    GOV_HEADS,
    INDEF,
    KIN_KINDS,
    ORG_HEADS,
    PAST_OFFICE,
    UNNAMED_SOURCE_HEADS,
)

# role kinds (roles.csv `kind`) of a spokesperson: "the spokesman" speaks for an office, a person the article may
# never name; a named speaker before is no evidence
_SPOKES_KINDS = {"spokesperson"}
# role kinds (roles.csv `kind`) that are no office: "the expert", "the journalist", "the resident"
NO_OFFICE_KINDS = {"expert", "media", "other", "citizen"}
# a capitalised word after "of" or "in" in a role: the place of the office ("mayor of Auckland")
_PLACE_AFTER = re.compile(r"\b(?:of|in)\s+(?:the\s+)?([A-Z][\w'’-]+)")
# how many sentences of narration back the person just quoted or named may be
_WINDOW = 4
# how many sentences of narration on the person named after the description may be
_NEXT_WINDOW = 2


class DescribedBackMixin:
    def _described_back(self, s, e, w, text, dr):
        """The record of the person a description refers back to (construction above), else None."""
        near = self._named_just_before(s, w)
        if near is not None:
            return self._person_record(near, dr, w.country)
        words = fold(text).replace("-", " ").split()
        if not words or self.doc[s:e].root.lower_ in UNNAMED_SOURCE_HEADS or w.kinds & _SPOKES_KINDS or not w.roles or \
                set(words[1:]) & INDEF or self._names_someone(s, e):
            return None  # (an unnamed source; "the former director of ... intelligence service" is someone new)
        for _, rec in self._back_candidates(s) + self._next_candidates(e):
            if self._other_place(s, e, rec):
                continue
            listed = self.ref.official(rec["speaker_name"], self.article.get("published")) is not None
            if self._titles_fit(w, words, rec["speaker_role"], rec["speaker_country"], self._held_now(rec), listed):
                return rec
        return None

    def _other_place(self, s: int, e: int, who) -> bool:
        """The description names the place of its office after "of" or "in" ("the mayor of the port city of
        Mykolaiv") and the person's role (`who`: a Person or a speaker record) names another one ("mayor of
        Auckland"): two offices, two people. A place is a countries.csv name or a place the NER tagged in the
        article."""
        places = self._office_places(self.doc[s:e].text)
        if not places:
            return False
        p = who.get("_person") if isinstance(who, dict) else who
        role = (who.get("speaker_role") or "") if isinstance(who, dict) else self.idx.role_country(p)[0]
        theirs = self._office_places(" ; ".join([role] + (p.roles if p is not None else [])))
        return bool(theirs) and not theirs & places

    def _office_places(self, text: str) -> set:
        """The places named after "of" or "in" in a title (lower case), with their countries.csv country ("of the
        USA" and "of American diplomacy" share "united states"; "of Dnipro" and "of Kharkiv" share "ukraine")."""
        if getattr(self, "_doc_places", None) is None:
            self._doc_places = {t.lower_ for ent in self.doc.ents if ent.label_ in _PLACE_LABELS for t in ent}
        out = set()
        for w in _PLACE_AFTER.findall(text):
            row = self.ref.place(w)
            if row is not None or w.lower() in self._doc_places:
                out |= {w.lower(), (row or {}).get("country", "").lower()} - {""}
        return out

    def _next_candidates(self, e):
        """(token, record) of the people named as subjects after token e outside quotations, nearest first, at most
        `_NEXT_WINDOW` sentences of narration on ("..., the head of state said. ... Aleksandr Lukashenko continued")."""
        idx = self.idx
        out = []
        for m in sorted(idx.mentions, key=lambda m: m[0]):
            if m[0] < e or not m[3] or idx.in_content(m[0]) or not _solid(m[2]):
                continue
            if self._narration_between(e, m[0]) > _NEXT_WINDOW:
                break
            out.append((m[0], self._person_record(m[2])))
        return out

    def _back_candidates(self, s):
        """(token, record) of the people just quoted or named as a subject before token s, nearest first: the
        previous speaker when it is a named person, and the people named as subjects outside quotations; at most
        `_WINDOW` sentences of narration back (the sentences of a long quotation between do not count)."""
        idx = self.idx
        out = []
        prev = self.prev
        if prev is not None and self.prev_i is not None and self._named_person(prev) and self.prev_i < s and \
                self._narration_between(self.prev_i, s) <= _WINDOW:
            out.append((self.prev_i, dict(prev)))
        for m in idx.persons_before(s, window_sents=12):
            if m[3] and _solid(m[2]) and self._narration_between(m[0], s) <= _WINDOW:
                out.append((m[0], self._person_record(m[2])))
        out.sort(key=lambda x: -x[0])
        return out

    def _named_person(self, rec) -> bool:
        """A speaker record of a named person: a person of the article's index with evidence that it is one, or an
        officials.csv name ("Military actions", "Garmisch", an unnamed "a senior official" are not)."""
        if rec["speaker_type"] != "person" or not _is_name(rec["speaker_name"]):
            return False
        p = rec.get("_person")
        if p is not None:
            return _solid(p)
        return self.ref.official(rec["speaker_name"], self.article.get("published")) is not None

    def _names_someone(self, s: int, e: int) -> bool:
        """The mention names a person itself: a person's token, or two proper nouns in a row that are no place and
        no organisation word ("the governor ... Florida Ron Desantis", where the NER calls "Ron Desantis" a place)."""
        span = self.doc[s:e]
        if any(t.i in self.idx.tok_person or t.ent_type_ == "PERSON" for t in span):
            return True
        bare = [t.pos_ == "PROPN" and self.ref.place(t.text) is None and t.lower_ not in ORG_HEADS
                and t.lower_ not in GOV_HEADS for t in span]
        return any(a and b for a, b in zip(bare, bare[1:], strict=False))

    def _narration_between(self, a: int, b: int) -> int:
        """How many sentences start after token a up to token b outside quoted content."""
        doc, idx = self.doc, self.idx
        return sum(1 for i in range(a + 1, min(b + 1, len(doc))) if doc[i].is_sent_start and not idx.in_content(i))

    def _held_now(self, rec) -> bool:
        """The person's role is an office they hold at the article's date (officials.csv says so, or does not know
        them): False for "Donald Trump", President until 2021, in a 2023 article."""
        off = self.ref.official(rec["speaker_name"], self.article.get("published"))
        return off is None or off.valid(as_date(self.article.get("published")))

    def _titles_fit(self, w, words, role: str, country: str, held_now: bool = True, listed: bool = False) -> bool:
        """The description's title and the person's role and country can belong to one person (`listed`: the person
        is an officials.csv name, who holds an office whatever words the article gives: "PM", "counterpart")."""
        if w.country and country and w.country != country:
            return False
        pr = self.ref.role_matches(role) if role else []
        kinds = {r[3] for r in pr}
        if set(words) & PAST_OFFICE:  # a past office fits any role but that office held now
            return not ({r[1] for r in pr} & w.want) or not held_now or \
                bool(set(fold(role).replace("-", " ").split()) & PAST_OFFICE)
        if w.kinds & kinds:
            return True
        if not kinds:  # a role of no kind fits a description of no office, not "the Kremlin leader"
            return listed or not (w.kinds - NO_OFFICE_KINDS) or not described_otherwise(self.ref, role)
        return any(f"{a} {b}" in KIN_KINDS or f"{b} {a}" in KIN_KINDS for a in w.kinds for b in kinds)


def described_otherwise(ref, role: str) -> bool:
    """The person's role words describe them as something that is no office: words beyond place and country words
    (and articles) of which roles.csv knows none ("prominent Russian foreign policy ...", "Russian billionaire",
    "internet privacy advocate"); False for no role, a bare nationality ("Russian") or a known title."""
    if not role or ref.role_matches(role):
        return False
    words = [x for x in fold(role).replace("-", " ").split() if x not in DEFINITE | INDEF]
    return any(ref.place(x) is None and not ref.find_country(x) for x in words)


def _is_name(name: str) -> bool:
    """A person's name, not an unnamed description kept as written ("a senior official", "An official")."""
    ws = (name or "").split()
    return bool(ws) and name != "UNKNOWN" and ws[0][:1].isupper() and fold(ws[0]) not in DESCRIPTION_START


def _solid(p) -> bool:
    """A person of the index that surely is one: not weak, and an officials.csv name or a name of two words or more
    (a one-word "person" is often a body the NER took for one: "Twitter", "Garmisch")."""
    return not p.weak and (p.official is not None or len(p.canonical.split()) > 1)
