"""A speech verb in the passive with its source as agent: "O'Malley's move was first reported ... MSNBC", "Tinder's
ban of Ms. Gedrich ... first reported ... BuzzFeed", "Scully's involvement ... first reported by ... New York Times",
"Both incidents ... claimed by ... so-called Islamic State". PolNeAR's convention (the one `nesting="outer"` stands
for) annotates the passive subject as the content of the agent's attribution event; the annotation guide does not,
so this runs under the outer convention only, after every cue verb's own rules.

The verb is one of the `passive_source_cue` list (on PolNeAR's even half, "was criticized by", "were committed by",
"have been advised by" were no statements) with a passive auxiliary, a passive subject and a "by" agent naming a noun (not a
pronoun); the content is the passive subject with everything the parse hangs on it, the speaker the agent. Not
taken: a verb inside a quotation or the headline, a relative pronoun subject ("which was first reported by"), a
content another statement holds.
"""

from __future__ import annotations

from . import lexicon as L
from .grammar import passive_agent, passive_subject
from .mention_span import source_mention
from .outer_verbs import free_span, outer_verbs


def passive_sources(f):
    """Statements of passive speech verbs with an agent, added to finder f under the outer convention only."""
    doc = f.ctx.doc
    for v in outer_verbs(f, L.PASSIVE_SOURCE_CUE, headline=False):
        if v.tag_ != "VBN":
            continue
        subj, agent = passive_subject(v), passive_agent(v)
        if subj is None or agent is None or subj.pos_ == "PRON":
            continue
        cs, ce = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        if not free_span(f, cs, ce):
            continue
        f.add(cs, ce, doc[subj.right_edge.i + 1:v.i + 1].text, v.lemma_.lower(), source_mention(agent), v.i)
