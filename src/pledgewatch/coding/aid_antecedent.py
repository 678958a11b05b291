"""The aid relation a plural pro-form takes from its antecedent (statements/frame_antecedent.py, frame key "ante":
the nearest plural noun before the content's opening "they", "them", "these", "those", "these <noun>" or the same
noun before "the <noun>" ("the howitzers"), and the
texts of the sentences before the content that name it).

Construction `antecedent_aid`: the content speaks of things it does not name, and the antecedent is aid: (1) the
antecedent is a weapon, money or aid word (`weapons`, `money`, `aid_object`, `context_aid_noun`) or lies in a
capability the matcher finds in a sentence naming it; (2) that sentence is about aid by the same rules as a statement
(coding.aid.aid_related, act `other`: a transfer verb with the capability, an aid word, a donor's weapons ...). So
"[Canberra was asked to send armoured vehicles to Ukraine] they would do more for our freedom than stand in a
depot" and "[the package includes long-range missiles] he refused to send these, calling them a red line" are about
aid; "[Russia fired forty missiles at Kyiv overnight] they hit two power plants" is not (no aid relation in the
sentence), nor "[Western officials met in Brussels] they said nothing" (the antecedent no aid object). The model's
guards (support to the adversary, support pledged to someone else) still apply (coding/__init__.py); a question is
none ("who will send them?").
"""

from __future__ import annotations

from . import aid as _aid
from . import words as _words
from ._match import blank_nlp, normalize
from .capabilities import matcher


def _aid_noun(word: str) -> bool:
    """(1) a word naming weapons, money, an aid object or aid itself."""
    W = _words.classes()
    return word in (W["weapons"] | W["money"] | W["aid_object"] | W["context_aid_noun"])


def _aid_in(sent: str, head: str) -> bool:
    """(1) and (2) in one sentence of the context: the antecedent aid there, the sentence about aid."""
    doc = blank_nlp().make_doc(normalize(sent)[0])
    lowers = [t.lower_ for t in doc]
    at = [i for i, w in enumerate(lowers) if w == head]
    if not at:
        return False
    spans = matcher().spans(doc)
    if not _aid_noun(head) and not any(sp.start <= at[-1] < sp.end for sp in spans):
        return False
    return _aid.aid_related(lowers, spans, "other")


def opens_question(lowers) -> bool:
    """The content's first sentence, where the pro-form opens it, is a question (a later one is no matter: "these
    weapons will be targets ... How could it be otherwise?")."""
    for w in lowers:
        if w in (".", "!"):
            return False
        if w == "?":
            return True
    return False


def antecedent_aid(frame: dict | None, lowers=()) -> bool:
    """Is the antecedent of the content's plural pro-form aid in one of the context's sentences that name it (module
    docstring)? `lowers`: the content's lower-case tokens; a question ("who will send them?") asks, it does not say
    anything of the aid (as in coding.aid_context)."""
    ante = (frame or {}).get("ante")
    if not ante or not ante.get("head") or opens_question(lowers):
        return False
    head = normalize(ante["head"])[0].lower()
    return any(_aid_in(s, head) for s in ante.get("sents") or ())
