"""The resolver of one article: each row's mention at its cue -> a speaker record, in text order.

`Resolver(doc, rows, article)` builds the article's mention index (index.py), adds the proper names at cues that
the NER missed, then `resolve_row(row)` picks the branch for the mention: no mention (the previous speaker),
he/she, it/they, who/which, I/we (pronouns.py), or a noun phrase (mention.py, which hands descriptions, documents
and organisations to descriptions.py, documents.py and organisations.py). Every branch returns a record of
record.speaker_record; `prev`, `prev_i` and `history` carry the previous rows' speakers.
"""

from __future__ import annotations

import re

from ..names import fold
from .credited import CreditedMixin
from .descriptions import DescriptionsMixin
from .document_neighbours import DocumentNeighboursMixin
from .documents import DocumentsMixin
from .fragments import FragmentsMixin
from .index import ArticleIndex
from .label_namers import LabelNamersMixin
from .mention import MentionMixin
from .organisations import OrganisationsMixin
from .outlet_descriptions import OutletDescriptionsMixin
from .owners import OwnersMixin
from .person import Person
from .personal import PersonalMixin
from .posts import PostsMixin
from .pronouns import PronounsMixin
from .questions import QuestionsMixin
from .record import RELATIVE_NO_ONE, speaker_record, strip_det
from .relayed import RelayedMixin
from .spans import SpansMixin
from .transcripts import TranscriptsMixin
from .words import PRON_1, PRON_ALL, PRON_F, PRON_IT, PRON_M, PRON_PL, PRON_REL

# a token with a sentence end inside it: "6).The", "Friday).The", "Ukraine.The"
_GLUED_STOP = re.compile(r"[\w)\]][.!?)]+[\"”’']?[A-Z][a-z]")
# quotation marks the tokenizer leaves glued to the next word after a closing quote ('past."He emphasized')
_QUOTE_MARKS = "\"“”'‘’«»„"


