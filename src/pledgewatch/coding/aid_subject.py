"""The aid relation the content's subject gives it where the subject stands before the content
(statements/frame_subject.py, frame key "osubj").

Construction `subject_aid`: the content opens with its predicate and leaves its subject before it, in a sentence
interrupted by the cue ("[Further deliveries of air defence], the minister said, | would arrive within weeks") or in
a relative clause with a reporting verb ("[the shells promised by Berlin], which officials in Kyiv say | have been
slow to come"); the content speaks of that subject, so where the subject phrase is about aid by the statement rules
(coding.aid.aid_related, act `other`: an aid word, a transfer with a capability, a donor's weapons ...), so is the
content. "[Britain], Sunak said, | will send more tanks" names its aid itself; "[The weather], the general said, |
would slow the advance" takes nothing. A question asks, it says nothing of the aid (as in coding.aid_antecedent);
the model's guards still apply (coding/__init__.py).
"""

from __future__ import annotations

from . import aid as _aid
from ._match import blank_nlp, normalize
from .aid_antecedent import opens_question
from .capabilities import matcher


def subject_aid(frame: dict | None, lowers=()) -> bool:
    """Is the subject the content leaves before it about aid (module docstring)? `lowers`: the content's lower-case
    tokens."""
    text = (frame or {}).get("osubj")
    if not text or opens_question(lowers):
        return False
    doc = blank_nlp().make_doc(normalize(text)[0])
    return _aid.aid_related([t.lower_ for t in doc], matcher().spans(doc), "other")
