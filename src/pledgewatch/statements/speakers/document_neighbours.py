"""An unnamed document's source named by the organisation that speaks right beside it.

Construction: a document that speaks with no source of its own ("a report said": no "by X", no "X's") in a sentence
followed by one where an organisation speaks:
    ..., a report has warned. ... could strain local services, the aid group Oxfam said.
    ..., a new study said. The Oslo-based Arctic Monitor said the ice had thinned ...
Wires and live blogs give the finding first and its source in the next sentence: the first organisation at a row's
cue there, outside any content (a name after a common noun that names no person, "the charity Mercy Corps", is a
body whatever the NER calls it). An indefinite document ("a report") takes it before any document word further
back; a definite one ("the report") refers back, so only when nothing before names its source
(`documents.DocumentsMixin._author_of_document`). The source found is the document's for its later mentions ("...,
the study said": `_adjacent_sources`).

Not taken: a news outlet that relays (an outlet reports what others found), a person, an organisation whose sentence
names the document again ("A report said X. Kyiv's general staff said the report was speculation": a response, not
the source), another document.

A mixin of `Resolver`, used by `documents.DocumentsMixin._author_of_document`.
"""

from __future__ import annotations

from ..names import fold
from .bodies import media_bodies
from .documents import names_someone
from .record import strip_det
from .words import DEFINITE_DETS, DESC_HEADS, DOC_HEADS, DOC_WORKS, PERSON_NOUNS


class DocumentNeighboursMixin:
    def _adjacent_sources(self) -> dict:
        """Document head token -> the source record this module found for it (read for a later mention of it)."""
        memo = getattr(self, "_doc_neighbours", None)
        if memo is None:
            memo = self._doc_neighbours = {}
        return memo

    def _adjacent_source(self, head, s: int, e: int):
        """The record of the organisation that names the source of the unnamed document headed by `head` (mention
        doc[s:e]; construction of the module docstring), else None; kept for the document's later mentions."""
        if names_someone(self.doc[s:e]):
            return None  # ("a 2019 Gallup survey", "a U.S. spy report": the mention names someone itself)
        rec = self._next_source(head, e, self.idx.sent_of.get(head.i, (0, 0, 0))[0])
        if rec is not None:
            self._adjacent_sources()[head.i] = rec
            return dict(rec)
        return None

    def _next_source(self, head, e: int, si: int):
        """The organisation at the first row's cue of the next sentence after the mention's, outside content, where
        that sentence does not name the document again (anywhere in it: "The report, the ministry said, was
        speculation" is a response); a cue later in the document's own sentence is another source ("..., a report
        has warned, while the central bank said ...")."""
        for cs, ce in getattr(self, "cue_spans", ()):
            if cs < e or self.idx.in_content(cs):
                continue
            sj = self.idx.sent_of.get(cs, (0, 0, 0))[0]
            if sj != si + 1:
                if sj > si + 1:
                    return None
                continue
            if any(self._names_again(t, head) for t in self.doc[cs].sent):
                return None  # ("... said the report was speculation": a response; not the verb, "..., AFP reported")
            if self.doc[cs:ce].root.lemma_.lower() in DOC_HEADS | DOC_WORKS:
                return None  # (another document: its own source, never this one's)
            rec = self.resolve_mention(cs, ce, self.doc[cs:ce].text)  # ("the charity[, X,]": widened to its name)
            if rec.get("speaker_type") == "person" and self._body_noun_before(cs, ce):
                rec = {**rec, "speaker_type": "organization", "_person": None}
            return rec if self._source_body(rec) else None
        return None

    @staticmethod
    def _names_again(t, head) -> bool:
        """Token t names the document headed by `head` again: the same noun with a definite or demonstrative
        determiner ("the report", "this study"); a bare or indefinite one is another ("..., a report has warned.
        False reports ... could cause harm, the charity said": the charity is the report's source)."""
        return t.pos_ == "NOUN" and t.lemma_.lower() == head.lemma_.lower() and any(
            c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in t.children)

    def _body_noun_before(self, cs: int, ce: int) -> bool:
        """The mention is a common noun that names no person before a name ("the charity Oxfam", "the watchdog
        X"): not a person noun, a description of a person or a role ("the analyst Jane Roe", "the minister X")."""
        end = self._widen_to_name(cs, ce, self.doc[cs:ce].text)[0]  # ("the charity[, Oxfam,]")
        nouns = [t for t in self.doc[cs:ce] if t.pos_ == "NOUN"]
        if not nouns or not any(t.pos_ == "PROPN" for t in self.doc[nouns[-1].i:end]):
            return False
        w = nouns[-1].lemma_.lower()
        return w not in PERSON_NOUNS and w not in DESC_HEADS and not self.ref.role_matches(w)

    def _source_body(self, rec) -> bool:
        """An organisation record that can issue a document: named, no news outlet, no document word itself."""
        name = rec.get("speaker_name") or ""
        return rec.get("speaker_type") == "organization" and name != "UNKNOWN" and \
            fold(strip_det(name)) not in media_bodies() and not self._document_as_written(rec)
