"""Whether a clause asks: the question mark that closes it (the clause frame's `q`, statements/clause_frame.py).

Construction: a clause asks where a question mark of its sentence closes its own words (its subtree without the
clauses conjoined to it or set beside it, conj / parataxis, and without its coordinator and punctuation): the "?"
comes right after them, past punctuation only ('"Will Paris send more shells?" Macron asked',
'Rutte asked: "Should Europe not do more?"'). A "?" that closes a clause conjoined after it makes the first a
question only where that one is itself interrogative, an auxiliary before its subject or a wh-word first ("Will
Berlin pay, and will it pay soon?"), not an assertion before a question ("We will send more tanks, but is that
enough?"); nor is the content a question where the "?" closes the cue's own clause after it ('"We will send more
air defence," Scholz said, asking who had doubted it?'), nor a clause whose last words are an interrogative
clause of its own ("leaders should wake up each day asking 'what have I done for Kyiv today?'"; a relative
clause at the end is none: "So you will send the tanks that Kyiv wants?" asks).

(The frame read the sentence's last token: an assertion before a question in one sentence was read as a question,
a quoted question before its cue, or one closed by a quotation mark, as none.)
"""

from __future__ import annotations

_BESIDE = ("conj", "parataxis")
_WH = frozenset(("WDT", "WP", "WP$", "WRB"))
_NOT_ASKING = ("aux", "auxpass", "relcl", "acl")  # a relative clause's "that" / "which" asks nothing


def _own(t) -> list:
    """t's own words: its subtree without its conj / parataxis clauses, its coordinators and its punctuation."""
    beside = {d.i for c in t.children if c.dep_ in _BESIDE for d in c.subtree}
    return [d for d in t.subtree if d.i not in beside and not d.is_punct and d.dep_ != "cc"]


def _closed(t) -> bool:
    """A "?" right after the last of t's own words, only punctuation between (a closing quotation mark)."""
    own = _own(t)
    doc = t.doc
    for k in range((own[-1].i if own else t.i) + 1, t.sent.end):
        if not doc[k].is_punct:
            return False
        if "?" in doc[k].text:
            return True
    return False


def _interrogative(t) -> bool:
    """t is itself a question's form: an auxiliary (or "be") before its subject, or a wh-word first."""
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is not None and (t.i < subj.i and t.lemma_ == "be" or any(
            c.dep_ in ("aux", "auxpass") and c.i < subj.i for c in t.children)):
        return True
    own = _own(t)
    return bool(own) and own[0].tag_ in _WH


def _nested_question(t) -> bool:
    """The last of t's own words lies in a clause below t that is itself interrogative: the "?" closes that clause
    ("they should wake up each day with the thought 'what have I done for Kyiv today?'"); not a relative clause,
    whose "that" / "which" asks nothing ("So you will send the tanks that Kyiv wants?" asks)."""
    own = _own(t)
    cur = own[-1] if own else t
    while cur.i != t.i and cur.head.i != cur.i:
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in _NOT_ASKING and _interrogative(cur):
            return True
        cur = cur.head
    return False


def asks(t) -> bool:
    """The clause headed by t asks (see the module docstring); False where the parse has no sentences."""
    if not t.doc.has_annotation("SENT_START"):
        return False
    if _closed(t):
        return _interrogative(t) or not _nested_question(t)
    later = [c for c in t.children if c.dep_ in _BESIDE and c.i > t.i]
    return any(asks(c) for c in later) and _interrogative(t)
