"""An unnamed speaker described through "the bloc" ("the bloc's presidency", "the bloc's top justice official", "the
27-nation bloc's foreign policy chief"): the bloc is the one the article is about, the EU or NATO, not the country
the sentences around name (which gave "the bloc's presidency" the United Kingdom or Russia). Round 42.

Construction: a token of the speaker's mention is a `bloc_nouns` noun ("bloc"; the parse may tag it a proper noun)
with a definite determiner and no modifier but a home one ("the 27-nation bloc", "the military bloc"; not "the Soviet
bloc"), the possessor of the mention's head, a `bloc_role_heads` noun ("the bloc's presidency"; not "the bloc's
critics", "critics of the bloc", "the bloc's most pro-Russian member"), and the speaker's name holds it (a named
person, "the bloc's leader Oleksandr Mazur", keeps their own country).

Its country: none where the article introduces another bloc (`other_blocs` named: "the CSTO"; a `bloc_rival_nouns`
noun with a modifier of its own or with an indefinite determiner or none: "a Moscow-led security alliance", "formed
an alliance"; `bloc_home_modifiers` and numbers excepted: "the military alliance"; one in apposition to or predicated
of the EU or NATO is that body: "The EU, a 27-nation bloc,", "The EU is the world's largest trading bloc"; a noun
used attributively, "bloc members", introduces none); else, where the role is one bloc's (`bloc_role_eu`: "foreign
policy chief"; `bloc_role_nato`: "secretary general"), that bloc if the article names it, none if not; else the
`bloc_homes` bloc the article's named bodies outside quotations give at least twice and twice as often as the other
("EU", "the European Union", "Nato": entities the gazetteer maps to EU or NATO; "the alliance" is no named body).
Where none of these gives a bloc, the speaker has no country: the statements stage makes no guess from the sentences
around (the coding stage's `article_government` may still give it the government the article quotes, as on main).
"""

from __future__ import annotations

import collections

from ..names import fold
from .words import word_list

_BLOC_NOUNS = word_list("bloc_nouns")
BLOC_HOMES = word_list("bloc_homes")
_ROLES = {home: word_list(f"bloc_role_{home.lower()}") for home in BLOC_HOMES}
_RIVAL_NOUNS = word_list("bloc_rival_nouns")
_HOME_MODIFIERS = word_list("bloc_home_modifiers")
_OTHER_BLOCS = word_list("other_blocs")
_ROLE_HEADS = word_list("bloc_role_heads")
_MODIFIER_DEPS = ("amod", "compound", "nmod", "nummod", "npadvmod")


def names_the_bloc(name: str) -> bool:
    """The speaker's name as resolved holds a `bloc_nouns` word ("bloc's presidency"; not "Kadri Simson")."""
    return bool(set(fold(name).replace("'s", " ").replace("’s", " ").split()) & _BLOC_NOUNS)


def _home(ref, text: str) -> str:
    """The bloc ("EU", "NATO") the gazetteer maps text to as a body ("the European Union", "Nato"), else ''."""
    row = ref.place(text)
    return row["country"] if row is not None and row.get("kind") == "body" and row.get("country") in BLOC_HOMES else ""


def _home_modifier(c, ref) -> bool:
    """A modifier that keeps "bloc"/"alliance" the EU or NATO: a number ("27-nation"), `bloc_home_modifiers`
    ("military"), or the body's own name ("the Nato alliance")."""
    return any(t.like_num for t in c.subtree) or c.lower_ in _HOME_MODIFIERS or bool(_home(ref, c.text))


def named_bloc(doc, ref, sp) -> bool:
    """The speaker's mention (token span sp) holds "the bloc" with no modifier of its own but a home one (a number,
    `bloc_home_modifiers`, the body's name: `_home_modifier`), as the
    possessor of the mention's head, a `bloc_role_heads` noun ("the bloc's presidency"; not "the bloc's critics",
    "critics of the bloc", "the bloc's most pro-Russian member")."""
    if not sp:
        return False
    inside = range(sp[0], sp[1])
    for t in doc[sp[0]:sp[1]]:
        if t.lower_ in _BLOC_NOUNS and t.pos_ in ("NOUN", "PROPN") and t.dep_ == "poss" and \
                t.head.lower_ in _ROLE_HEADS and (t.head.head.i not in inside or t.head.head.i == t.head.i or
                                                  t.head.head.lower_ in _ROLE_HEADS):
            kids = list(t.children)
            if any(c.dep_ == "det" and c.morph.get("Definite") == ["Def"] for c in kids) and all(
                    _home_modifier(c, ref) for c in kids if c.dep_ in _MODIFIER_DEPS + ("prep",)):
                return True
    return False


