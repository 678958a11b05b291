"""The final check on a resolved speaker's shape (issue #14): a canonical speaker is a person's name, an organisation
or a group noun phrase, never a pronoun that names a thing ("this", "something"), a fragment ending in a preposition, "to" or a
conjunction, a piece of a relative clause, a month or a lower-case abstract noun.

It reads the words of the name where the name is written at the row's mention (the mention as written, after any
leading article), by their parse: part of speech, tag, entity type and the head noun. A name the resolver took from
elsewhere (a person of the index, the previous speaker, an organisation named before) is not checked here.

Example (invented): "This shows that the ceasefire has failed, Kuleba said" -> "This" names a thing: UNKNOWN, "a
pronoun naming a thing, no speaker"; "Protesters said ...", "Some said ..." and "the ministry said ..." stay.

Called once, by `__init__._settle`, where the resolver settles each row's record.
"""

from __future__ import annotations

from .record import NO_AGENT_REASON, strip_det
from .words import MONTHS

DET_ALONE_REASON = "a pronoun naming a thing, no speaker"
OPEN_END_REASON = "a fragment ending in a preposition, 'to' or a conjunction, no speaker"
RELATIVE_REASON = "a piece of a relative clause, no speaker"
MONTH_REASON = "a month, no speaker"

# word classes of the parse (grammar, not word lists)
_OPEN_END_POS = {"ADP", "PART", "CCONJ", "SCONJ"}
_OPEN_END_DEPS = {"prep", "cc", "mark", "aux"}  # "including" is a VBG the parser attaches as a preposition
_WH_TAGS = {"WDT", "WP"}  # not "whose": "whose government" names a body, its owner named before
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


def _thing_pronoun(t) -> bool:
    """A pronoun that names a thing, never people: a singular demonstrative ("this", "that": the parse's morphology)
    or an indefinite of "thing" ("something", "nothing"). A quantifier ("some", "many", "those") names part of a
    group the coders write out, and stays."""
    if t.pos_ not in {"PRON", "DET"}:
        return False
    return (t.morph.get("PronType") == ["Dem"] and t.morph.get("Number") == ["Sing"]) or \
        (t.lower_.endswith("thing") and t.lower_ != "thing")


def _abstract(toks, agent_word) -> bool:
    """A lower-case singular common noun naming no one who can speak ("war", "conflict"): no proper noun,
    number, capitalised word or entity in it, and a noun head that no speaker word list, role or agent ending names
    (`agent_word`, fragments.py), by form or lemma."""
    k = 0
    while k < len(toks) - 1 and toks[k].pos_ in {"DET", "PRON"}:
        k += 1
    h = toks[k:].root  # "the war": the noun, not the article
    if h.pos_ != "NOUN" or h.tag_ != "NN":  # a plural stays a group (fragments.py: "superdelegates say")
        return False
    for t in toks:
        if t.pos_ == "PROPN" or t.like_num or t.ent_type_ in _NAME_LABELS:
            return False
        if t.text[:1].isupper() and t.pos_ not in {"DET", "PRON"}:
            return False
    return not (agent_word(h.lower_) or agent_word(h.lemma_.lower()))


def shape_reason(doc, span, name, agent_word) -> str:
    """Why the name written at the mention `span` is no acceptable speaker: "" if it is one, or is not written there
    (`agent_word`: fragments.FragmentsMixin.agent_word, a noun that names someone or something that can speak)."""
    toks = name_tokens(doc, span, name)
    if toks is None or not len(toks):
        return ""
    if name.lower() in MONTHS and toks[0].ent_type_ == "DATE":
        return MONTH_REASON  # "In November said" (never Theresa May, a PERSON)
    if len(toks) == 1 and _thing_pronoun(toks[0]):
        return DET_ALONE_REASON  # "this", "that", "something" (a quantifier, "some", "many", "those", is a group)
    last = toks[-1]
    if len(toks) > 1 and (last.pos_ in _OPEN_END_POS or last.dep_ in _OPEN_END_DEPS
                          or (last.pos_ == "VERB" and last.dep_ == "pobj")):
        return OPEN_END_REASON  # "readiness to", "many including"
    if toks[0].tag_ in _WH_TAGS or last.tag_ in _WH_TAGS:
        return RELATIVE_REASON  # "which further successes", "some of whom"
    if _abstract(toks, agent_word):
        return NO_AGENT_REASON  # "the war", "that conflict"
    return ""
