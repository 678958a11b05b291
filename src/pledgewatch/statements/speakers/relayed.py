"""A speaker relayed by a reporter: the statement belongs to ... innermost speaker (ANNOTATION.md, "nested
attribution": "A reported ... B said X" is B's).

The mention at the cue is the reporter; this construction names the source it relays, and `relayed_source` gives
that source's mention instead (tests: tests/statements/test_speakers_relayed.py, three articles; counted on the
corpus without coding_dev's half B: 8 rows in 7 articles):

- "according to R" hung on a speech verb with its own subject that reports a clause, or on a clause such a verb
  reports: "Biden told Zelensky on a call that there was a distinct possibility ..., according to spokesperson Emily
  Horne", '"There were no casualties," Gladkov wrote, according to Reuters' -> the subject of that verb ("Biden",
  "Gladkov"). A passive ("was reported by Euractiv"), a verb reporting no clause ("Russia agreed to ...",
  "proposed to exchange ...": an act the reporter describes), or "according to" that opens or is the reported clause
  ("The Post reports that, according ... analysts, ...", "That's according ... Politico, Ukrinform reports": the
  phrase is the inner source) keeps the reporter; so does a named person reporting what a body or group said ("the
  US said ..., according to Pentagon spokesperson Patrick Ryder": the coders name the spokesperson, the voice of
  the body). Since round 38 the finder gives such a phrase closing its sentence after a reported clause no row
  under the guide's convention (`statements.according_verbs`: the verb's own row, "the US", as the team's gold has
  it), so this reads mostly a phrase after a quotation.
- "according to R" set off by commas right after the subject of a speech verb (cues.csv) that follows it and reports
  a clause or an object, not an infinitive: "Village officials, according to Interfax, confirmed three deaths" -> the
  subject (`_subject_set_off`); and a quotation closed by a `carried_on_cue` verb ("agreed", "concluded"), which is
  no cue of cues.csv: '"The border must reopen," the two leaders agreed, according to the presidency' -> the
  subject, a coordination kept whole (`_closes_quotation`; round 25: one row of the team's half-A rows, none of
  coding_dev's items, polnear_train untouched under PolNeAR's outer nesting).

Left to the reporter, as ukraine_dev's and ggt_dev's gold has it: "..., Reuters reported, citing two people ...
with the matter" (the coding_dev coders named the cited source there: a convention conflict, left as the gold sets
have it).

- a quotation closed by a postposed speech verb before its speaker ('"The talks were useful" - announced the
  Kremlin after the call, according to Reuters'; the parser makes the speaker the verb's object): the speaker after
  the verb (`_postposed_speaker`; round 27, ukraine_team half A: one row; ukraine_dev credits the inner speaker of
  "X said ..., according to a statement from the presidency").
- "A cited B as saying" / "A quoted B as saying" after the statement ('"We confirm seven deaths," Tass cited the
  source as saying'; '..., CNN cited officials as saying'; 'Novosti quoted Kremlin spokesperson ... Peskov as
  saying'): B, the object quoted, as the parse already gives where the statement follows "saying"
  (`_quoted_as_saying`; corpus: 5 such sentences, ukraine_dev and ggt_dev none; PolNeAR's outer nesting keeps A).
"""

from __future__ import annotations

from .. import lexicon as L
from ..cues import load as load_cues
from .words import PRON_F, PRON_M

# dependency labels (grammar, not word lists): what ends the source's noun phrase after its head
_CUT_DEPS = {"relcl", "acl", "punct", "cc", "conj"}


