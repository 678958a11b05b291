"""The final check on a resolved speaker's shape (issue #14): a canonical speaker is a person's name, an organisation
or a group noun phrase, never a determiner or pronoun alone, a fragment ending in a preposition, "to" or a
conjunction, a piece of a relative clause, a month or a lower-case abstract noun.

It reads the words of the name where the name is written at the row's mention (the mention as written, after any
leading article), by their parse: part of speech, tag, entity type and the head noun. A name the resolver took from
elsewhere (a person of the index, the previous speaker, an organisation named before) is not checked here.

Example (invented): "Some said on Friday that the talks would resume" -> "Some" is a determiner alone: UNKNOWN,
"a determiner or pronoun alone, no speaker"; "Protesters said ..." and "the ministry said ..." stay.

Called once, by `__init__._settle`, where the resolver settles each row's record.
"""

from __future__ import annotations

from .record import NO_AGENT_REASON, strip_det
from .words import MONTHS

DET_ALONE_REASON = "a determiner or pronoun alone, no speaker"
OPEN_END_REASON = "a fragment ending in a preposition, 'to' or a conjunction, no speaker"
RELATIVE_REASON = "a piece of a relative clause, no speaker"
MONTH_REASON = "a month, no speaker"

# word classes of the parse (grammar, not word lists)
_BARE_POS = {"DET", "PRON", "NUM"}
_OPEN_END_POS = {"ADP", "PART", "CCONJ", "SCONJ"}
_OPEN_END_DEPS = {"prep", "cc", "mark", "aux"}  # "including" is a VBG the parser attaches as a preposition
_WH_TAGS = {"WDT", "WP", "WP$"}
_NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"}


def name_tokens(doc, span, name):
    """The tokens of the mention `span` = (start, end) that spell `name` (the whole name, as strip_det leaves it);
    None where the name is not written there."""
    if not span or not name or name == "UNKNOWN":
        return None
    s, e = int(span[0]), int(span[1])
    for i in range(s, e):
        for j in range(e, i, -1):
            if strip_det(doc[i:j].text) == name and doc[i:j].text.strip(" ,;:\"“”'").endswith(name):
                return doc[i:j]
    return None


def _quantifier_alone(doc, toks) -> bool:
    """One lower-case adjective with no article before it, as the subject ("Many said ...", "Several told ..."); a
    nominalised adjective keeps its article and stays a group ("the injured said")."""
    t = toks[0]
    before = doc[t.i - 1] if t.i > 0 else None
    return len(toks) == 1 and t.pos_ == "ADJ" and t.is_lower and t.ent_type_ not in _NAME_LABELS and \
        not (before is not None and before.pos_ == "DET")


def _abstract(toks, agent_word) -> bool:
    """A lower-case common noun naming no one who can speak ("war", "development", "problems"): no proper noun,
    number, capitalised word or entity in it, and a noun head that no speaker word list, role or agent ending names
    (`agent_word`, fragments.py), by form or lemma."""
    k = 0
    while k < len(toks) - 1 and toks[k].pos_ in {"DET", "PRON"}:
        k += 1
    h = toks[k:].root  # "the war": the noun, not the article
    if h.pos_ != "NOUN":
        return False
    for t in toks:
        if t.pos_ == "PROPN" or t.like_num or t.ent_type_ in _NAME_LABELS:
            return False
        if t.text[:1].isupper() and t.pos_ not in {"DET", "PRON"}:
            return False
    return not (agent_word(h.lower_) or agent_word(h.lemma_.lower()))


def shape_reason(doc, span, name, agent_word) -> str:
    """Why the name written at the mention is no acceptable speaker ("" if it is one, or is not written there)."""
    toks = name_tokens(doc, span, name)
    if toks is None or not len(toks):
        return ""
    if name.lower() in MONTHS and toks[0].ent_type_ == "DATE":
        return MONTH_REASON  # "In November said" (never Theresa May, a PERSON)
    if all((t.pos_ in _BARE_POS and t.is_alpha) or t.is_punct for t in toks) or _quantifier_alone(doc, toks):
        return DET_ALONE_REASON  # "some", "this", "one", "something", "many" (never "No 10")
    last = toks[-1]
    if len(toks) > 1 and (last.pos_ in _OPEN_END_POS or last.dep_ in _OPEN_END_DEPS
                          or (last.pos_ == "VERB" and last.dep_ == "pobj")):
        return OPEN_END_REASON  # "readiness to", "many including"
    if toks[0].tag_ in _WH_TAGS or last.tag_ in _WH_TAGS:
        return RELATIVE_REASON  # "which further successes", "some of whom"
    if _abstract(toks, agent_word):
        return NO_AGENT_REASON  # "war", "maneuver", "terror attacks"
    return ""