class Resolver(MentionMixin, OwnersMixin, PronounsMixin, QuestionsMixin, PostsMixin, DescriptionsMixin,
               DocumentsMixin, DocumentNeighboursMixin, OrganisationsMixin, SpansMixin, FragmentsMixin, RelayedMixin,
               PersonalMixin, OutletDescriptionsMixin, TranscriptsMixin, LabelNamersMixin,
               CreditedMixin):
    def __init__(self, doc, rows, article, nesting="inner"):
        self.doc = doc
        self.nesting = nesting  # "outer" (PolNeAR): a reporter keeps what it relays (relayed.py)
        self.article = article
        spans = []
        for r in rows:
            cs, ce = r.get("char_start"), r.get("char_end")
            if cs is not None and ce is not None:
                spans.append((int(cs), int(ce)))
        self.idx = ArticleIndex(doc, article, spans)
        self.ref = self.idx.ref
        self._index_cue_names(rows)
        self.history = []     # resolved records of the rows so far, in text order
        self.prev = None      # resolved record of the previous row
        self.prev_i = None    # token index of the previous row's mention/cue
        self.cur_row = None   # the row being resolved (fragments.py reads its content offsets)

    def _index_cue_names(self, rows):
        """Proper names at cues that the NER did not tag as PERSON; people named at a cue are marked `at_cue`."""
        doc = self.doc
        n_people = len(self.idx.people)
        self.cue_tokens = set()  # tokens of the rows' mentions at their cues (described_near._introduced_next)
        self.cue_spans = []      # those mentions' token spans, in text order (documents._next_source)
        self.cue_heads = {int(r["cue_i"]) for r in rows if r.get("cue_i") is not None}  # the rows' cue tokens
        for r in rows:
            sp = r.get("speaker_span")
            if sp:
                self.cue_tokens.update(range(int(sp[0]), int(sp[1])))
                self.cue_spans.append((int(sp[0]), int(sp[1])))
                run = self._trailing_name(int(sp[0]), int(sp[1]))
                if run:
                    self.idx.add_mention(*run)
                for i in range(int(sp[0]), int(sp[1])):
                    q = self.idx.tok_person.get(i)
                    if q is not None and (len(q.canonical.split()) > 1 or doc[i].ent_type_ == "PERSON"):
                        q.at_cue = True
        if len(self.idx.people) > n_people:
            # people first found at a cue ("Guenther Schuh, e.GO's founder, said"): their surname alone elsewhere
            # ("Schuh is aware ...", which the NER calls a nationality) is them too
            self.idx._add_known_surnames()

    def _noun_chunks(self):
        """doc.noun_chunks, listed once per article (the syntax iterator walks the doc again on every access)."""
        if getattr(self, "_nc", None) is None:
            self._nc = list(self.doc.noun_chunks)
        return self._nc

    def _person_record(self, p: Person, desc_role: str = "", desc_country: str = ""):
        """A person's record: name, role and country from the text, else from the description or officials.csv."""
        role, country = self.idx.role_country(p)
        if not role and desc_role:
            role = desc_role
        country = country or desc_country or self.ref.role_country(" ; ".join([role] + p.roles))
        return speaker_record(self.idx.name_of(p), "person", role, country, self.idx.is_official(p, role), p)

    # ---------------------------------------------------------- one row
    def _mention_span(self, r):
        """(start, end, text) of the row's mention with quote marks, punctuation and dangling function words
        trimmed at the edges ('"He', 'X on'); sets the row's speaker_text if empty. (None, None, "") if none."""
        doc = self.doc
        sp = r.get("speaker_span")
        if not sp:
            return None, None, ""
        s, e = int(sp[0]), int(sp[1])
        s, e = max(0, s), min(len(doc), e)
        if e > s and not r.get("speaker_text"):
            r["speaker_text"] = doc[s:e].text
        while s < e and (doc[s].is_punct or doc[s].is_space):
            s += 1
        while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space or (
                e - s > 1 and doc[e - 1].pos_ in {"ADP", "CCONJ", "DET", "SCONJ"}
                and doc[e - 1].lower_ not in {"'s", "’s"})):
            e -= 1
        s, lead = self._after_glued_stop(s, e)
        if e > s:
            return s, e, (lead + " " if lead else "") + doc[s:e].text
        return None, None, ""

    def _after_glued_stop(self, s, e) -> tuple[int, str]:
        """A mention that runs across a full stop the tokenizer glued ("January 6).The authorities", "Friday).The
        prosecutors") starts after it: the words before belong to the previous sentence. (start, the glued token's
        word after the stop, "The", kept in the mention's text)."""
        for k in range(e - 2, s - 1, -1):
            m = _GLUED_STOP.search(self.doc[k].text)
            if m:
                return k + 1, self.doc[k].text[m.end() - 2:]
        return s, ""

    def _anchor(self, r, s):
        """The token a mention-less row is placed at: its mention, its cue, else its content's first token."""
        anchor = s if s is not None else r.get("cue_i")
        if anchor is None and r.get("char_start") is not None:
            sp2 = self.doc.char_span(int(r["char_start"]), min(len(self.idx.text), int(r["char_start"]) + 1),
                                     alignment_mode="expand")
            anchor = sp2.start if sp2 is not None else None
        return anchor

    def resolve_row(self, r):
        """(record, anchor token) of one row: the branch its mention calls for."""
        self.cur_row = r
        s, e, mention = self._mention_span(r)
        if s is not None and self.nesting == "inner":
            inner = self.relayed_source(r, s, e)  # "B said X, according to A" -> B (relayed.py)
            if inner is not None:
                s, e = inner
                mention = r["speaker_text"] = self.doc[s:e].text
                r["speaker_span"] = (s, e)
        s, e, mention, rec = self._through_relative(r, s, e, mention)  # "the Republican nomination, who"
        if rec is not None:
            return rec, self._anchor(r, s)
        if not r.get("speaker_text"):
            r["speaker_text"] = mention
        text = mention or (r.get("speaker_text") or "").strip(" \"“”'‘’«»,.:;")
        anchor = self._anchor(r, s)
        low = self._pronoun_form(text)
        if text.strip().isupper() and len(text.strip()) > 1:  # "US", "IT" are not pronouns
            low = "\x00" + low
        if not text.strip() or low in PRON_1:
            rec = self.signer_at(r)  # "I would be cautious ... — Franz-Stefan Gady (@HoansSolo) June 1, ..."
            if rec is not None:
                return rec, anchor
        if not text.strip():
            rec = self.transcript_speaker(anchor) if anchor is not None else None
            if rec is not None:  # a paragraph of a speech printed in full (printed.py)
                return rec, anchor
            if self.in_printed(anchor):
                return speaker_record("UNKNOWN", "unknown", reason="a printed speech with no speaker"), anchor
            if self.prev is not None and self.prev["speaker_name"] != "UNKNOWN":
                return dict(self.prev), anchor
            return speaker_record("UNKNOWN", "unknown", reason="no mention at the cue and no speaker before"), anchor
        if s is None:
            # text without a span: find it near the anchor
            s, e = self._locate(text, anchor)
            if s is None:
                return speaker_record(strip_det(text), "unknown"), anchor
        if self.idx.credits and self.idx.credit_at(s) is not None:
            return self._after_credit(r, s), s
        if low in PRON_M or low in PRON_F or low in PRON_IT or low in PRON_PL:
            rec = self.label_namer(r, s, low)  # "The platform launched tours to what it called ..."
            if rec is not None:
                return rec, s
        if low in PRON_M or low in PRON_F:
            return self.resolve_pronoun(s, "m" if low in PRON_M else "f"), s
        if low in PRON_IT or low in PRON_PL:
            return self.resolve_it_they(s, low), s
        if low in PRON_REL:
            return self.resolve_relative(s), s
        if low in PRON_1:
            rec = self.transcript_speaker(s)  # "The full text of the speech is provided below: ... I thank ..."
            if rec is not None:
                return rec, s
            if self.prev is not None:
                return dict(self.prev), self.prev_i
            return speaker_record("UNKNOWN", "unknown", reason="I/we with no speaker before"), s
        return self.resolve_mention(s, e, text), s

    def _through_relative(self, r, s, e, mention):
        """(start, end, mention, record or None) of a row whose speaker is a relative pronoun and whose span is the
        antecedent the finder took for it ("the leading contender for the Republican nomination, who"): the span
        `relative_antecedent` gives (pronouns.py), or an UNKNOWN record where it gives no one; else as given."""
        pronoun = fold(r.get("speaker_text") or "").strip()
        if s is None or pronoun not in PRON_REL or self.doc[s:e].text.strip().lower() in PRON_REL:
            return s, e, mention, None
        span = self.relative_antecedent(s, e, pronoun)
        if span is None:
            return s, e, mention, speaker_record("UNKNOWN", "unknown", reason=RELATIVE_NO_ONE)
        if span != (s, e):
            s, e = span
            mention = self.doc[s:e].text
        return s, e, mention, None

    @staticmethod
    def _pronoun_form(text: str) -> str:
        """The folded mention, with a quotation mark or dash the tokenizer glued to it dropped when what is left is
        one pronoun: '"He' of 'as in the past."He emphasized', '"She' of 'it was over."She added', '-he' of 'a price
        for it -he said'; a name keeps its marks (a quoted title is resolved as written)."""
        low = fold(text)
        bare = fold(text.strip(_QUOTE_MARKS + "-–—"))
        return bare if bare != low and bare in PRON_ALL else low

    def _after_credit(self, r, s):
        """A mention inside a photo credit glued to the text ("Photograph: Michael Kappeler/dpa/AFP Scholz said"):
        the person named between the credit and the cue, else UNKNOWN (a credit line is never a speaker)."""
        doc, idx = self.doc, self.idx
        hi = idx.credit_at(s)[1]
        cue = r.get("cue_i")
        stop = idx.sent_of.get(s, (0, 0, len(doc)))[2]
        if cue is not None and doc[min(cue, len(doc) - 1)].idx > hi:
            stop = min(stop, cue)  # (a name after the cue is not its speaker)
        for i in range(s, min(stop, len(doc))):
            p = idx.tok_person.get(i)
            if p is not None and doc[i].idx >= hi:
                return self._person_record(p)
        return speaker_record("UNKNOWN", "unknown", reason="a photo credit, no name after it")

    def _locate(self, text, anchor):
        """(start, end) of the occurrence of text nearest the anchor token, else (None, None)."""
        doc = self.doc
        best = None
        for m in re.finditer(re.escape(text), self.idx.text):
            sp = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if sp is None:
                continue
            d = abs(sp.start - anchor) if anchor is not None else sp.start
            if best is None or d < best[0]:
                best = (d, sp.start, sp.end)
        return (best[1], best[2]) if best else (None, None)
