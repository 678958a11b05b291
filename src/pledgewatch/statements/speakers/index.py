"""The mention index of one article: PERSON mentions grouped into people, with their gender evidence and roles.

`ArticleIndex(doc, article, content_spans)` is built once per doc. Each `Person` (`person.py`) has its mentions, its fullest
(canonical) name, its officials.csv row if any, gender votes (Mr/Ms, he/she next to it, first names, officials.csv:
`gender_votes.py`) and the roles and country the text gives it (titles before the name, appositives: `roles.py`).
`mentions` lists (start, end, person, is_subject, sentence) in the order they were indexed (named entities first,
then names the NER missed, then mentions added later: sort by start where text order matters); `tok_person` maps
every token of a mention to its person.
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import re

from .. import cues as _cues
from ..names import HONORIFIC_GENDER, clean_name, fold, givens_agree, official_spelling_wins, reference
from ..quotes import find_quotes, opens_quotation
from . import record
from .blocs import article_facts
from .gender_votes import gender_from_pronouns
from .name_forms import first_word_alone, name_start, names_another, particle_surname_person
from .not_names import NotNamesMixin
from .party_state import party_state_country
from .person import Person
from .roles import appositive_head_role, role_of, split_country
from .titled import index_missed_names
from .words import (
    GOV_HEADS,
    HONORIFIC_TITLES,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    ORG_HEADS,
    SUBJ_DEPS,
    TITLE_SET,
)

# a line that is a photo caption: it ends with a bracketed photo credit ("( THE CANADIAN PRESS FILE PHOTO )",
# "(Haweya Fadal/CBC)", "(Photograph: Getty Images)"; a bare "(Reuters)" is a dateline credit, not a caption), or it
# starts "Photo:"
CAPTION_LINE = re.compile(
    r"(?m)^[^\n]*\([^()\n]*(?:\bPHOTO\b|\b[Pp]hoto(?:graph)?\b|\bFILE\b|Getty Images|Shutterstock|[A-Z][\w.]*\s?/\s?[A-Z])"
    r"[^()\n]*\)\s*$|^\s*(?:Photo(?:graph)?|PHOTO)\s*:[^\n]*$")
# a photo credit inside a paragraph (a caption the page glued to the text): "Photograph: Michael Kappeler/dpa/AFP",
# "Photo: EyePress News/REX/Shutterstock"; it ends with the last "/piece"
INLINE_CREDIT = re.compile(r"\b(?:Photo(?:graph)?|PHOTO)\s*:\s*(?:[A-Z][\w.'’-]*\s+){0,4}?[\w.'’-]+(?:/[\w.'’-]+)+")
# parts of speech that may lead a NER span without being part of the name ("Further Lukashenko", "And Biden")
_LEADING_POS = {"ADV", "CCONJ", "SCONJ", "DET", "ADP", "PRON", "VERB", "AUX", "PART", "INTJ", "PUNCT"}


class ArticleIndex(NotNamesMixin):
    """Person mentions of one article, grouped into people, built once per doc."""

    def __init__(self, doc, article, content_spans=()):
        self.doc = doc
        self.text = doc.text  # (doc.text rebuilds the string from every token on each access)
        self.ref = reference()
        self.date = article.get("published") if isinstance(article, dict) else None
        self.people: list[Person] = []
        self.by_key: dict[str, list[Person]] = {}
        self.mentions = []           # (start, end, person, is_subject, sent_start)
        self.tok_person = {}         # token index -> person (for every token of a person mention)
        self.content = sorted(content_spans)
        self._in_content: dict[int, bool] = {}  # in_content's answers by token (the spans never change)
        self._content_starts = [s for s, _ in self.content]
        self._content_reach = list(itertools.accumulate((e for _, e in self.content), max))  # furthest end so far
        self.sent_of = {}
        self.sent_ents = []  # each sentence's named entities by sentence number, as `Span.ents` gives them (below)
        for si, s in enumerate(doc.sents):
            self.sent_ents.append([])
            v = (si, s.start, s.end)
            for i in range(s.start, s.end):
                self.sent_of[i] = v
        # photo captions left in the text ("Benjamin Layne, a retired porter, looks at ... ( THE CANADIAN PRESS
        # FILE PHOTO )"): page furniture, so nobody named only there is a "he"/"she" of the story
        self.captions = [(m.start(), m.end()) for m in CAPTION_LINE.finditer(self.text)]
        self.credits = [(m.start(), m.end()) for m in INLINE_CREDIT.finditer(self.text)]
        self.label_votes = {}
        self.described = set()  # names the NER did not tag PERSON that the text describes as one (described.py)
        from spacy.symbols import PROPN

        # every Token object made once (doc[i] and iterating the doc or a span make a new one each time); the proper
        # nouns' positions from the doc's POS array
        toks = self.toks = list(doc)
        self.propn_at = (doc.to_array("POS") == PROPN).nonzero()[0].tolist()
        # capitalised words the article puts right after a title ("Hereditary Chief Na'moks", "Mr Heappey")
        self.titled = set()
        for prev, t in zip(toks[:-1], toks[1:], strict=True):
            if t.text[:1].isupper() and (prev.lower_.strip(".") in HONORIFIC_GENDER or (
                    prev.text[:1].isupper() and fold(prev.text).strip(".") in TITLE_SET)):
                self.titled.add(fold(t.text))
        for e in doc.ents:
            v = self.label_votes.setdefault(fold(e.text), [0, 0])
            v[0 if e.label_ == "PERSON" else 1] += 1
            si, _, sent_end = self.sent_of[e.start]
            if e.end <= sent_end:  # wholly inside its sentence, as Span.ents has it
                self.sent_ents[si].append(e)
        for e in doc.ents:
            if e.label_ == "PERSON":
                self.add_mention(*self._person_entity_span(e))
        index_missed_names(self)  # described.py, titled.py
        self._add_known_surnames()
        gender_from_pronouns(self)

    def quotations(self) -> list[tuple[int, int]]:
        """The character spans of the article's quotations (`quotes.find_quotes`, the pairing every reader uses),
        found once per article: the words of quoted speakers, which the gender votes (`gender_votes`) and the bloc
        counts (`blocs`) leave out. A quotation left open at its paragraph's end counts only where its mark opens
        one (`quotes.opens_quotation`: after a space, the paragraph start, an opening bracket, a dash or a colon); a lone mark after a word
        or a comma is the close of a quotation broken over lines ('but promises," Kerr said, and she added ...'), and
        the narration after it is the reporter's."""
        if getattr(self, "_quotations", None) is None:
            text = self.text
            self._quotations = [q.span for q in find_quotes(text) if opens_quotation(text, q)]
        return self._quotations

    def bloc_facts(self):
        """The article's bloc facts (`blocs.article_facts`: another bloc introduced, the blocs named outside its
        quotations), found once per article, beside its quotations."""
        if getattr(self, "_bloc_facts", None) is None:
            self._bloc_facts = article_facts(self.doc, self.ref, self.quotations())
        return self._bloc_facts

    def _person_entity_span(self, e) -> tuple[int, int]:
        """A PERSON entity's span, mended where the small model cuts it wrong (a cue verb in it, a first name or an
        official's last word left out)."""
        doc = self.doc
        cue_forms = _cues.load()[1]
        st, end = e.start, e.end
        # a title-case headline's cue verb tagged as part of the name: "Obama Says African-American Museum ..."
        while end - st > 1 and doc[end - 1].is_title and doc[end - 1].lower_ in cue_forms and \
                doc[end - 1].lower_.endswith("s") and doc[end - 1].lower_ != cue_forms[doc[end - 1].lower_]:
            end -= 1
        # the small model often tags only the surname: "Mamadou [Dia]"
        while st > 0 and doc[st - 1].pos_ == "PROPN" and doc[st - 1].is_title and doc[st - 1].is_alpha \
                and doc[st - 1].dep_ == "compound" and e.start <= doc[st - 1].head.i < e.end \
                and not doc[st - 1].ent_type_ and fold(doc[st - 1].text) not in TITLE_SET \
                and not self.ref.place(doc[st - 1].text) and e.start - st < 2 and not self._date_or_credit(st - 1):
            st -= 1
        # ... or splits an official's name: "[Ursula von der]PERSON [Leyen]GPE" (one more word at most; the
        # officials table is asked only when a proper noun follows)
        if end < len(doc) and end - st < 5 and doc[end].pos_ == "PROPN" and \
                self.ref.official(doc[st:end + 1].text, self.date) is not None and \
                self.ref.official(doc[st:end].text, self.date) is None:
            end += 1
        return st, end

    def _add_known_surnames(self):
        """Proper-noun runs the small model tagged ORG/GPE or nothing ("Defense Lloyd Austin", "Kuleba") whose last
        word is the surname of a person already found in the article, or of an official (when not tagged a place)."""
        doc, toks = self.doc, self.toks
        n, nxt = len(toks), 0
        for i in self.propn_at:
            if i < nxt or i in self.tok_person:
                continue
            j = i
            while j < n and (toks[j].pos_ == "PROPN" or toks[j].text in {"-"}) and j not in self.tok_person:
                j += 1
            while i < j - 1 and self._date_or_credit(i):  # "On [Thursday] Wang said"
                i += 1
            run = doc[i:j]
            name, lead = clean_name(run.text)
            ws = fold(name).split()
            if ws and name[:1].isupper():
                known = ws[-1] in self.by_key or first_word_alone(self.people, ws, doc[i:j + 1])  # "Wang" (Wang Yi)
                labels = {t.ent_type_ for t in run} - {""}
                # (the small model often tags a surname GPE or ORG: "Scholz"; the gazetteer, not the tag, says what is a
                # place)
                off = None if known or labels & {"LOC", "FAC", "NORP"} else self.ref.official(name, self.date)
                if (known or off is not None) and not self.ref.place(name) and len(ws) <= 4:
                    k = i
                    if off is not None:  # the lower-case particles of the official's name: "von der [Leyen]"
                        full = fold(off.name).split()
                        while k > 0 and j - k < len(full) and not toks[k - 1].is_title and \
                                fold(toks[k - 1].text) == full[-(j - k) - 1] and k - 1 not in self.tok_person:
                            k -= 1
                    self.add_mention(k, j)
                elif not labels - {"PERSON"} and 2 <= j - i <= 3 and run.root.dep_ in SUBJ_DEPS and all(
                        t.is_title and t.is_alpha and t.lower_ not in ORG_HEADS and t.lower_ not in GOV_HEADS
                        and fold(t.text) not in NOT_NAME_WORDS and not self.ref.place(t.text) for t in run):
                    # a "Firstname Lastname" subject the NER missed ("Mamadou Dia was on a business trip")
                    self.add_mention(i, j)
            nxt = max(j, i + 1)

    # ------------------------------------------------------------------ building
    def in_content(self, i: int) -> bool:
        """Whether token i starts inside a content span; asked again and again of the same mentions
        (`persons_before` walks every mention on each call), so each token's answer is kept."""
        hit = self._in_content.get(i)
        if hit is None:
            # some span starts at or before c and ends after it: of the spans starting at or before c (sorted), the
            # furthest end is past c
            c = self.doc[i].idx
            k = bisect.bisect_right(self._content_starts, c)
            hit = self._in_content[i] = k > 0 and self._content_reach[k - 1] > c
        return hit

    def _spelling_variants(self, key: str, given: str) -> list[Person]:
        """The people of a variant spelling of this surname in the article ("Zelanski", "Zielnski", "Zelnski")."""
        for k2, ps in self.by_key.items():
            # against the key and against each surname as the article wrote it ("Złenski" of an official
            # keyed "zelensky")
            forms = {k2} | {fold(n).split()[-1] for q in ps for n, _ in q.names if n.split()}
            if any(f[:1] == key[:1] and len(f) >= 5 and difflib.SequenceMatcher(None, f, key).ratio() >= 0.8
                   for f in forms):
                if not given or any(not q.given or givens_agree(q.given, given) for q in ps):
                    return ps
        return []

    def _person_for(self, name: str, tok_i: int) -> Person | None:
        """Find or make the person a (title-stripped) name belongs to."""
        off = self.ref.official(name, self.date)
        ws = fold(name).split()
        if not ws:
            return None
        key = fold(off.name).split()[-1] if off else ws[-1]
        given = ws[0] if len(ws) > 1 else ""
        cands = self.by_key.get(key, [])
        if not cands and not given:
            # a first name alone ("Alfonso") for the one person of that first name ("Alfonso Espinos")
            firsts = [q for q in self.people if q.given == key and len(q.canonical.split()) > 1]
            if len({id(q) for q in firsts}) == 1:
                return firsts[0]
        if not cands and len(key) >= 5:
            cands = self._spelling_variants(key, given)
        if len(ws) > 1 and (p := particle_surname_person(cands, ws)) is not None:
            return p  # "Beth Van Schaack" ... "Van Schaack" (name_forms.py)
        if given:
            same = [p for p in cands if p.given and givens_agree(p.given, given)]
            nogiven = [p for p in cands if not p.given and not names_another(p.official, given, self.date, self.text)]
            if same:
                return same[-1]
            if nogiven:
                p = nogiven[-1]
                p.given = given
                return p
            if cands and off and cands[-1].official is off and not names_another(off, given, self.date, self.text):
                return cands[-1]
        elif cands:
            # a bare surname: the most recently mentioned person of that name
            return max(cands, key=lambda p: max((i for _, i in p.names), default=-1) if any(i <= tok_i for _, i in p.names) else -1)
        p = Person(key)
        p.given = given
        p.official = off
        self.people.append(p)
        self.by_key.setdefault(key, []).append(p)
        return p

    def add_mention(self, start: int, end: int, label_ok: bool = True) -> Person | None:
        """Index the name at doc[start:end] as a mention of a person (found or made); None if it names nobody."""
        doc = self.doc
        while start < end - 1 and (doc[start].pos_ in _LEADING_POS and doc[start].lower_ not in NAME_PARTICLES
                                   or self._date_or_credit(start)):
            start += 1  # "Further Lukashenko", "And Biden"; "In [November] Sunak said", ".../[EPA] Duda told"
        span = doc[(start := name_start(doc, start, end)):end]  # "[Affairs] Radosław Sikorski" (name_forms.py)
        # split off leading title words the NER swallowed ("President Zelensky", "Defence Minister Boris Pistorius")
        name, lead = clean_name(span.text)
        if self._not_a_name(start, end, name):
            return None
        i0 = start
        while i0 < end and doc[i0].text in lead:
            i0 += 1
        p = self._person_for(name, start)
        if p is None:
            return None
        if not any(i == start for _, i in p.names):
            p.names.append((name, start))
        p.first_i = min(p.first_i, start)
        if not p.canonical or len(name.split()) > len(p.canonical.split()) or (
                len(name.split()) == len(p.canonical.split()) and start < p.canon_i):
            p.canonical = name
            p.canon_i = start
        if p.official is None:
            # a surname alone is the person the article named in full ("Sarah Moore" ... "Moore" is not the
            # official Richard Moore): asked with the given name already known
            p.official = self.ref.official(name if len(name.split()) > 1 or not p.given else f"{p.given} {name}",
                                           self.date)
        self._note_context(p, start, end, i0, lead)
        root = span.root
        is_subj = root.dep_ in SUBJ_DEPS or (root.dep_ in {"appos", "compound"} and root.head.dep_ in SUBJ_DEPS) \
            or _appos_of_subject_phrase(root)
        sent = self.sent_of.get(start, (0, 0, 0))
        self.mentions.append((start, end, p, is_subj, sent[0]))
        for i in range(start, end):
            self.tok_person[i] = p
        return p

    def _note_context(self, p: Person, start: int, end: int, i0: int, lead: list[str]) -> None:
        """What the words around a mention say of the person: honorifics (gender), an age or a descriptor noun
        (evidence of a person), a role and country."""
        doc = self.doc
        for w in lead:
            g = HONORIFIC_GENDER.get(w.lower().strip("."))
            if g:
                p.gender_votes[g] += 3
            if w.lower().strip(".") in HONORIFIC_GENDER or w.lower().strip(".") in HONORIFIC_TITLES:
                p.honorific = True
        prev = doc[start - 1].lower_.strip(".") if start > 0 else ""
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and len(doc[end + 1].text) <= 3:
            p.evidence += 2  # "Babatunji Farinloye, 50,"
        if start > 0 and doc[start - 1].pos_ == "NOUN" and doc[start - 1].is_lower:
            p.evidence += 1  # "accountant Babatunji Farinloye"
        if prev in HONORIFIC_GENDER:
            p.gender_votes[HONORIFIC_GENDER[prev]] += 3
            p.honorific = True
        role = role_of(self, start, end, i0, lead)
        if role:
            r, c = split_country(self.ref, role)
            p.roles.append(r)
            if not p.role:
                p.role = r
            p.country = p.country or c
            # a title before the name, the name in apposition to a role noun: "A spokesman for the Israeli army, Rear
            # Admiral Daniel Hagari" is a spokesman too ("..., added IDF spokesman": descriptions.py)
            head_role = appositive_head_role(self, start, end)
            if head_role and head_role != role:
                r2, c2 = split_country(self.ref, head_role)
                p.roles.append(r2)
                p.country = p.country or c2
        if not p.country:  # "X, a Democrat from Michigan,", "Republican Senator X"
            p.country = party_state_country(self, start, end)

    def _split_country(self, role: str) -> tuple[str, str]:
        """'German Defence Minister' -> ('Defence Minister', 'Germany') (roles.split_country)."""
        return split_country(self.ref, role)

    # ------------------------------------------------------------------ queries
    def name_of(self, p: Person) -> str:
        if record.USE_OFFICIAL_NAMES and p.official is not None:
            return p.official.name
        if p.official is not None and official_spelling_wins(p.canonical, [n for n, _ in p.names], p.official):
            return p.official.name
        return p.canonical

    def role_country(self, p: Person):
        role, country = p.role, p.country
        off = p.official
        valid = off is not None and off.valid(record.as_date(self.date))
        if off is not None and valid:
            # the holder at the article's date (officials.csv may list several terms)
            cur = self.ref.official(off.name, self.date) or off
            role = role or cur.role
            country = country or cur.country
        elif off is not None:
            country = country or off.country
        return role, country

    def is_official(self, p: Person, role: str) -> bool:
        r = self.ref.role_official(role) if role else None
        if r is not None:
            return r
        off = p.official
        return bool(off is not None and off.official and off.valid(record.as_date(self.date)))

    def credit_at(self, i: int) -> tuple[int, int] | None:
        """(start, end) characters of the inline photo credit holding token i, else None."""
        a = self.doc[i].idx
        return next(((lo, hi) for lo, hi in self.credits if lo <= a < hi), None)

    def in_caption(self, i: int) -> bool:
        a = self.doc[i].idx
        return any(lo <= a < hi for lo, hi in self.captions)

    def persons_before(self, i: int, window_sents: int = 8):
        si = self.sent_of.get(i, (0, 0, 0))[0]
        return [m for m in self.mentions if m[0] < i and si - m[4] <= window_sents and not self.in_content(m[0])
                and not (self.captions and self.in_caption(m[0]))]


def _appos_of_subject_phrase(root) -> bool:
    """A name in apposition to a subject's title that the parser hung on the last noun of the title's "of" phrases
    ("The deputy head of Russia's defence council, Ivan Sobolev, said": "Sobolev" appos of "council", pobj of
    "of", prep of the subject "head"): the name is the subject, as "The governor, X, said" is, where the subject
    comes before its verb."""
    if root.dep_ != "appos" or root.head.dep_ != "pobj":
        return False
    t = root.head
    while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in {"NOUN", "PROPN"} and t.head.head.i < t.i:
        t = t.head.head
    return t.dep_ in SUBJ_DEPS and t.i < t.head.i  # (before its verb: no inverted "Among them are the mayor of X, Y")

