"""A question put to someone: the one asked is who answers next.

    Amanpour also asked Zelensky about ... use of US intelligence. He said he was "grateful for ... work" ...
    The US president was asked at ... conference whether Putin had made the decision. "We have reason ... think
    so," he replied.
    A reporter asked Scholz whether Germany would send tanks. He said it would not.

A "he"/"she" in the sentence right after (or later in the same sentence as) a question verb (`question_verbs` of
speaker_words.csv) whose object (active) or subject (passive) is a compatible person is that person, not the asker
and not the previous speaker. A question is told from a request by its form: a clause that opens with a question word
("whether", "what") or an "about" phrase (`question_words`); "Zelensky asked Biden for more weapons. He said ..."
is a request, and its "he" is resolved as usual.

A mixin of `Resolver`; it uses `self.doc`, `self.idx`, `_person_record` and `resolve_description`.
"""

from __future__ import annotations

from .words import QUESTION_OPENERS, QUESTION_VERBS, QUESTION_WORDS

# the clauses a question verb takes its question in (spaCy's English labels: grammar, not a word list)
_QUESTION_CLAUSES = {"ccomp", "xcomp", "advcl", "dep"}
# the phrases a question verb opens before its question (spaCy's English labels)
_VERB_PHRASES = {"prep", "agent", "advmod", "npadvmod", "dobj", "dative"}


def _is_question(verb) -> bool:
    """The verb puts a question: an "about" phrase, or a clause opening with a question word; that clause is the
    verb's own, or, where the parser hung it elsewhere, the words right after the verb's phrase ("The US president
    was asked at ... conference whether ...": "whether" opens the next words, its clause hung on a later verb); or
    the quoted question its sentence opens with ('"Do you know the information ... your indictment?" ... interpreter
    asked Aslin')."""
    j = min((c.left_edge.i for c in verb.children if c.i < verb.i), default=verb.i) - 1
    while j >= 0 and (verb.doc[j].is_quote or verb.doc[j].is_space):
        j -= 1
    if j >= 0 and verb.doc[j].text == "?":
        return True
    nxt = _after_phrase(verb)
    if nxt < len(verb.doc) and verb.doc[nxt].lower_ in QUESTION_OPENERS:
        return True
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in QUESTION_WORDS:
            return True
        if c.dep_ in _QUESTION_CLAUSES and c.i > verb.i and (
                c.left_edge.lower_ in QUESTION_WORDS or any(g.dep_ == "mark" and g.lower_ in QUESTION_WORDS
                                                             for g in c.children)):
            return True
    return False


def _after_phrase(verb) -> int:
    """The token after the verb and the phrases it opens (its object, prepositions, adverbs, agent): "asked [at
    the conference] |whether", "was asked [by reporters] |what", "was asked [during the visit] |what Macron had told
    him" (the question hung on "visit" as a relative clause)."""
    end = verb.i + 1
    for c in verb.rights:
        if c.left_edge.i != end or c.dep_ not in _VERB_PHRASES:
            break
        # a question the parser hung inside the phrase ("during the visit [what Macron had told him]") ends it
        q = next((t.i for t in verb.doc[c.i + 1:c.right_edge.i + 1] if t.lower_ in QUESTION_OPENERS), None)
        if q is not None:
            return q
        end = c.right_edge.i + 1
    return end


def _asked(verb):
    """The token of the one asked: the object of an active question verb, the subject of a passive one."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    want = {"nsubjpass"} if passive else {"dobj"}
    return next((c for c in verb.children if c.dep_ in want), None)


class QuestionsMixin:
    def asked_person(self, i, gender):
        """The record of the person asked a question just before the he/she at token i, else None."""
        idx, doc = self.idx, self.doc
        sstart = idx.sent_of.get(i, (0, 0, 0))[1]
        lo = idx.sent_of[sstart - 1][1] if sstart > 0 else sstart  # the sentence before, then this one
        for t in reversed(idx.toks[lo:i]):
            if t.lemma_.lower() not in QUESTION_VERBS or t.pos_ != "VERB" or idx.in_content(t.i):
                continue
            if not _is_question(t):
                continue
            who = _asked(t)
            if who is None:
                return None
            p = idx.tok_person.get(who.i)
            if p is not None:
                return self._person_record(p) if self._compatible(p, gender) else None
            if who.pos_ == "NOUN" and (self.ref.role_matches(who.lower_)):
                rec = self.resolve_description(who.left_edge.i, who.i + 1, doc[who.left_edge.i:who.i + 1].text)
                return rec if rec.get("_person") is not None and self._compatible(rec["_person"], gender) else None
            return None
        return None
