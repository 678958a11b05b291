"""The agent a "by" phrase names on a mention whose head names no agent: "according to an extensive examination by
[a newspaper]", "according to predictions by [the central bank]", "a text by [the congresswoman Jane Roe] ...
appeared to press for": the head is an act or its product (a nominalised passive), the by-phrase its maker, and the
maker speaks. The head is a common noun of a text, a count or an estimate (speaker_words.csv
`by_maker_heads`: "examination", "projection", "draft"; an event's agent, "attacks by Russia", "the invasion by
Russia", does not speak) that no other speaker word list, role or agent ending names (`fragments.agent_word`: a
person, body, group or document noun has its own branch; a document's "by" source is `documents.py`'s), the "by"
hangs on the head itself and after it, and its object is a name (a proper noun, or a PERSON / ORG / GPE / NORP
entity) or a common noun with a name in apposition, which is then the maker ("by the Republican congresswoman Jane
Roe"): "a rise by 20 percent", "by Friday", "by March", "projections by Monday" name no one (a DATE / TIME entity).
The maker's mention is the object's (`mention_span.mention`), a proper noun's cut before a lower-case "of" phrase
("by [The Daily] of events on campuses": `documents._name_end`) and starting at its own proper nouns, after any
common noun describing it ("by the consulting firm [Oxford Economics]", "by the nonpartisan [Better Government
Association]": `by_agent_name_start`)."""

from __future__ import annotations

from ..mention_span import mention
from .fragments import agent_word
from .words import word_list

_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_MAKER_HEADS = word_list("by_maker_heads")


def _names_someone(tok) -> bool:
    """tok is a name: a PERSON / ORG / GPE / NORP entity, or a proper noun outside any entity; a date or a time
    ("projections by [Monday]", "an estimate by [March]") names no one."""
    if tok.ent_type_:
        return tok.ent_type_ in _NAME_LABELS
    return tok.pos_ == "PROPN"


def by_agent(ref, head):
    """The object token of the "by" phrase that names the maker of head's act or product (see the module
    docstring), else None."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _MAKER_HEADS and head.lower_ not in _MAKER_HEADS:
        return None
    if agent_word(ref, head.lower_) or agent_word(ref, head.lemma_.lower()):
        return None
    for c in head.rights:
        if c.dep_ != "prep" or c.lower_ != "by":
            continue
        obj = next((o for o in c.children if o.dep_ == "pobj"), None)
        if obj is None:
            continue
        named = next((a for a in obj.children if a.dep_ == "appos" and a.pos_ == "PROPN"), None)
        if obj.pos_ != "PROPN" and named is not None and _names_someone(named):
            return named  # "by the consulting firm [Oxford Economics]", "by the congresswoman [Jane Roe]"
        if _names_someone(obj) or obj.ent_type_ in _NAME_LABELS:
            return obj
    return None


def by_agent_name_start(obj) -> int:
    """The first token of the run of capitalised proper nouns (a hyphen inside a word kept: "Agence France-Presse")
    that ends at the proper-noun object obj (the describing words before it left out: "the nonpartisan", which the
    tagger may call a proper noun)."""
    doc, a = obj.doc, obj.i
    while a - 1 >= obj.left_edge.i:
        t = doc[a - 1]
        if t.pos_ == "PROPN" and not t.is_lower:
            a -= 1
        elif t.text == "-" and not t.whitespace_ and a - 2 >= 0 and not doc[a - 2].whitespace_ \
                and doc[a - 2].pos_ == "PROPN":
            a -= 1  # "Agence France-Presse"
        else:
            break
    return a


def by_agent_span(resolver, head):
    """(start, end) of the maker's mention for the mention headed by head (`by_agent`), else None: the object's
    mention, a proper noun's cut to its own name ("by [the consulting firm] Oxford Economics[ of events]";
    `resolver._name_end`: `documents._name_end`)."""
    agent = by_agent(resolver.ref, head)
    if agent is None:
        return None
    a, b = mention(agent)
    if agent.pos_ == "PROPN":
        a, b = max(a, by_agent_name_start(agent)), min(b, resolver._name_end(agent))
    return a, b
