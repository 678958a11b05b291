"""A role predicated of a person by a verb, not attached to the name.

Construction: the person's mention is the subject of a verb that gives them a role, either in a non-restrictive
relative clause on the name or in a sentence of its own:

- a copula or a verb of taking office (`role_verbs` of speaker_words.csv: be, become, remain, serve, appoint, name,
  elect) predicates the role noun phrase: its `attr` / `oprd` / `acomp` or the object of "as" ("Melnyk is Ukraine's
  deputy foreign minister.", "Novak, who became Slovenia's foreign minister last year,", "Dahl, who serves as
  Norway's minister of trade,", "Kral, who was appointed Czech interior minister,");
- a verb of leading (`lead_verbs`: head, lead, chair) makes its subject the head of the body it takes, where the
  body is a government body (its head noun one of `gov_heads`) whose words name a place ("Varga, who heads Hungary's
  foreign ministry," -> "head of Hungary's foreign ministry"; not "leads the investigation", "chairs the school's
  committee", "leads Ukraine's largest opposition party");
- tense and polarity: "be" or "serve" in the past with a time that ends it (`office_ends`: "until", "till",
  "between", "from ... to") names a former office ("Rossi, who was Italy's finance minister until last year," ->
  "former Italy's finance minister", which the coding stage reads as no office and the country Italy); without one
  it names nothing ("X, who was the region's governor when the city fell, said": the office may be the one held when
  speaking, which the narrative's past does not settle); taking office in the past (became, was appointed) names the
  current one; a negated verb ("is not a minister") names none.

The role counts only where the role words of roles.csv match it (a copula with any other noun, "Kral is a good
negotiator", gives nothing), and only outside quoted or reported content (a speaker's "X is a weak president" is
their claim, not the article's description).
"""

from __future__ import annotations

from .record import strip_det
from .words import word_list

_ROLE_VERBS = word_list("role_verbs")
_LEAD_VERBS = word_list("lead_verbs")
_OFFICE_ENDS = word_list("office_ends")
_SPAN_FROM = word_list("office_span_from")
_SPAN_TO = word_list("office_span_to")
_GOV_HEADS = word_list("gov_heads")
_COMPLEMENT_DEPS = {"attr", "oprd", "acomp"}
_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp"}
_MAX_ROLE = 14  # tokens: a longer stretch is a clause, not a role
_PAST_STAYING = word_list("past_staying_verbs")  # in the past tense: the office held then, not now


def _phrase(noun) -> str:
    """The noun phrase of `noun` without the clauses and punctuation that run on from it."""
    doc, last = noun.doc, noun.right_edge.i
    for c in noun.subtree:
        if c.i > noun.i and (c.dep_ in _CLAUSE_DEPS or c.is_punct):
            last = min(last, (c.left_edge.i if c.dep_ in _CLAUSE_DEPS else c.i) - 1)
    first = noun.left_edge.i
    if last - first + 1 > _MAX_ROLE:
        return ""
    return strip_det(doc[first:last + 1].text)


def _complement(verb):
    """The role noun (or the body led) of a role-giving verb, and whether it is a body led; (None, False) else."""
    lemma = verb.lemma_.lower()
    if lemma in _LEAD_VERBS:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return obj, True
    if lemma not in _ROLE_VERBS:
        return None, False
    for c in verb.children:
        if c.dep_ in _COMPLEMENT_DEPS and c.pos_ in {"NOUN", "PROPN"}:
            return c, False
        if c.dep_ == "prep" and c.lower_ == "as":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj, False
    return None, False


def _past(verb) -> bool:
    """A past "be" or "serve" (not passive: "was appointed" is taking office)."""
    if verb.lemma_.lower() not in _PAST_STAYING or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ == "aux"}
    return "VBD" in tags or ("VBN" in tags and any(c.lower_ == "had" for c in verb.children))


def _ended(verb) -> bool:
    """The verb has a time that ends the office: "until 2021", "between 2015 and 2017", "from 2015 to 2017"."""
    return any(c.dep_ == "prep" and (c.lower_ in _OFFICE_ENDS or (c.lower_ in _SPAN_FROM and any(
        g.lower_ in _OFFICE_ENDS | _SPAN_TO for g in c.subtree if g.i > c.i))) for c in verb.children)


def _role_of_verb(ref, verb) -> str:
    if any(c.dep_ == "neg" for c in verb.children):
        return ""
    noun, led = _complement(verb)
    if noun is None:
        return ""
    text = _phrase(noun)
    if not text:
        return ""
    if led and not (noun.lower_ in _GOV_HEADS and ref.find_country(text)):
        return ""
    role = f"head of {text}" if led else text
    if not ref.role_matches(role):
        return ""
    if _past(verb):
        return f"former {role}" if _ended(verb) else ""
    return role


def predicated_role(idx, start: int, end: int) -> str:
    """The role a verb predicates of the person mentioned at tokens [start, end): the verb of a relative clause on
    the name whose subject is its relative pronoun, or the verb the mention is the subject of; '' where none does."""
    doc, ref = idx.doc, idx.ref
    in_content = getattr(idx, "in_content", None)
    if in_content is not None and in_content(start):
        return ""
    for tok in doc[start:end]:
        for ch in tok.children:
            if ch.dep_ == "relcl" and ch.i >= end and any(
                    c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WP"} for c in ch.children):
                role = _role_of_verb(ref, ch)
                if role:
                    return role
    root = doc[start:end].root
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.i >= end:
        return _role_of_verb(ref, root.head)
    return ""
