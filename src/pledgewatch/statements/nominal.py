"""A speech act named by a noun with its speaker as possessor and its content as the noun's complement: "Russia's
unsubstantiated claim that ... rescue of orphaned children was ... humanitarian act", "Labour's call to scrap the VAT
rate", "Russia's demand for the west ... guarantee Ukraine will not join Nato", "... Putin's accusations of ... West
attempting to destroy Russia", "his promise to build a wall". The nouns are the `noun` rows of cues.csv, whose
`takes` says which complements carry content: `that` (a clause with the complementiser, not a relative clause: "the
claim that he made"), `to` (a to-infinitive), a preposition (`for`, `of`) whose object is the content, or `be`: the
annotation guide's "X's message was ...", the noun as the subject of the copula, its content the copula's
that-clause or the clause after a colon ("Roe's message to the allies was clear: Germany would ...": `_copular`).
The speaker is the possessor ("Russia's", "his") or the object of "by" or "from" ("claims by intelligence agencies
that ..."), or the subject of a verb by which it makes or repeats its own act (`own_act`: "the minister renewed his
call for more air defence", "the mayor made a plea for generators": the noun the verb's object, with no possessor or
a pronoun one: `nominal_own_act_verb` of statement_words.csv and `NOMINAL_OWN_POSSESSIVE`, his/her/its/their, a view
of pronouns.csv). Not taken: a noun inside
a quotation (the quoted speaker's word) or in the headline, one without a speaker or a content complement, or a
content another statement holds.
"""

from __future__ import annotations

import functools

from .. import config
from . import lexicon as L
from .mention_span import source_mention
from .vetoes import guide_only_lemma

_SPEAKER_PREPS = ("by", "from")
_DONE_TAGS = ("VBD", "VBZ", "VBP", "VBN")  # an act made (renewed, renews, has renewed), not one to be made


@functools.lru_cache(maxsize=2)
def nouns(path: str | None = None) -> dict[str, frozenset]:
    """{noun lemma: the complements it takes} from the `noun` rows of cues.csv."""
    rows = config.reference_rows(config.reference("cues.csv") if path is None else path)
    return {r["lemma"].strip(): frozenset((r.get("takes") or "").split()) for r in rows if r["kind"].strip() == "noun"}


