"""An unnamed speaker's affiliation phrase after its mention: "Investigators [of the self-styled Donetsk
People's Republic] said", "sources [in the White House]", "The Institute [for Baltic Security Studies] said".

Construction: the mention's head noun hangs a preposition of `affiliation_preps` (speaker_words.csv: from, in, at,
of, with, for) right after the mention's span, and that preposition's object is itself (not only a word before it)
a named place, body or nationality (an entity of `affiliation_ents`: GPE, ORG, NORP, LOC, FAC); the phrase up to
the object's last word is carried into the speaker's canonical name ("a group as written", ANNOTATION.md):
"Investigators of the self-styled Donetsk People's Republic". A head that is itself a named body's word the
mention cut short ("The Institute") keeps only a preposition inside that same entity, up to the entity's end
("for Baltic Security Studies"). An apposition after the object ends the phrase ("..., a proxy government in ...").
`_settle` (__init__.py) adds the phrase after the speaker's country is set, so it changes the name only; the
coding stage's identity then reads a body the phrase names, or a from/of/for object ("Prosecutors from the ...
republic"); it strips an in/at + capitalised place (`coding.identity._HOST`) as where the speaker is.

Left alone: a document ("a statement from the EU": its author speaks, documents.py); a coordination in the mention
("Russia and its allies in ...") or in the object ("Experts from Russia and Ukraine"); a mention marked as an
occupation or breakaway body (`occupied_marks`, seats.occupied); an in/at object that is a bare place (GPE/LOC:
"A soldier in eastern Ukraine", "Sources in Warsaw": where the speaker is; an official body's seat is seats.py's);
a relational head whose object is the other side (`counterpart_heads`: "Allies of Ukraine", "Critics of the
Kremlin"); an event as the object (`event_objects`: "Officials at the ... Conference"); a named body's head with a
preposition outside its entity ("NATO in Brussels"); an object that is no named place or body ("officials in talks
with Moscow", "soldiers from the front line", "voters in a new Gallup survey"); a verb of a clause or a punctuation
mark inside the phrase; a named person's mention ("Scholz in Berlin"); a date or a number as the object.

    affiliation_phrase(doc, (0, 1)) for "Lawyers at the International Criminal Court said ..." ->
    "at the International Criminal Court"
"""

from __future__ import annotations

from .seats import occupied
from .words import word_list

_MAX_WORDS = 8
_NAMED_HEADS = frozenset({"PERSON", "GPE", "NORP"})  # a named person, country or people: named, not described
_PLACES = frozenset({"GPE", "LOC"})


def _clause_word(w) -> bool:
    """A punctuation mark or a verb of a clause; a participle modifying a noun ("self-proclaimed", "Russian-held")
    is part of the name."""
    if w.is_punct:
        return w.text != "-"
    return w.pos_ in ("VERB", "AUX") and w.dep_ not in ("amod", "compound") and w.nbor(-1).text != "-"


def _object_words(prep):
    """The prepositional object's words (prep + 1 .. its right edge), or None where they hold a clause, a comma or
    more than _MAX_WORDS words."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    last = pobj.right_edge.i + 1
    comma = next((w.i for w in prep.doc[pobj.i + 1:last] if w.text == ","), None)
    words = prep.doc[prep.i + 1:comma or last]  # up to an apposition: "..., a proxy government in ..."
    if len(words) > _MAX_WORDS or any(_clause_word(w) for w in words):
        return None
    if any(w.dep_ in ("cc", "conj", "preconj") for w in words):
        return None  # a coordinated object ("Experts from Russia and Ukraine"): no one body or place
    return pobj, words


def affiliation_phrase(doc, span) -> str:
    """The affiliation phrase hung on the head of the mention at token span (start, end), starting right after it
    ("in the White House" after "sources"); '' where there is none."""
    if not span:
        return ""
    start, end = int(span[0]), int(span[1])
    if end >= len(doc) or doc[end].lower_ not in word_list("affiliation_preps") or doc[end].dep_ != "prep":
        return ""
    prep = doc[end]
    head = prep.head
    if any(w.dep_ in ("cc", "conj") for w in doc[start:end]) or occupied(doc[start:end]):
        return ""  # a coordination ("Russia and its allies"); an occupation body, whose place is the territory
    if head.lower_ in word_list("doc_heads") or head.lemma_.lower() in word_list("doc_heads"):
        return ""  # a document "from the EU" is the EU's own: documents.py names its author
    if head.lower_ in word_list("counterpart_heads") or head.lemma_.lower() in word_list("counterpart_heads"):
        return ""  # the other side of a relation ("Allies of Ukraine", "Critics of the Kremlin")
    if not start <= head.i < end:
        return ""
    if head.ent_type_ in word_list("affiliation_ents") - _NAMED_HEADS:
        # a named body's head word: only a preposition inside the same entity ("Institute [for] the Study of War"),
        # cut at that entity's end; "NATO in Brussels" is named already
        if prep.ent_iob_ != "I":
            return ""
        stop = next((w.i for w in doc[prep.i:] if w.ent_iob_ != "I"), len(doc))
        return doc[prep.i:stop].text if stop > prep.i + 1 else ""  # the entity ends at the preposition: no object
    if head.pos_ != "NOUN" or head.ent_type_ in _NAMED_HEADS:
        return ""
    found = _object_words(prep)
    if found is None:
        return ""
    pobj, words = found
    if pobj.ent_type_ not in word_list("affiliation_ents"):
        return ""  # the object itself is no named place or body: "voters in a new Gallup survey"
    if pobj.lower_ in word_list("event_objects"):
        return ""  # an event is where the speaker is: "delegates at the Riga Defence Forum"
    if prep.lower_ in word_list("location_preps") and pobj.ent_type_ in _PLACES and any(
            w.pos_ != "DET" and w.ent_iob_ == "O" for w in words if w.i < pobj.i):
        # a place with a word of its own before it is where the speaker is ("A soldier in eastern Ukraine",
        # "in war-torn Syria"); "in (the) Moscow" is kept: coding strips an in/at capitalised place
        return ""
    return doc[prep.i:words.end].text
