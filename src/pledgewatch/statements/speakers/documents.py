"""Documents that speak: "the report said" -> whoever issued the report.

'X's report', 'a report by X', 'a statement from X', 'X released a report', 'X said in a report', 'the X report', 'a
document on X's website'; this mention first, then the article's earlier mentions of the same document word, then of
any document word ('X has published an analysis ... The report stated').

A mixin of `Resolver` (resolver.py); it uses `self.doc`, `self.idx`, `self.ref`, `self.prev`.
"""

from __future__ import annotations

from ..names import fold
from ..quotes import QUOTE_CHARS
from .record import speaker_record, strip_det
from .words import (
    DEFINITE_DETS,
    DESC_HEADS,
    DOC_HEADS,
    DOC_WORKS,
    GOV_HEADS,
    ISSUE_VERBS,
    ISSUER_SUBJECT_VERBS,
    OUTLET_PLACES,
    PRON_ALL,
    SPEAK_IN_VERBS,
)

NO_SOURCE_REASON = "a document with no source named, no speaker"
_NAME_ENTS = {"PERSON", "ORG", "GPE", "FAC", "LOC"}
_ISSUING = ISSUE_VERBS | ISSUER_SUBJECT_VERBS  # a verb of issuing by its subject or passive: "X unveiled a plan"


def names_someone(span) -> bool:
    """A document mention that names someone itself: a proper noun other than a nationality, or a word of a name
    entity ("a 2015 Pew Research survey", "a U.S. spy report", "the statement of the Polish presidency"; not
    "a Russian report"). Such a mention is its own source, as written: neither an earlier organisation nor the one
    speaking in the next sentence (document_neighbours.py) is taken for it."""
    return any((t.pos_ == "PROPN" and t.ent_type_ != "NORP") or t.ent_type_ in _NAME_ENTS for t in span)


