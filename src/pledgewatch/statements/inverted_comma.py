"""A sentence closed by a comma and an inverted cue, the speaker after the verb, where the parse hung the verb on the
sentence and no cue rule took it (issue #14, round 43): "Poland is one of the countries doing the most to send
artillery, said the president, Andrzej Duda, while defending the pace of deliveries." (the verb a conjunct of the
clause, its subject the speaker), "Hungary's shrinking press freedom has pushed the country away from its partners,
explained Novak." (the verb a conjunct, the speaker its object), "They had hoped to hold the bridges, said Anna
Keller at the Institute for Strategic Studies in Geneva." (the speaker the subject of a complement the parse made of
a later noun). The comma form of
`postposed.postposed_bare` ("A - noted X."), the inverted order of `postposed.postposed_comma` ("A, X said.").

The cue is a finite reporting verb right after the comma (`postposed._postposed_cue`) that inverts with its speaker
(`lexicon.INVERTING_CUE`: say, add, explain, note ...; not tell, warn, recall, cite, whose object is the one addressed
or a thing: "Zelensky flew to Washington, told Congress about the war.", "The chancellor flew to Kyiv, recalled
Churchill."); the speaker a noun phrase after it (a name glued by a hyphen whole: "Jean-Yves Le Drian") whose head
names someone (a proper noun, a person or body, or a title: "the chancellor"; not "stressed the importance of air
defence", "added the Patriot system"), not followed by a list ("said Scholz, Macron and Biden"); after the speaker
only adjuncts, an apposition or a participle clause to the sentence's end (no finite verb, no "that", no quotation
mark, no colon: not "..., added the governor, who visited ..."); the words before the comma a clause with a finite
verb and a subject of its own, no question put ("Is Ukraine losing the war, asked ..."), no cue of its own
(`_own_cue`), any quotation in them closed there (`comma_tags.closed_inside`), and the inverted verb with no
subject among them (`_clause_before`). Not where the cue already has a statement, the words are covered, or the
cue's vetoes hold (`postposed._speaker_vetoed`). Not "Russia invaded, claimed the lives of ...": "the lives" names
nobody.
"""

from __future__ import annotations

from . import lexicon as L
from .comma_tags import clause_outside, closed_inside, name_hyphen
from .grammar import FINITE_TAGS, SPEAKER_ENTS, cue_of
from .names import TITLE_WORDS
from .postposed import _COMMA, _FINITE, _np_end, _postposed_cue, _speaker_vetoed

_TAIL_STOP = ("that", ":", ";", "(")


def _names_speaker(doc, k, end):
    """The noun phrase doc[k:end] names a speaker: its head (the word whose parent lies outside it) a proper noun, a
    person or body, or a title word ("the importance of air defence", "the Patriot system" name nobody)."""
    heads = [t for t in doc[k:end] if not k <= t.head.i < end or t.head.i == t.i]
    return bool(heads) and all(t.pos_ == "PROPN" or t.ent_type_ in SPEAKER_ENTS or t.lower_ in TITLE_WORDS
                               for t in heads)


def _a_question(words) -> bool:
    """The words before the comma put a question ("Is Ukraine losing the war, asked ..."): a wh-word first, or a
    finite auxiliary first with its subject after it. A question put is no statement."""
    first = words[0]
    if first.tag_ in ("WDT", "WP", "WP$", "WRB"):
        return True
    return first.pos_ == "AUX" and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i
                                       for c in (first.head if first.dep_ == "aux" else first).children)


def _with_apposition(doc, k, end):
    """The speaker's span doc[k:end], over a name in apposition after its comma ("the president, Andrzej Duda")."""
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ == "PROPN":
        name_end = _np_end(doc, end + 1)
        if all(t.pos_ == "PROPN" or name_hyphen(doc, t.i) for t in doc[end + 1:name_end]):
            return k, name_end
    return k, end


def _tail_closes(doc, end):
    """Only adjuncts, an apposition or a participle clause from token end to the sentence's end."""
    for t in doc[end:doc[end - 1].sent.end]:
        if "\n" in t.text or t.tag_ in FINITE_TAGS or t.lower_ in _TAIL_STOP or t.is_quote:
            return False
        if "\n" in t.whitespace_:
            return True
    return True


