"""An "according to Y" on a clause whose own speech verb has a speaker of its own: the verb's speaker owns the words
(the guide's convention only: a nested attribution belongs to its innermost speaker; Y only relays it).

Two shapes, settled after every cue of the article has been tried (`Finder.run`, pass 2):

- `closing_tag`: the phrase closes the sentence of a cue verb's row that runs over it: "In response, the US said it
  had seen no change in Russia's posture, according to a Pentagon spokesman", "The minister told reporters the
  talks had failed, according to Interfax": the verb's row ends before the phrase and the "according to" row (the
  whole sentence, the speech verb inside it) is dropped.
- `verb_owned`: the phrase hangs on an active cue verb with a speaking subject that no content strategy gave a row
  (an object or infinitive no frame of cues.csv takes): "Russian officials, according to the RIA Novosti news
  agency, acknowledged damage to another bridge", "According to KIIS, the historian Timothy Garton Ash proposed to
  ask about Crimea", "The governor, according to local media, confirmed the strike on the depot": the verb's row
  (its words after the verb, without the phrase) replaces the "according to" row.

Not a passive or a subject that cannot speak ("Vulin is accused of ..., according to US authorities", "A series of
attacks suggests ..., according to officials": the vetoes of `attribution.speaker`), nor a phrase inside a
quotation, nor a phrase inside the content ("X said the plant, according to reports, was hit": X's words), nor a
verb whose words would open with a pronoun ("According to the inquiry, Vickers found himself behind a pillar").
"""

from __future__ import annotations

from .attribution import speaker, written_cue
from .conventions import polnear_convention
from .grammar import cue_of
from .quotes import QUOTE_CHARS
from .speaking import named_or_agent

_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj"})


def according_owners(f):
    """Settle every "according to" row of finder f whose clause's speech verb has its own speaker (docstring)."""
    if polnear_convention(f.nesting):
        return
    dropped = set()
    for r in f.rows:
        if r.cue_lemma != "according to" or r.cue_i is None or f.ctx.quote_containing(f.ctx.doc[r.cue_i].idx) \
                is not None:
            continue
        if closing_tag(f, r) or verb_owned(f, r):
            dropped.add(r)
    if dropped:
        f.rows = [r for r in f.rows if r not in dropped]


def _phrase(a):
    """(first, last) token index of the phrase "according to Y" at token a."""
    to = next((c for c in a.children if c.lower_ == "to"), None)
    last = max([a.i] + ([to.right_edge.i] if to is not None else []))
    return a.i, last


def closing_tag(f, r):
    """r's phrase closes the sentence of another row o whose cue governs the phrase and whose content runs over it:
    o ends before the phrase. True when done (r is to be dropped)."""
    ctx, doc = f.ctx, f.ctx.doc
    a = doc[r.cue_i]
    lo, hi = _phrase(a)
    if not all(t.is_punct or t.is_space for t in doc[hi + 1:a.sent.end]):
        return False
    for o in f.rows:
        if o is r or o.cue_i is None or o.cue_lemma == "according to" or o.quote_type == "direct":
            continue
        v = doc[o.cue_i]
        if not (v.i < lo and o.char_start < a.idx < o.char_end and (a.head.i == v.i or v.is_ancestor(a))):
            continue
        cs, ce = ctx.trim(o.char_start, a.idx)
        if ce - cs < 2:
            return False
        o.set_span(cs, ce, ctx.text)
        if not any(ch in QUOTE_CHARS for ch in o.text):
            o.quote_type = "indirect"
        return True
    return False


def _speaking_subject(v):
    """v's active subject, a name or a noun that names a person, body or group (`speaking.named_or_agent`: "the
    governor", "officials"; not "a series of attacks", "this"); None for a passive."""
    if any(c.dep_ in ("nsubjpass", "auxpass", "csubj", "expl") for c in v.children):
        return None
    s = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return s if s is not None and named_or_agent(s) else None


def verb_owned(f, r):
    """r's phrase hangs on an active cue verb v with a speaking subject and no row of its own: v's row, with its
    words after the verb (not the phrase), is added. True when added (r is to be dropped)."""
    ctx, doc = f.ctx, f.ctx.doc
    a = doc[r.cue_i]
    v = a.head
    cue = cue_of(v, ctx.verbs, ctx.forms, False)
    if cue is None or v.dep_ not in _CLAUSE_DEPS or _speaking_subject(v) is None or \
            any(o.cue_i == v.i for o in f.rows) or ctx.quote_containing(v.idx) is not None:
        return False
    found = speaker(ctx, v, cue)
    if found is None:
        return False
    _, span, _ = found
    lo, hi = _phrase(a)
    first = v.i + 1
    if first < len(doc) and cue.particles and doc[first].lower_ in cue.particles:
        first += 1
    last = v.right_edge.i
    if lo <= first <= hi or first < lo and all(t.is_punct for t in doc[first:lo]):
        first = hi + 1  # "acknowledged, according to Y, damage to ..."
    elif first < lo <= last:
        last = lo - 1  # "acknowledged damage to the bridge, according to Y"
    if first > last or doc[first].pos_ == "PRON":
        return False  # (nothing said: "According to the police report, Vickers found himself on the far side")
    text, lemma = written_cue(v, cue)
    return f.add(doc[first].idx, doc[last].idx + len(doc[last]), text, lemma, span, v.i) is not None