class DocumentsMixin:
    def _author_of_document(self, s, e, head, plural=False):
        """'the report' -> the organisation or person that issued it (see the module docstring); None if nobody."""
        doc, idx = self.doc, self.idx
        lemma = head.lemma_.lower()
        # (a document named in reported speech is the narrator's: "The G7 ministers issued a statement, Reuters
        # reported. The statement said ..." is the ministers', not the outlet's)
        # (the headline's document word is the article itself, "Front-line update: the day in Kharkiv ...", never
        # a document someone issued: no antecedent of "The latest intelligence update said" in the text)
        title_end = int(self.article.get("title_chars") or 0)
        title_end = title_end if head.idx >= title_end else 0
        before = [t for t in doc[:s] if t.pos_ == "NOUN" and t.idx >= title_end and (not idx.in_content(t.i) or (
            (t.lemma_.lower() == lemma or t.lemma_.lower() in DOC_WORKS) and self._reported_content(t.i)))]
        same = [t for t in reversed(before) if t.lemma_.lower() == lemma]
        other = [t for t in reversed(before) if t.lemma_.lower() != lemma and t.lemma_.lower() in DOC_WORKS]
        if plural:  # "The reports" after "reports by media outlets ...": only the same word, only if definite
            other = []
            if head.i == s or self.doc[s].lower_ not in DEFINITE_DETS:
                same = []
        for h in [head] + same:
            rec = self._adjacent_sources().get(h.i) or self._source_record(self._document_source(h))
            if rec is not None:
                return rec
        if plural:
            return None
        indefinite = self.doc[s].lower_ in {"a", "an"}
        if indefinite:  # "..., a report has warned. ..., the aid group Oxfam said" (document_neighbours.py)
            rec = self._adjacent_source(head, s, e)
            if rec is not None:
                return rec
        for h in other:
            rec = self._source_record(self._document_source(h))
            if rec is not None:
                return rec
        for h in self._named_again(head):
            rec = self._source_record(self._document_source(h))
            if rec is not None:
                return rec
        if names_someone(self.doc[s:e]):
            return None  # "a 2015 Pew Research survey", "the statement of the leadership ... Belarus": as written
        for h in self._speech_nouns_near(head, before):
            src = self._attached_source(h) or self._of_name(h)
            if src is None or self.doc[src[0]:src[1]].root.lower_ in DOC_HEADS:
                continue  # (a source that is itself a document word is no issuer named)
            rec = self._source_record(src)
            if rec is not None and not self._document_as_written(rec):
                return rec
        if self.prev is not None and self.prev["speaker_type"] == "organization" and not self._document_as_written(self.prev):
            return dict(self.prev)
        rec = None if indefinite else self._adjacent_source(head, s, e)
        if rec is not None:  # a definite document no source before fits: the organisation speaking right after it
            return rec
        # "the lawsuit says", "An article ... reported", "The update added" with no issuer named anywhere before:
        # no speaker (never the person the passage is about, never the word as an organisation)
        return speaker_record("UNKNOWN", "unknown", reason=NO_SOURCE_REASON)

    def _speech_nouns_near(self, head, before):
        """The speech and document nouns (`doc_heads`, not `doc_works`, which `_author_of_document` reads already)
        before the mention, outside any statement's content, that head an "in" phrase opening the mention's own
        sentence: "In the official announcement of the Kremlin, the words ... : "A," ... say" (the Kremlin, named
        right before, whatever statement rows stand between; round 39: the previous row's organisation, the fallback
        below, moved when a row was found between). Not a speech noun elsewhere, which is another thing than the
        document ("In response to the remarks of Lavrov, Kuleba said ... The document says", "posters with the words
        of Shevchenko. The letter says": round 39's review)."""
        opening = self._opening_in(head)
        if opening is None:
            return []
        lemma = head.lemma_.lower()
        return [t for t in reversed(before) if t.head.i == opening.i and t.dep_ == "pobj" and t.lower_ in DOC_HEADS
                and t.lemma_.lower() not in DOC_WORKS and t.lemma_.lower() != lemma and not self.idx.in_content(t.i)]

    def _opening_in(self, head):
        """The preposition "in" that opens the sentence of token head (past punctuation), or None; a sentence the
        parse ended at a colon or quotation mark inside the phrase's clause goes on from the one before it."""
        doc = self.doc
        sent = head.sent
        for _ in range(2):
            k = sent.start
            while k < sent.end and (doc[k].is_punct or doc[k].is_space):
                k += 1
            if k < sent.end and doc[k].lower_ == "in" and doc[k].dep_ == "prep":
                return doc[k]
            if sent.start == 0 or doc[sent.start - 1].text not in {":", *QUOTE_CHARS} and \
                    doc[sent.start].text not in QUOTE_CHARS:
                return None
            sent = doc[sent.start - 1].sent
        return None

    def _of_name(self, h):
        """(start, end) of the name in the document word's "of" phrase ("the official announcement of the Kremlin"),
        else None."""
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                o = next((x for x in c.children if x.dep_ == "pobj" and x.pos_ == "PROPN"), None)
                if o is not None:
                    return o.left_edge.i, self._name_end(o)
        return None

    @staticmethod
    def _document_as_written(rec) -> bool:
        """A record that is a document word as written ("email", "report"), no issuer: never carried on."""
        words = fold(rec.get("speaker_name") or "").split()
        return bool(words) and (words[-1] in DOC_HEADS or words[-1] in DOC_WORKS)

    def _named_again(self, head):
        """The same document named again with its source in the rest of its sentence and the next two sentences,
        when nothing before names it: the same word ("according to a new poll. ... a Morning Consult poll found"),
        or a definite document word ("..., a new poll indicates. The survey, conducted by ... Public Policy
        Institute of California, ...", "a report said. The report, by the Conflict Observatory, ...")."""
        doc = self.doc
        lemma = head.lemma_.lower()
        sent = head.sent
        end = sent.end
        for _ in range(2):
            if end >= len(doc):
                break
            end = doc[end].sent.end
        for t in doc[head.i + 1:end]:
            if t.pos_ != "NOUN" or t.i == head.i:
                continue
            low = t.lemma_.lower()
            det = [c.lower_ for c in t.children if c.dep_ == "det"]
            if low == lemma or ((low in DOC_WORKS or t.lower_ in DOC_HEADS) and det[:1] in (["the"], ["this"])):
                yield t

    def _source_record(self, src):
        """The speaker record of a document's source span (start, end), or None."""
        if src is None:
            return None
        st, en = src
        if all(t.ent_type_ in {"DATE", "TIME"} or t.is_punct for t in self.doc[st:en]):
            return None  # a dateline's date is no source ("WASHINGTON, Aug. 24 (UPI) — ... called a report")
        p, _ = self._person_in(st, en)
        text = self.doc[st:en].text
        root = self.doc[st:en].root
        rec = self._person_record(p) if p is not None else self.resolve_mention(st, en, text, recurse=False)
        if rec["speaker_type"] == "person" and root.pos_ == "PROPN" and root.ent_type_ == "WORK_OF_ART":
            # "an article in the Evening Standard": a publication, even where the index took it for a person
            return speaker_record(strip_det(text), "organization", "", self.ref.find_country(text), False)
        if p is not None:
            return rec
        if rec["speaker_type"] == "person" and rec.get("_person") is not None and not self._describes_person(st, en):
            # "assessments made by ... U.S. intelligence community": the source is what the phrase names, never the
            # person the passage was about (the common-noun fallback of resolve_mention)
            name = strip_det(text)
            return speaker_record(name, "organization", "", self.ref.find_country(text),
                                  any(fold(w) in GOV_HEADS for w in name.split()))
        if rec["speaker_type"] in {"organization", "person", "group"} and rec["speaker_name"] != "UNKNOWN":
            return rec
        return None

    def _describes_person(self, st, en) -> bool:
        """The span could stand for a person named elsewhere: a role or a person-describing head ("the minister")."""
        head = self.doc[st:en].root
        return bool(self.ref.role_matches(self.doc[st:en].text)) or head.lower_ in DESC_HEADS or \
            head.pos_ in {"PROPN", "PRON"}

    def _source_obj(self, prep):
        """The object of 'by X' / 'from X' after a document word; 'from' only with a source, not a place or time
        ('reports from Kyiv', 'a statement from Monday')."""
        objs = [x for x in prep.children if x.dep_ == "pobj"]
        if not objs:
            return None
        o = objs[0]
        if self.idx.tok_person.get(o.i) is not None:
            return o.left_edge.i, o.right_edge.i + 1  # "an email from Lister on 16 September": a person speaks
        if prep.lower_ == "from":
            place = self.ref.place(self.doc[o.left_edge.i:o.right_edge.i + 1].text)
            if o.ent_type_ in {"DATE", "TIME", "LOC", "FAC"} or o.pos_ == "NUM" or (
                    place is not None and place.get("kind") not in {"country", "body"}) or (
                    place is None and o.ent_type_ == "GPE"):
                return None  # "reports from Kyiv", "a statement from Monday"; "a statement from the EU" speaks
        return o.left_edge.i, o.right_edge.i + 1

    def _attached_source(self, h):
        """The source the document word's own phrase names: 'X's report', 'a report by/from X', 'a report released
        by X', 'a document ... on X's website'."""
        for c in h.children:
            if c.dep_ == "poss" and c.lower_ not in PRON_ALL:
                return c.left_edge.i, c.i + 1
            if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"}:
                src = self._source_obj(c)
                if src is not None:
                    return src
            if c.dep_ == "prep" and c.lower_ == "in":
                # "An article in the Evening Standard reported", "a report in the New York Times"
                o = next((x for x in c.children if x.dep_ == "pobj" and x.pos_ == "PROPN"
                          and x.ent_type_ in {"ORG", "WORK_OF_ART", ""}), None)
                if o is not None and not self.ref.place(self.doc[o.left_edge.i:self._name_end(o)].text):
                    return o.left_edge.i, self._name_end(o)  # (not a place: "a report in Kyiv")
            if c.dep_ == "acl" and c.lemma_ in ISSUE_VERBS:  # (not `issuer_subject_verbs`: "a statement read by ...")
                for a in c.children:
                    if a.dep_ in {"agent", "prep"} and a.lower_ in {"by", "from"}:
                        src = self._source_obj(a)
                        if src is not None:
                            return src
        # "a document titled ... on Canadian Pacific Railway's website", "a post on its Telegram channel"
        for t in h.subtree:
            if t.dep_ == "pobj" and t.lemma_.lower() in OUTLET_PLACES and t.head.lower_ in {"on", "in"} \
                    and t.head.head.i != h.head.i:
                poss = [c for c in t.children if c.dep_ == "poss" and c.lower_ not in PRON_ALL]
                if poss:
                    return poss[0].left_edge.i, poss[0].i + 1
        return None

    def _issuer_by_verb(self, h):
        """'X released/published a report', 'X said in a statement', 'a report was issued by X': the verb's subject
        (with its "of" phrase) or agent. A verb with the document as its object or passive subject names its issuer
        only where it is a verb of issuing (`issue_verbs`): "Kyiv rejected the report", "the paper obtained a memo",
        "X cited a study" name no issuer."""
        v = None
        if h.dep_ in {"dobj", "nsubjpass"} and h.head.pos_ == "VERB" and h.head.lemma_.lower() in _ISSUING:
            v = h.head
        elif h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.head.pos_ == "VERB" and (
                h.head.lower_ in {"in", "through", "via"} or h.head.head.lemma_.lower() in _ISSUING):
            # "X said in a statement", "X responded through a letter"; not "Its salvo began with a Web ad"
            v = h.head.head
        if v is None:
            return None
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if subj and subj[0].lower_ not in PRON_ALL and subj[0].i != h.i:
            name = self._appositive_name(subj[0])
            if name is not None:
                return name
            # with its "of" phrase: "The office of ... US National Intelligence Director ... published ...", and a
            # name's capitalised for/of phrase: "The Institute for the Study ... War published a new report"
            end = self._name_end(subj[0]) if subj[0].pos_ == "PROPN" else subj[0].i + 1
            for c in subj[0].rights:
                if c.dep_ == "prep" and c.lower_ == "of" and not any(t.is_punct for t in c.subtree):
                    end = c.right_edge.i + 1
            return subj[0].left_edge.i, end
        agent = [c for c in v.children if c.dep_ == "agent"]
        if agent:
            objs = [x for x in agent[0].children if x.dep_ == "pobj"]
            if objs:
                return objs[0].left_edge.i, self._name_end(objs[0])
        if h.dep_ == "nsubjpass" and v.lemma_.lower() in _ISSUING:
            # "an email was sent from ... club's executive director, Jeremy ..."
            for c in v.children:
                if c.dep_ == "prep" and c.lower_ == "from":
                    return self._source_obj(c)
        return None

    def _appositive_name(self, tok):
        """(start, end) of the proper name in apposition to a described issuer, else None: "The upper house of ...
        Polish parliament, the Senate, ... passed a resolution" -> "the Senate"; "The country's top court, the
        Constitutional Court, issued a ruling" -> "the Constitutional Court"."""
        for c in tok.rights:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                return c.left_edge.i, self._name_end(c)
        for c in tok.rights:  # (the apposition hung on the "of" phrase's object)
            if c.dep_ == "prep" and c.lower_ == "of":
                for o in c.children:
                    for a in o.rights:
                        if a.dep_ == "appos" and a.pos_ == "PROPN":
                            return a.left_edge.i, self._name_end(a)
        return None

    def _name_end(self, tok) -> int:
        """End of the name headed by tok, with its capitalised "for"/"of" phrases: "the Institute[ for the Study of
        War]", "... Institute[ for Economics and Peace]", "the Ministry[ of Defence]"; a lower-case phrase stays out
        ("the ministry[ of the country]")."""
        end = tok.i + 1
        for c in tok.rights:
            if c.dep_ != "prep" or c.lower_ not in {"for", "of"} or c.i != end:
                break
            words = [t for t in self.doc[c.i + 1:c.right_edge.i + 1] if t.is_alpha and t.lower_ not in {"the", "and", "of", "for"}]
            if not words or not all(t.is_title or t.is_upper for t in words):
                break
            end = c.right_edge.i + 1
        return end

    def _document_source(self, h):
        """(start, end) of the source of the document word h, else None."""
        # "Jason Schultz stated in the company's blog post": who speaks in the document, before whose it is
        if h.dep_ == "pobj" and h.head.lower_ == "in" and h.head.head.pos_ == "VERB" and \
                h.head.head.lemma_.lower() in SPEAK_IN_VERBS:
            subj = [c for c in h.head.head.children if c.dep_ == "nsubj" and c.lower_ not in PRON_ALL]
            if subj:
                return subj[0].left_edge.i, subj[0].i + 1
        src = self._attached_source(h)
        if src is not None:
            return src
        src = self._issuer_by_verb(h)
        if src is None and h.dep_ == "compound" and h.head.pos_ == "NOUN":
            src = self._issuer_by_verb(h.head)  # "Clinton's campaign sent out ... email fundraising appeal"
        if src is not None:
            return src
        # "the Conflict Observatory report", "a Reuters report"
        comp = [c for c in h.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < h.i]
        if comp and not self._dated_title(h, comp[0].left_edge.i):
            return comp[0].left_edge.i, comp[-1].i + 1
        return None

    def _dated_title(self, h, first: int) -> bool:
        """A year or date before the proper nouns of a document phrase makes them its title, not its author: "the
        2024 Annual Threat assessment", "the 2023 Global Peace Index report", "the 2022 Country Reports"."""
        return any(t.ent_type_ == "DATE" or t.pos_ == "NUM" for t in self.doc[h.left_edge.i:first])
