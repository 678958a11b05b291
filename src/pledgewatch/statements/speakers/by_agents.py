"""The agent a "by" phrase names on a mention whose head names no agent: "according to an extensive examination by
[a newspaper]", "according to predictions by [the central bank]", "a text by [the congresswoman Jane Roe] ...
appeared to press for": the head is an act or its product (a nominalised passive), the by-phrase its maker, and the
maker speaks. The head is a common noun no speaker word list, role or agent ending names (`fragments.agent_word`: a
person, body, group or document noun has its own branch; a document's "by" source is `documents.py`'s), the "by"
hangs on the head itself and after it, and its object is a name (a proper noun, or a PERSON / ORG / GPE / NORP
entity) or a noun with a name in apposition ("by the Republican congresswoman Jane Roe"): "a rise by 20 percent",
"by Friday" name no one. The maker's mention is the object's (`mention_span.mention`), a proper noun's cut before a
lower-case "of" phrase ("by [The Daily] of events on campuses": `documents._name_end`)."""

from __future__ import annotations

from .fragments import agent_word

_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


def by_agent(ref, head):
    """The object token of the "by" phrase that names the maker of head's act or product (see the module
    docstring), else None."""
    if head.pos_ != "NOUN" or agent_word(ref, head.lower_) or agent_word(ref, head.lemma_.lower()):
        return None
    for c in head.rights:
        if c.dep_ != "prep" or c.lower_ != "by":
            continue
        obj = next((o for o in c.children if o.dep_ == "pobj"), None)
        if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in _NAME_LABELS or any(
                a.dep_ == "appos" and a.pos_ == "PROPN" for a in obj.children)):
            return obj
    return None
