"""A speech's text printed in full: an I/we in it is the speech's speaker, not the previous row's.

Construction: an article announces that the text of a speech follows ("The full text of the speech is provided
below:", "Here is the full text of his statement before ...", "Full text of X's speech at ..."; words
`transcript_marks` with a speech noun, `doc_heads`), then prints the speech in the first person without quotation
marks ("I thank everyone who ..."). The resolver's default for I/we is the previous row's speaker, which there is a
correspondent who "reports" or a body the speech itself names ("... that the Kremlin once claimed to conquer. I
thank ..."). The speaker is the speech noun's possessor ("Zelensky's speech", "his statement": the person he/she
is), else the person named last before the announcement ("The relevant statement was made by President X in his
video address, a correspondent reports. The full text of the speech is provided below:").

A mixin of `Resolver` (resolver.py); it uses `self.doc`, `self.idx` and `resolve_pronoun` (pronouns.py).
"""

from __future__ import annotations

import re

from ..names import fold
from .words import DOC_HEADS, PRON_F, PRON_M, TRANSCRIPT_MARKS

_MARKS = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(TRANSCRIPT_MARKS, key=len, reverse=True))
                    + r")\b") if TRANSCRIPT_MARKS else None


# how many tokens into its sentence a transcript mark may start and still open it ("Here is the full text")
_OPENING = 6


class TranscriptsMixin:
    def _transcript(self):
        """(first token after the announcement, speaker record) of the article's announced speech text, else None
        (computed once)."""
        if hasattr(self, "_transcript_cache"):
            return self._transcript_cache
        self._transcript_cache = None
        if _MARKS is None:
            return None
        for sent in self.doc.sents:
            # the mark opens the sentence ("The full text of ...", "Here is the full text of ...", "Full text of
            # ..."), not an adjunct of another's ("..., according to a transcript of the call")
            if not _MARKS.search(fold(sent[:_OPENING].text)) or self.idx.in_content(sent.start):
                continue
            speech = [t for t in sent if t.pos_ == "NOUN" and t.lower_ in DOC_HEADS]
            if not speech:
                continue
            rec = self._speech_owner(speech[0], sent.start)
            if rec is not None:
                self._transcript_cache = (sent.end, rec)
            return self._transcript_cache
        return None

    def _speech_owner(self, noun, start):
        """The speaker of the announced speech: the speech noun's possessor (a name, or he/she), else the person
        named last before the announcement."""
        for c in noun.children:
            if c.dep_ != "poss":
                continue
            p = self.idx.tok_person.get(c.i) or (self.idx.tok_person.get(c.i - 1) if c.lower_ in {"'s", "’s"} else None)
            if p is not None:
                return self._person_record(p)
            if c.lower_ in PRON_M or c.lower_ in PRON_F:
                rec = self.resolve_pronoun(c.i, "m" if c.lower_ in PRON_M else "f")
                return rec if rec.get("_person") is not None else None
        named = [m for m in self.idx.mentions if m[0] < start and not m[2].weak]
        if not named:
            return None
        return self._person_record(max(named, key=lambda m: m[0])[2])

    def transcript_speaker(self, i):
        """The speaker of an I/we at token i inside an announced speech's text, else None."""
        t = self._transcript()
        if t is None or i < t[0]:
            return None
        return dict(t[1])
