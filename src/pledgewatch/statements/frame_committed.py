"""What a commitment or contribution is to: the object of its "to", as the parse attaches it (the clause frame's
`cto`, statements/clause_frame.py; read by coding/aid_recipient.py `committed_to_ukraine`).

Construction: a word of commitment or contribution (`frame_committed_word`: "committed", "contribution(s)",
"contribute" ...) in the content with a preposition "to" among its children, or an infinitive right after it (xcomp or advcl):
"Canberra is still committed | to the Ukrainian war effort", "Britain's contributions | to Ukraine's war effort",
"a power that had committed | to guarantee the security of Kyiv". What the "to" governs is read as the object's own
phrase (`_core`): the noun, its possessor, adjectives, compounds, appositions and conjuncts, and the objects of its
"of" / "for" (`frame_core_preposition`: "the security | of Kyiv"); for a verb, its direct object and dative. Not a
relative or clausal modifier of the object ("the idea | that Ukraine must give up land", "a settlement | Kyiv would
never accept"), nor a preposition of place, topic or company ("the rise in prices | in Ukraine", "talks | with Moscow",
"the war effort | in Ukraine"): a word that follows the "to" is no beneficiary unless the "to" governs it. The
frame keeps the committed word, the object's words and the committer's words (`_committer`: the subject of its
clause, the noun a relative clause modifies, or a noun's possessor or "of" / "by" object), lower-cased: plain values
the coding stage judges.
"""

from __future__ import annotations

from . import lexicon as L

MAX_WORDS = 16  # the longest object or committer kept
_CORE = frozenset(("poss", "amod", "compound", "nmod", "appos", "conj"))  # the object's own phrase
_VERB_OBJECT = frozenset(("dobj", "dative"))
_SUBJ = frozenset(("nsubj", "nsubjpass"))
_NAME = frozenset(("amod", "compound"))  # the committer's own words


def _core(n, out: list, depth: int = 0) -> list:
    """The tokens of the phrase n heads: its own modifiers, conjuncts and "of" / "for" objects; a verb's direct object
    and dative, not the verb (module doc)."""
    if depth > 4 or len(out) >= MAX_WORDS:
        return out
    if n.pos_ not in ("VERB", "AUX"):
        out.append(n)
    for c in n.children:
        if c.dep_ in _CORE and not (c.dep_ == "conj" and any(x.dep_ in ("neg", "preconj") for x in c.children)):
            _core(c, out, depth + 1)
        elif c.dep_ == "prep" and c.lower_ in L.FRAME_CORE_PREPOSITION:
            for p in c.children:
                if p.dep_ == "pobj":
                    _core(p, out, depth + 1)
        elif n.pos_ in ("VERB", "AUX") and c.dep_ in _VERB_OBJECT:
            _core(c, out, depth + 1)
    return out


def _words(n) -> list[str]:
    """The lower-cased words of the phrase n heads (`_core`), in text order."""
    return [t.lower_ for t in sorted(_core(n, []), key=lambda t: t.i)]


def _to_object(t):
    """The object the committed word's "to" governs: the pobj (or pcomp) of a prep "to", or an infinitive xcomp."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "to":
            return next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
        if c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == t.i + 1
                                                  for a in c.children):
            return c  # "committed | to guarantee the security of Kyiv": the infinitive right after the word
    return None


def _name(n) -> list[str]:
    """The committer's own words: the head and its adjectives, compounds and conjuncts, not its possessor ("Ukraine's
    partners" are partners, "the Ukrainian government" Ukrainian), lower-cased in text order."""
    toks = [n] + [c for c in n.children if c.dep_ in _NAME]
    toks += [x for c in n.children if c.dep_ == "conj" for x in [c] + [d for d in c.children if d.dep_ in _NAME]]
    return [t.lower_ for t in sorted(toks, key=lambda t: t.i)]


def _committer(t) -> list[str]:
    """Who commits or contributes (`_name`): a noun's possessor or "of" / "by" object ("Britain's contributions"), the
    subject of the word's clause or of the verb an adjective completes ("Canberra is committed"), the noun a relative
    clause modifies ("a power that had committed"); [] where none."""
    if t.pos_ in ("NOUN", "PROPN"):
        for c in t.children:
            if c.dep_ == "poss":
                return _name(c)
            if c.dep_ == "prep" and c.lower_ in L.FRAME_COMMITTER_PREPOSITION:
                return [w for p in c.children if p.dep_ == "pobj" for w in _name(p)]
        return []
    for v in (t, t.head) if t.dep_ in ("acomp", "xcomp", "oprd") else (t,):
        holders = [v] + [a for a in v.children if a.dep_ in ("aux", "auxpass")]  # "partners | are | committed"
        subj = next((c for h in holders for c in h.children if c.dep_ in _SUBJ), None)
        if subj is not None:
            return _name(v.head if subj.lower_ in L.RELATIVE_PRONOUN and v.dep_ == "relcl" else subj)
    return []


def committed(span) -> list[dict]:
    """{"w": the committed word, "obj": the words its "to" governs, "by": the committer's words} for each word of
    commitment or contribution in the content whose "to" the parse attaches (module doc)."""
    out = []
    for t in span or ():
        if t.lower_ not in L.FRAME_COMMITTED_WORD:
            continue
        obj = _to_object(t)
        if obj is not None:
            out.append({"w": t.lower_, "obj": _words(obj), "by": _committer(t)})
    return out
