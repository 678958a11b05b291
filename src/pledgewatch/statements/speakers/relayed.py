"""A source relayed by a reporter: the statement belongs to the innermost speaker (ANNOTATION.md, "nested
attribution": "A reported that B said X" is B's).

The mention at the cue is the reporter; these constructions name the source it relays, and `relayed_source` gives
that source's mention instead (tests: tests/statements/test_speakers_round11.py, three articles each):

- "citing" on the cue: "..., CNN reported on Saturday, citing a State Department spokesperson", "Citing an unnamed
  law enforcement source, TASS said ...", "..., the Kyiv Independent reported, citing the country's infrastructure
  ministry" -> the object of "citing", when it names an agent (a name, a person, body or group noun, an agent
  ending: `fragments.agent_word`). Not for a reporter that is a person ("he said, citing the minister's remarks",
  "Lavrov said ..., citing Boris Johnson as an example": a person cites evidence, not a source) nor an object that
  names no one ("Gazprom announced cuts, citing delayed repairs").
- "cited X as saying": "CNN cited officials as saying", "Tass cited the source as saying" -> X.
- "according to R" hung on a speech verb with its own subject that reports a clause, or on a clause such a verb
  reports: "Biden told Zelensky on a call that there was a distinct possibility ..., according to spokesperson Emily
  Horne", '"There were no casualties," Gladkov wrote, according to Reuters' -> the subject of that verb ("Biden",
  "Gladkov"). A passive ("was reported by Euractiv"), a verb reporting no clause ("Russia agreed to ...",
  "proposed to exchange ...": an act the reporter describes), or "according to" that opens or is the reported clause
  ("The Post reports that, according to analysts, ...", "That's according to Politico, Ukrinform reports": the
  phrase is the inner source) keeps the reporter.
"""

from __future__ import annotations

from ..cues import load as load_cues
from .words import PRON_F, PRON_M

# dependency labels (grammar, not word lists)
_OBJ_DEPS = {"dobj", "obj"}
_CUT_DEPS = {"relcl", "acl", "punct", "cc", "conj"}  # what ends the source's noun phrase after its head
_NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE"}


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
        if self._is_person_mention(s, e):
            return None
        if cue.lemma_.lower() == "cite":
            return self._cited_as_saying(cue)
        return self._citing_object(cue)

    def _is_person_mention(self, s, e) -> bool:
        """The reporter is a person: a name of the index or he/she."""
        if e - s == 1 and self.doc[s].lower_ in PRON_M | PRON_F:
            return True
        return any(i in self.idx.tok_person for i in range(s, e))

    def _citing_object(self, cue):
        """The agent object of a gerund "citing" on the cue ("CNN reported, citing officials"; "Citing a source,
        TASS said"); None where it cites something as an example ("citing Johnson as an example")."""
        for c in cue.children:
            if c.dep_ == "advcl" and c.lower_ == "citing" and not any(g.lower_ == "as" for g in c.children):
                obj = next((o for o in c.children if o.dep_ in _OBJ_DEPS), None)
                if obj is not None and self._names_agent(obj):
                    return self._phrase(obj)
        return None

    def _cited_as_saying(self, cue):
        """X of "cited X as saying"."""
        if not any(c.lower_ == "as" and any(g.lower_ == "saying" for g in c.children) for c in cue.children):
            return None
        obj = next((o for o in cue.children if o.dep_ in _OBJ_DEPS), None)
        return self._phrase(obj) if obj is not None and self._names_agent(obj) else None

    def _source_under_according(self, cue, s, e):
        """The subject of the speech verb "according to" hangs on, or of the verb whose reported clause it hangs on
        after that clause's verb ("Biden told Zelensky that there was ..., according to Horne"); not where the phrase
        opens the reported clause ("WaPo reports that, according to analysts, Russia increased ...") or is the
        reported clause ("That's according to Politico, Ukrinform reports"): there it is the inner source."""
        if cue.dep_ == "ccomp":
            return None
        verbs = load_cues()[0]
        v, hops = cue.head, 0
        while hops < 4:
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if v.pos_ == "VERB" and v.lemma_.lower() in verbs and subj is not None and \
                    any(c.dep_ == "ccomp" for c in v.children):
                return None if s <= subj.i < e else self._phrase(subj)
            if v.dep_ != "ccomp" or v.pos_ != "VERB" or v.i > cue.i:
                return None
            v, hops = v.head, hops + 1
        return None

    def _names_agent(self, tok) -> bool:
        """A noun that can speak: a name, or a word of the speaker lists (fragments.agent_word)."""
        if tok.ent_type_ in _NAME_LABELS or tok.pos_ == "PROPN":
            return True
        return tok.pos_ == "NOUN" and (self.agent_word(tok.lower_) or self.agent_word(tok.lemma_.lower()))

    def _phrase(self, head):
        """(start, end) of the noun phrase of `head`: its left edge to its head and the modifiers after it, up to a
        relative clause, a participle, a comma or a conjunction."""
        end = head.i + 1
        for c in head.rights:
            if c.dep_ in _CUT_DEPS:
                break
            end = c.right_edge.i + 1
        return head.left_edge.i, end

