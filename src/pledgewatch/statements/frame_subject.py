"""The subject a statement's content leaves before it (consumed by coding/aid_subject.py).

Construction: the content opens with its predicate and its subject stands before the content, in the same
sentence: a sentence interrupted by its cue ("[Further deliveries of air defence], the minister said, | would arrive
within weeks") or a relative clause with a reporting verb inside it ("[the shells promised by Berlin], which
officials in Kyiv say | have been slow to come"). The content speaks of that subject without naming it. The first
verb of the content whose nominal subject (nsubj, nsubjpass) lies before the content gives it; a relative pronoun
("which", "that", "who") stands for the noun its clause (relcl) modifies. The frame keeps, under "osubj", the
subject phrase's text up to the content (or up to the relative pronoun), a plain value the coding stage judges.
None where the content names its own subject or the subject lies in another sentence.
"""

from __future__ import annotations

_SUBJ = frozenset(("nsubj", "nsubjpass"))
_RELATIVE = frozenset(("which", "that", "who"))
MAX_TOKENS = 40  # the longest subject phrase kept


def _first_outer_subject(span):
    """The nominal subject, before the content, of the content's first verb that has one there; where that verb has
    none, the first of two subjects the parser gives the cue interrupting the sentence (a parataxis on the verb:
    "[The tanks]," [Zaluzhnyi] said, "have been ...": the second, next to the cue, is the speaker)."""
    for t in span:
        if t.pos_ not in ("VERB", "AUX") or t.dep_ in ("aux", "auxpass"):
            continue
        for c in t.children:
            if c.dep_ in _SUBJ:
                return c if c.i < span.start else None  # the content's first subject is its own
        for cue in t.children:
            if cue.dep_ == "parataxis" and cue.i < span.start:
                subjects = [c for c in cue.children if c.dep_ in _SUBJ]
                return subjects[0] if len(subjects) >= 2 else None
    return None


def _antecedent_of_relative(pro):
    """The noun a relative clause holding the pronoun `pro` modifies (climbing to the relcl), widened to the noun
    phrase it ends ("deliveries of Western shells, which ...", "the shells promised by Berlin, which ..."), or None."""
    t = pro
    for _ in range(6):
        if t.dep_ == "relcl":
            return _noun_phrase_top(t.head)
        if t.head is t:
            return None
        t = t.head
    return None


def _noun_phrase_top(n):
    """The head noun of the phrase a noun ends: through a preposition on a noun ("deliveries of | shells") or the
    agent or preposition of a participle on a noun ("shells promised by | Berlin", "drones launched from | Crimea")."""
    for _ in range(4):
        if n.dep_ != "pobj":
            break
        prep = n.head
        if prep.head.pos_ in ("NOUN", "PROPN"):
            n = prep.head
        elif prep.dep_ in ("agent", "prep") and prep.head.dep_ == "acl":  # "launched from | Crimea" too
            n = prep.head.head
        else:
            break
    return n


def outer_subject(doc, span) -> list[str] | None:
    """The tokens of the subject phrase the content leaves before it (module docstring), without the commas around
    it, or None."""
    if span is None or not len(span):
        return None
    subj = _first_outer_subject(span)
    if subj is None or subj.sent.start != span[0].sent.start:
        return None
    end = min(subj.right_edge.i + 1, span.start)
    if subj.lower_ in _RELATIVE:
        end = subj.i
        subj = _antecedent_of_relative(subj)
        if subj is None:
            return None
    start = subj.left_edge.i
    words = [t.text for t in doc[start:end] if not t.is_space]
    while words and words[-1] == ",":
        words.pop()
    while words and words[0] == ",":
        words.pop(0)
    if end - start > MAX_TOKENS or not words:
        return None
    return words
