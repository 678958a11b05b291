"""A speech's text printed in full: an I/we in it is the speech's speaker, not the previous row's.

Construction: an article announces that the text of a speech follows ("The full text of the speech is provided
below:", "Here is the full text of his statement before ...", "Full text of X's speech at ..."; words
`transcript_marks` with a speech noun, `transcript_speech_nouns`; the announcing sentence ends with ":" or stands as
its own paragraph, and is not negated: "The full text of the report was not published." announces nothing), then
prints the speech in the first person without quotation marks ("I thank everyone who ..."). The resolver's default
for I/we is the previous row's speaker, which there is a correspondent who "reports" or a body the speech itself
names ("... that the Kremlin once claimed to conquer. I thank ..."). The speaker is the speech noun's possessor
("Zelensky's speech", "his statement": the person he/she is; a possessor that is no person, "the Hungarian ministry's
statement", gives this I/we rule no speaker, while the finder's paragraph rows take that possessor as their mention,
a body like any other: "Hungarian ministry"; a joint statement with no possessor has none), else the person named
last before the announcement ("The relevant statement was made by President X in his video address, a correspondent
reports. The full text of the speech is provided below:"; `named_last`: the mention index's last non-weak person, not
the finder's last PERSON entity, the weaker definition kept where no index exists). Where the finder has printed the
text (`printed.PRINTED_KEY`: its extent), an I/we inside it is this speaker and one after it is not; else the printed
text ends where a row of another named speaker comes after the announcement ("Olena Kurylo ... wrote that ...": a
"we" after it is no longer the speech's). The finder makes each paragraph of the printed text a statement with no
mention (`printed.py`); the resolver gives such a row this speaker too (`resolver.resolve_row`).

A mixin of `Resolver` (resolver.py); it uses `self.doc`, `self.idx` and `resolve_pronoun` (pronouns.py).
"""

from __future__ import annotations

from ..printed import ANNOUNCED_KEY, PRINTED_KEY, announcement, joint
from .named_last import indexed_person_named_last
from .words import PRON_F, PRON_M


class TranscriptsMixin:
    def _transcript(self):
        """(first token after the announcement, speaker record) of the article's announced speech text, else None
        (computed once; the announcement is the one the finder found for its printed-text rows, `printed.ANNOUNCED_KEY`)."""
        if hasattr(self, "_transcript_cache"):
            return self._transcript_cache
        self._transcript_cache = None
        if ANNOUNCED_KEY in self.doc.user_data:  # the finder's (`printed.printed_text`)
            found = self.doc.user_data[ANNOUNCED_KEY]  # (start, end, speech noun) token indexes
            found = None if found is None else (self.doc[found[0]:found[1]], self.doc[found[2]])
        else:  # rows the finder did not make (a gold set's statements)
            found = announcement(self.doc, self.idx.text, lambda s, e: any(self.idx.in_content(i) for i in range(s, e)))
        if found is not None:
            sent, noun = found
            rec = self._speech_owner(noun, sent.start)
            if rec is not None:
                self._transcript_cache = (sent.end, rec)
        return self._transcript_cache

    def _speech_owner(self, noun, start):
        """The speaker of the announced speech: the speech noun's possessor (a name, or he/she; no speaker where the
        possessor is no person: "the Hungarian ministry's statement"), else the person named last before the
        announcement."""
        for c in noun.children:
            if c.dep_ != "poss":
                continue
            p = self.idx.tok_person.get(c.i) or (self.idx.tok_person.get(c.i - 1) if c.lower_ in {"'s", "’s"} else None)
            if p is not None:
                return self._person_record(p)
            if c.lower_ in PRON_M or c.lower_ in PRON_F:
                rec = self.resolve_pronoun(c.i, "m" if c.lower_ in PRON_M else "f")
                return rec if rec.get("_person") is not None else None
            return None
        if joint(noun):
            return None  # a joint statement's speaker is its signatories (its possessor), never the person named last
        p = indexed_person_named_last(self.idx, start)  # (not the finder's weaker one: named_last's docstring)
        return None if p is None else self._person_record(p)

    def transcript_speaker(self, i):
        """The speaker of an I/we at token i inside an announced speech's text, else None."""
        t = self._transcript()
        if t is None or i < t[0]:
            return None
        printed = self.doc.user_data.get(PRINTED_KEY)
        if printed:  # the finder's printed text (`printed.printed_text`): one speaker inside, none after
            at = self.doc[i].idx
            return dict(t[1]) if printed[0] <= at < printed[1] else None
        owner = t[1].get("_person")
        for s, e in self.cue_spans:
            # a row of another named speaker between the announcement and here ends the printed text
            if t[0] <= s < i and any(self.idx.tok_person.get(k) not in (None, owner) for k in range(s, e)):
                return None
        return dict(t[1])

    def in_printed(self, i):
        """Token i lies inside the finder's printed text (`printed.printed_text`): its rows borrow no previous
        speaker."""
        printed = self.doc.user_data.get(PRINTED_KEY) if i is not None else None
        return bool(printed) and printed[0] <= self.doc[i].idx < printed[1]