def _content_after(doc, k, end) -> bool:
    """The phrase doc[k:end] names no person and is followed by a preposition that opens the verb's complement
    (`lexicon.CONTENT_PREPOSITION`): "..., added Germany to its list of unfriendly states", "..., added the European
    Union to its list of hostile bodies": a place or a body there is the verb's object, not its speaker. A person or a
    title keeps the rule ("..., explained Filipovic to reporters", "..., said a spokesman for the ministry"); a time
    after "on" is an adjunct. (The final read of round 43 found the object case after a mend had dropped this check.)"""
    if end >= len(doc) or doc[end].lower_ not in L.CONTENT_PREPOSITION:
        return False
    if any(c.ent_type_ in ("DATE", "TIME") for c in doc[end].children):
        return False
    return not any(t.ent_type_ == "PERSON" or t.lower_ in TITLE_WORDS for t in doc[k:end])


def _a_list(doc, end) -> bool:
    """The speaker runs on into a list ("said Scholz, Macron and Biden"): "and"/"or" right after the phrase, or a
    comma and a name and "and"/"or" (a joint speaker is not split into its first name)."""
    if end < len(doc) and doc[end].pos_ == "CCONJ":
        return True
    return end + 1 < len(doc) and doc[end].text == "," and any(
        t.pos_ == "CCONJ" for t in doc[end + 1:min(end + 5, doc[end].sent.end)])


def _clause_before(ctx, words, v) -> bool:
    """The words before the comma a statement's clause of the writer's (`comma_tags.clause_outside`) with a subject
    of its own, not a question put (`_a_question`), and the inverted verb with no subject of its own among them
    ("Zelensky flew to Washington, told ...": the verb shares the clause's subject). A conjunct of a verb with a
    subject is kept: the parse makes the inverted tag itself one ("A is one of ..., said the chancellor"); the
    second verb of one subject ("The chancellor flew to Kyiv, recalled Churchill.") is kept out by the cue list
    (`lexicon.INVERTING_CUE`)."""
    if not clause_outside(ctx, words) or _a_question(words):
        return False
    if not any(t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for t in words):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i for c in v.children)


def _own_cue(ctx, words) -> bool:
    """Words hold a speech event of their own (a relay tag: "X said this in its report, said the agency."): a cue
    token that is finite or has a subject, a phrase cue only with its particle right after ("pushed the country
    away" is no "push for"; "to deny access" no event of its own)."""
    doc = ctx.doc
    for t in words:
        if t.i not in ctx.cue_idx or not (t.tag_ in _FINITE or any(c.dep_ == "nsubj" for c in t.children)):
            continue
        cue = cue_of(t, ctx.verbs, ctx.forms, t.idx < ctx.title_chars)
        if cue is None or cue.kind == "phrase" and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in cue.particles):
            continue
        return True
    return False


def _cue_after(ctx, i):
    """(cue verb, its cue) of a finite reporting verb at token i (or after one adverb: "also said"), or None."""
    doc = ctx.doc
    if doc[i].pos_ == "ADV" and i + 1 < len(doc):
        i += 1
    v = doc[i]
    cue = _postposed_cue(ctx, v) if v.pos_ == "VERB" and v.tag_ in _FINITE else None
    return (v, cue) if cue is not None else None


def inverted_commas(f):
    """Statements of "A, said SPEAKER." where no cue rule took the verb, added to finder f."""
    ctx = f.ctx
    doc, text = ctx.doc, ctx.text
    taken = {r.cue_i for r in f.rows}
    for m in _COMMA.finditer(text):
        comma = m.start() + 1
        i = ctx.tok_at(m.end())
        if ctx.quote_containing(comma) is not None or i + 1 >= len(doc) or doc[i].idx != m.end():
            continue
        found = _cue_after(ctx, i)
        if found is None or found[0].i in taken or found[0].i + 1 >= len(doc):
            continue
        v, cue = found
        k = v.i + 1
        if v.lemma_.lower() not in L.INVERTING_CUE or doc[k].pos_ not in ("DET", "PROPN") or \
                ctx.line_of(doc[k].idx) != ctx.line_of(v.idx):
            continue  # "..., told Congress", "..., recalled Churchill": the one after most cues is their object
        span = _with_apposition(doc, k, _np_end(doc, k))
        if not _names_speaker(doc, *span) or not _tail_closes(doc, span[1]) or _a_list(doc, span[1]) or \
                _content_after(doc, *span):
            continue
        last = ctx.tok_at(comma - 1)
        first = doc[last].sent.start
        words = doc[first:last + 1]
        if not _clause_before(ctx, words, v) or _own_cue(ctx, words) or not closed_inside(ctx, words):
            continue
        cs, ce = doc[first].idx, comma
        if ctx.line_of(cs) != ctx.line_of(comma) or f.overlaps(cs, ce) or _speaker_vetoed(f, v, cue, span):
            continue
        f.add(cs, ce, doc[i:v.i + 1].text, v.lemma_.lower(), span, v.i)