def _speaker(n):
    """The token that names who made speech act n (possessor, or the object of "by"/"from"), or None. A pronoun
    ("their assurance that ...") is not taken: resolved from afar it too often names the wrong side, and a wrong
    speaker here would also become the antecedent of the next "they"."""
    poss = next((c for c in n.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss if poss.pos_ in ("PROPN", "NOUN") else _own_act(n, poss)
    for p in n.children:
        if p.dep_ == "prep" and p.lower_ in _SPEAKER_PREPS:
            obj = next((c for c in p.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                return obj
    return _own_act(n, None)


def _own_act(n, poss):
    """`own_act`: the named subject of the verb whose object noun n is, where that verb makes or repeats the
    subject's own act ("Ukraine's president renewed | his call for ...", "the mayor made | a plea for ..."): a
    `nominal_own_act_verb` (not a cue verb of its own: "repeated", "reiterated" take their object as content) in a
    finite or perfect form (an act made, not one to be made: "for Russia to make false
    claims that ..."), n with no possessor or a `nominal_own_possessive` one; a pronoun subject is not taken (as a
    pronoun possessor is not: `_speaker`), nor one that names no actor (`_named`)."""
    if n.dep_ != "dobj" or n.head.lemma_.lower() not in L.NOMINAL_OWN_ACT_VERB or n.head.tag_ not in _DONE_TAGS:
        return None  # a base form is no act made: "for Russia to make false claims that ...", "will renew"
    if poss is not None and poss.lower_ not in L.NOMINAL_OWN_POSSESSIVE:
        return None
    subj = next((c for c in n.head.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and _named(subj) else None


def _named(t) -> bool:
    """A subject that names who acts: a proper noun, or a common noun with a name in apposition or compound ("the
    mayor of Odesa, Vadym Koval"); not an event or a finding that renews others' calls ("the attack renewed calls
    for ...", "the agency's investigation renewed Republican calls for ...")."""
    return t.pos_ == "PROPN" or (t.pos_ == "NOUN" and any(
        c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in t.children))


def _mention(n, who):
    """The speaker's token span: the possessor's mention; but all the words before the noun when the noun heads
    its sentence ("As of Monday, Ukraine's military ... that ...": a verb the parser took for a noun, said by
    "Ukraine's military") or has a noun compound after the possessor ("the Kremlin's press office claims")."""
    comp = [c for c in n.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i > who.i]
    if who.dep_ == "poss" and (comp or n.dep_ == "ROOT"):
        return who.left_edge.i, n.i
    return source_mention(who)


def _complement(n, takes):
    """(first token, last token, preposition or None) of the content complement of noun n, or None."""
    parts, prep = [], None
    for c in n.rights:
        if c.dep_ == "prep" and c.lower_ in takes and c.lower_ not in _SPEAKER_PREPS:
            if prep is None and not parts:
                prep = c
            parts.append(c)
        elif c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX"):
            marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i]
            to = any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
            if marks and "that" in takes or to and "to" in takes or parts and prep is not None:
                parts.append(c)
    if not parts:
        return None
    first = parts[0].left_edge
    if prep is not None and first.i == prep.i:
        first = n.doc[prep.i + 1]
    elif first.lower_ == "that" and first.dep_ == "mark":
        first = n.doc[first.i + 1]
    return first, max(p.right_edge for p in parts), prep


def _copular(n, takes):
    """(first token, last token, None) of the content of noun n as the subject of "be" ("Berg's message to the allies
    was clear: Germany would ...", "Russia's warning was that ..."; nouns whose `takes` has "be"): the copula's
    that-clause, or the rest of the sentence after a colon right after the copula's own words; else None."""
    if "be" not in takes or n.dep_ != "nsubj" or n.head.lemma_ != "be":
        return None
    cop, doc = n.head, n.doc
    for c in cop.rights:
        if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i for m in c.children):
            return doc[c.left_edge.i + 1], c.right_edge, None
    k = cop.right_edge.i + 1
    if k + 1 < len(doc) and doc[k].text == ":" and doc[k].sent == cop.sent:
        last = doc[cop.sent.end - 1]
        while last.i > k + 1 and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
        return doc[k + 1], last, None
    return None


def nominal_cues(f):
    """Statements of the speech-act nouns of cues.csv with a speaker and a content complement, added to finder f."""
    ctx = f.ctx
    doc = ctx.doc
    table = nouns()
    strings = doc.vocab.strings
    lemmas = doc.to_array("LEMMA").tolist()
    wanted = {h for h in set(lemmas) if strings[h].lower() in table}
    for n in (doc[i] for i, h in enumerate(lemmas) if h in wanted):  # (no Token made for the other words)
        takes = table.get(n.lemma_.lower()) if n.pos_ == "NOUN" else None
        if not takes or n.idx < ctx.title_chars or ctx.quote_containing(n.idx) is not None or \
                ctx.outer and guide_only_lemma(n.lemma_.lower()):
            continue  # (under PolNeAR's convention a noun of guide_only_cue is none: "her request for comment")
        who = _speaker(n)
        found = (_complement(n, takes) or _copular(n, takes)) if who is not None else None
        if found is None:
            continue
        first, last, prep = found
        cs, ce = ctx.trim(first.idx, last.idx + len(last))
        if ce <= cs or f.overlaps(cs, ce):
            continue
        cue = f"{n.text} {prep.text}" if prep is not None else n.text
        f.add(cs, ce, cue, n.lemma_.lower(), _mention(n, who), n.i)