def another_bloc(doc, ref) -> bool:
    """The article names a bloc other than the EU or NATO (`other_blocs`) or introduces one with a modified or
    undetermined `bloc_rival_nouns` noun ("a Moscow-led security alliance", "formed a bloc", "an election bloc"); a
    noun used attributively introduces none ("bloc members", "Nato alliance members": the parse's compound)."""
    text = f" {' '.join(fold(t.text) for t in doc if not t.is_space)} "
    if any(f" {name} " in text for name in _OTHER_BLOCS):
        return True
    for t in doc:
        if t.lower_ in _RIVAL_NOUNS and t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound" and \
                not _said_of_home(doc, ref, t):
            kids = list(t.children)
            if not any(c.dep_ in ("det", "poss") and c.morph.get("Definite") != ["Ind"] for c in kids) or any(
                    c.dep_ in _MODIFIER_DEPS and not _home_modifier(c, ref) for c in kids):
                return True
    return False


def _home_body(doc, ref, tok) -> bool:
    """The token stands in an entity the gazetteer maps to the EU or NATO ("The EU", "Nato")."""
    return any(e.start <= tok.i < e.end and bool(_home(ref, e.text)) for e in doc.ents)


def _said_of_home(doc, ref, t) -> bool:
    """A `bloc_rival_nouns` noun in apposition to the EU or NATO, or predicated of it, is that body ("The EU, a
    27-nation bloc,"; "Nato, the world's biggest military alliance,"; "The EU is the world's largest trading bloc")."""
    if t.dep_ == "appos" and _home_body(doc, ref, t.head):
        return True
    if any(c.dep_ == "appos" and _home_body(doc, ref, c) for c in t.children):
        return True
    return t.dep_ == "attr" and any(c.dep_ == "nsubj" and _home_body(doc, ref, c) for c in t.head.children)


def _home_counts(doc, ref, quoted) -> collections.Counter:
    """How often the article names each bloc (`_home`) by a body outside its quotations (`quoted`, character spans)."""
    counts = collections.Counter()
    for e in doc.ents:
        home = _home(ref, e.text)
        if home and not any(a <= e.start_char < b for a, b in quoted):
            counts[home] += 1
    return counts


def article_facts(doc, ref, quoted) -> tuple[bool, collections.Counter]:
    """(the article introduces another bloc, how often it names each bloc outside its quotations `quoted`): the
    article's bloc facts, which `ArticleIndex.bloc_facts` finds once per article (whatever the number of its bloc
    speakers) with its quotations (`ArticleIndex.quotations`, the one reading the gender votes read too)."""
    other = another_bloc(doc, ref)
    return other, collections.Counter() if other else _home_counts(doc, ref, quoted)


def article_bloc(res, name: str) -> str:
    """The bloc of an unnamed "the bloc" speaker (module doc) in the article of resolver `res`: where its role is one
    bloc's, that bloc if the article names it outside quotations, else ''; with no such role, the one the named bodies
    outside quotations give at least twice and twice as often as the other, else ''."""
    other, counts = res.idx.bloc_facts()
    if other:
        return ""
    words = f" {fold(name)} "
    roles = [home for home, phrases in _ROLES.items() if any(f" {p} " in words for p in phrases)]
    if len(roles) == 1:
        return roles[0] if counts[roles[0]] else ""
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) == 2 and top[0][1] < 2 * top[1][1]):
        return ""
    return top[0][0]


def bloc_country(res, sp, name: str) -> str | None:
    """The country of an unnamed speaker described through "the bloc" (module doc), '' where the article gives
    none (the caller keeps it none: no guess from the sentences around), None where the mention is no such speaker;
    `res` the article's resolver."""
    if not names_the_bloc(name) or not named_bloc(res.doc, res.ref, sp):
        return None
    return article_bloc(res, name)