class RelayedMixin:
    def relayed_source(self, r, s, e):
        """(start, end) of the source the reporter at doc[s:e] relays for row r (see the module docstring), or
        None."""
        cue_i = r.get("cue_i")
        if cue_i is None or not 0 <= int(cue_i) < len(self.doc):
            return None
        cue = self.doc[int(cue_i)]
        if cue.lower_ == "according":
            return self._source_under_according(cue, s, e)
        return self._quoted_as_saying(cue, s, e)

    def _quoted_as_saying(self, cue, s, e):
        """"A cited B as saying" / "A quoted B as saying" after the statement ('"We confirm seven deaths," Tass cited
        the source as saying'; '..., CNN cited officials as saying'): B, the object the reporter quotes, as where the
        statement follows "saying" (subjects.subject). The reporter's own mention only (doc[s:e] is the subject)."""
        if cue.lemma_.lower() not in L.QUOTING_VERB or not any(
                c.dep_ == "nsubj" and s <= c.i < e for c in cue.children):
            return None
        obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
        as_ = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        verbs = load_cues()[0]
        if obj is None or as_ is None or not any(c.dep_ == "pcomp" and c.lemma_.lower() in verbs
                                                 for c in as_.children):
            return None
        return self._phrase(obj)

    def _source_under_according(self, cue, s, e):
        """The subject of the speech verb "according to" hangs on, or of the verb whose reported clause it hangs on
        after that clause's verb ("Biden told Zelensky that there was ..., according to Horne"); not where the phrase
        opens the reported clause ("WaPo reports that, according to analysts, Russia increased ...") or is the
        reported clause ("That's according ... Politico, Ukrinform reports"): there it is the inner source."""
        if cue.dep_ == "ccomp":
            return None
        verbs = load_cues()[0]
        if (span := self._subject_set_off(cue, verbs, s, e)) is not None:
            return span
        if (span := self._postposed_speaker(cue, verbs, s, e)) is not None:
            return span
        v, hops = cue.head, 0
        while hops < 4:
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            closes = v.pos_ == "VERB" and subj is not None and self._closes_quotation(v)
            if v.pos_ == "VERB" and subj is not None and (
                    (v.lemma_.lower() in verbs and any(c.dep_ == "ccomp" for c in v.children)) or closes):
                if s <= subj.i < e or (self._names_person(s, e) and not self._names_person(*self._phrase(subj))):
                    return None
                return self._phrase(subj, joint=closes)  # a quotation closed by "agreed": the coordination whole
            if v.dep_ != "ccomp" or v.pos_ != "VERB" or v.i > cue.i:
                return None
            v, hops = v.head, hops + 1
        return None

    def _subject_set_off(self, cue, verbs, s, e):
        """"B, according to A, confirmed X": "according to A" set off by commas right after the subject B of a
        speech verb (cues.csv) that follows it and reports a clause or an object, not an infinitive ("Russia,
        according to the ministry, agreed to withdraw" is an act the reporter describes; "agree" is no cue): B's
        noun phrase, where the reporter's mention is not B itself."""
        if cue.dep_ != "prep":
            return None
        if cue.head.dep_ == "nsubj":  # (the parse hangs the phrase on the subject or on its verb)
            subj, v = cue.head, cue.head.head
        else:
            v = cue.head
            subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < cue.i), None)
        if subj is None or not subj.i < cue.i < v.i or s <= subj.i < e:
            return None
        if v.pos_ != "VERB" or v.lemma_.lower() not in verbs or \
                not any(c.dep_ in ("ccomp", "dobj") for c in v.children) or \
                any(c.dep_ == "xcomp" for c in v.children):
            return None
        doc = self.doc
        if cue.i == 0 or doc[cue.i - 1].text != "," or doc[cue.right_edge.i + 1].text != ",":
            return None
        return self._phrase(subj)

    def _postposed_speaker(self, cue, verbs, s, e):
        """'"...," said X, according to R' / '"..." - announced the Kremlin after the call, according to R': "according
        to R" hung on a speech verb (cues.csv) that follows a quotation's closing mark (a comma or a dash between) and
        comes before its speaker, which the parser makes its subject or its object: X's noun phrase, right after the
        verb. Not where R is a named person and X no person (the spokesperson relays a body: as `_source_under_
        according`)."""
        v, doc = cue.head, self.doc
        if cue.dep_ != "prep" or v.pos_ != "VERB" or v.lemma_.lower() not in verbs or v.i > cue.i:
            return None
        k = v.i - 1
        while k >= 0 and doc[k].text in {",", "-", "–", "—"}:
            k -= 1
        if k < 0 or not doc[k].is_quote:
            return None
        spk = next((c for c in v.children if c.dep_ in ("nsubj", "dobj") and c.left_edge.i == v.i + 1), None)
        if spk is None or s <= spk.i < e or spk.pos_ not in ("PROPN", "NOUN"):
            return None
        if self._names_person(s, e) and not self._names_person(*self._phrase(spk)):
            return None
        return self._phrase(spk)

    def _closes_quotation(self, v) -> bool:
        """v is a verb of the `carried_on_cue` list ("agreed", "concluded") right after a quotation's closing mark
        and its subject ('"The border must reopen," the two leaders agreed, according to ...'): the quotation is
        its clause, as carried_on.py reads it."""
        if v.lemma_.lower() not in L.CARRIED_ON_CUE:
            return False
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        k = subj.left_edge.i - 1 if subj is not None else -1
        while k >= 0 and self.doc[k].text == ",":
            k -= 1
        return k >= 0 and self.doc[k].is_quote

    def _names_person(self, s, e) -> bool:
        """doc[s:e] names a person: a name of the index, he/she, or a role of roles.csv ("the head of state")."""
        doc = self.doc
        if any(i in self.idx.tok_person for i in range(s, e)) or \
                (e - s == 1 and doc[s].lower_ in PRON_M | PRON_F):
            return True
        return bool(self.ref.role_matches(doc[s:e].root.lower_))

    def _phrase(self, head, joint: bool = False):
        """(start, end) of the noun phrase of `head`: its left edge to its head and the modifiers after it, up to a
        relative clause, a participle, a comma or a conjunction; with `joint`, a coordination stays whole ("the US
        president and the French leader agreed": one joint statement, ANNOTATION.md)."""
        end = head.i + 1
        for c in head.rights:
            if c.dep_ in _CUT_DEPS and not (joint and c.dep_ in ("cc", "conj")):
                break
            end = c.right_edge.i + 1
        return head.left_edge.i, end

