"""The aid relation the content's subject gives it where the subject stands before the content
(statements/frame_subject.py, frame key "osubj": the subject phrase's tokens as parsed).

Construction `subject_aid`: the content opens with its predicate and leaves its subject before it, in a sentence
interrupted by the cue ("[Further deliveries of air defence], the minister said, | would arrive within weeks") or in
a relative clause with a reporting verb ("[the shells promised by Berlin], which officials in Kyiv say | have been
slow to come"); the content speaks of that subject, so where the subject phrase is about aid by the statement rules
(coding.aid.aid_related, act `other`, the speaker's side as for the content: an aid word, a transfer with a
capability, a donor's weapons ..., "[the support], Zelensky said, | came late" where the recipient speaks), so is
the content. "[Britain], Sunak said, | will send more tanks" names its aid itself; "[The weather], the general said,
| would slow the advance" takes nothing. A question asks, it says nothing of the aid (as in coding.aid_antecedent);
the model's guards still apply (coding/__init__.py). The frame's tokens are read as they are (each normalised as the
content is: "155mm" -> "155", "mm"), not tokenised again.
"""

from __future__ import annotations

from . import aid as _aid
from ._match import blank_nlp, normalize
from .aid_antecedent import opens_question
from .capabilities import matcher


def _words(tokens) -> list[str]:
    """The frame's tokens, each normalised as coding normalises a content (a token may split: "155mm")."""
    return [w for t in tokens for w in normalize(t)[0].split()]


def subject_aid(frame: dict | None, lowers=(), side: str = "") -> bool:
    """Is the subject the content leaves before it about aid (module docstring)? `lowers`: the content's lower-case
    tokens; `side`: the speaker's side (coding.aid.aid_related)."""
    tokens = (frame or {}).get("osubj")
    if not tokens or opens_question(lowers):
        return False
    words = _words(tokens)
    if not words:
        return False
    from spacy.tokens import Doc  # here, not at import: a warm re-run from the cache never loads spaCy

    doc = Doc(blank_nlp().vocab, words=words)
    return _aid.aid_related([t.lower_ for t in doc], matcher().spans(doc), "other", side=side)
