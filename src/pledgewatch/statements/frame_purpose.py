"""What a clause is for: a giving verb in a non-finite clause below the clause's own verbs (the clause frame's
`purp`, statements/clause_frame.py; read by coding/purposes.py).

Construction: the clause's predicate chain (head and xcomp chain) reaches a verb of `frame_purpose_lemma` (help,
support, provide, supply ...) only through these paths:
- a purpose infinitive (advcl/xcomp: "we'll work with our Ukrainian partners | to help them ...", "the allies have
  to pool their stocks | to help Kyiv"), "in order to" too (`frame_purpose_order`: the parse hangs the infinitive
  on "order": "the UK will seize Russian assets in order | to give them to Ukraine");
- a verb of aiming and its preposition (`frame_purpose_aim`: "aim at", "focus on", "dedicate to"), on the chain or
  as a participle on one of its nouns, and the gerund after that preposition ("will host a conference ... focused on
  | helping Ukraine recover", "a donors' meeting in the spring aimed at | helping Ukraine rebuild", "must concentrate
  on | ending the fighting");
- below such a verb or a later verb of the chain, its infinitive or a gerund conjoined to it ("must concentrate on
  ending the fighting as well as continuing | to provide financial support": the chain runs on through "on ending").
Nothing else: no other preposition ("vote against | sending", "thank Germany for | supporting", "prevent the EU from
| sending", "wait before | sending", "rather than | sending", "the cost of | supporting"), no infinitive or participle
of a noun that is no verb of aiming ("resist pressure | to send", "reject Kyiv's request | to supply", "visit the
factories | supplying Ukraine": the request's or the factories' giving, not the clause's purpose). The frame keeps the
first such verb's clause, at most `DEPTH` verbs below a chain verb (`STEPS` tokens in all), not past a clause with a
subject of its own ("we will act | so that others can help Ukraine": the others help, not we) or opened by a
`frame_purpose_block` word: a wh-word or "whether"/"if" ("we will discuss | how to help Ukraine": a topic). A word of
contrast or time ("instead of | arming", "rather than | sending", "without | supplying", "before | sending") needs no
stop word: the parse hangs it above the gerund as a preposition, which the search does not enter (round 41: a list
of them never reached the check: no purpose changed without it in 85,800 verbs of the corpus, the team's and the dev
sets' articles). Verbs conjoined to the chain's head are clauses of their
own (clause_frame), not purposes, except for the preposition of a verb of aiming: the parse often conjoins the
participle to the head ("Britain will host a conference next year | focused on helping Ukraine recover").
"""

from __future__ import annotations

from . import lexicon as L

DEPTH = 3  # clause hops (a verb below a verb); the nouns and prepositions between are free, up to STEPS tokens
STEPS = 6
_VERBS = ("VERB", "AUX")
_CLAUSE = ("advcl", "xcomp")  # a purpose infinitive below any verb of the path
_NOUN = ("dobj", "npadvmod")  # "host a conference | focused on", "convene a meeting in the spring | aimed at"


def _closed(t) -> bool:
    """A clause the search does not enter: its own subject, or a `frame_purpose_block` word opening it (a mark:
    "whether", "if"; an adverb: "how", "when", "where", "why"; "what" is the verb's object in the parse, "discuss
    what to send", and is no row)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") or (c.dep_ in ("mark", "advmod") and c.i < t.i
                                                             and c.lower_ in L.FRAME_PURPOSE_BLOCK)
               for c in t.children)


def _aimed(t) -> list:
    """The prepositions of a verb of aiming ("focused | on", "aimed | at": `frame_purpose_aim`)."""
    return [c for c in t.children if c.dep_ == "prep" and f"{t.lemma_.lower()} {c.lower_}" in L.FRAME_PURPOSE_AIM]


def _below(t, kind: str, on_chain: set) -> list:
    """The (token, kind) pairs the search goes on to from `t` of `kind` ("head" of the chain, a later "chain" verb,
    a "verb" below it, an "aim" preposition, another "prep", a "noun"; module docstring). A verb conjoined to the
    head is a clause of its own (clause_frame), one conjoined to a later chain verb or below it is not."""
    kids = [c for c in t.children if c.i not in on_chain]
    if kind == "aim":
        return [(c, "verb") for c in kids if c.dep_ == "pcomp" and c.pos_ in _VERBS]
    if kind == "prep":  # "in order | to give": the parse hangs the purpose infinitive on "order" (`frame_purpose_order`)
        return [(v, "verb") if f"{t.lower_} {c.lower_}" in L.FRAME_PURPOSE_ORDER else (c, "noun")
                for c in kids if c.dep_ == "pobj"
                for v in ([a for a in c.children if a.dep_ in ("acl", "relcl") and a.pos_ in _VERBS][:1]
                          if f"{t.lower_} {c.lower_}" in L.FRAME_PURPOSE_ORDER else [c])]
    if kind == "noun":  # only the preposition of a participle of aiming on it
        return [(p, "aim") for c in kids if c.dep_ == "acl" and c.pos_ in _VERBS for p in _aimed(c)]
    aim = _aimed(t)
    out = [(c, "verb") for c in kids if c.pos_ in _VERBS and c.dep_ in _CLAUSE + (("conj",) if kind != "head" else ())]
    out += [(c, "aim") for c in aim]
    if kind == "head":  # a participle of aiming the parse conjoins to the head: "will host a conference next year |
        out += [(p, "aim") for c in kids if c.dep_ == "conj" and c.pos_ in _VERBS for p in _aimed(c)]  # focused on"
    if kind in ("head", "chain"):
        out += [(c, "noun") for c in kids if c.dep_ in _NOUN]
        out += [(c, "prep") for c in kids if c.dep_ == "prep" and c not in aim]
    return out


def purpose(chain):
    """The head of the first giving verb below `chain` (the clause's verbs) that the module docstring describes, or
    None."""
    on_chain = {v.i for v in chain}
    frontier = [(c, kind, 0) for n, v in enumerate(chain) for c, kind in _below(v, "chain" if n else "head", on_chain)]
    for _ in range(STEPS):
        nxt = []
        for t, kind, hops in frontier:
            if kind == "verb" and (_closed(t) or hops >= DEPTH):
                continue
            if kind == "verb" and t.lemma_.lower() in L.FRAME_PURPOSE_LEMMA and t.tag_ in ("VB", "VBG"):
                return t
            nxt.extend((c, k, hops + (kind == "verb")) for c, k in _below(t, kind, on_chain))
        frontier = nxt
    return None
