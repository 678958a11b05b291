"""A participle cue's that-less complement clause that the parse split (span boundary and speaker).

Construction: a participle cue set off by a comma (or after a preposition) whose complement clause has no "that":
"Biden spoke on Tuesday, warning a war with Ukraine would be a disaster for Russia". spaCy takes the clause's
subject for the participle's object ("a war") and hangs the clause's verb elsewhere: on the verb the participle
modifies, or with the participle as that verb's clausal subject (warning <csubj- be). The content is the clause
from the "object" to its verb's last word (`content.clause.hung_complement_span`), and the speaker of a participle
parsed as that clausal subject is the subject of the verb its clause hangs on (`hung_speaker`), not the "object".
"""

from __future__ import annotations

from .grammar import FINITE_TAGS
from .quotes import QUOTE_CHARS


def hung_complement(v):
    """(object, verb) of a participle cue whose that-less complement the parse split: it took the clause's subject
    for the cue's object and hung the clause's verb elsewhere, on the verb the participle modifies or with the
    participle as that verb's subject: "Biden spoke on Tuesday, warning a war with Ukraine would be a disaster"
    (warning <csubj- be), "the ministry made the announcement, after initially stating the area had been
    encircled" (encircled hung on made), "The report finds ample evidence, noting the Kremlin leadership ... have
    consistently denied ...". The verb group opens right after the object (a modal or finite auxiliary, or a
    finite verb) and its verb has no subject of its own, is not inside the cue's own words and is no conjunct,
    but one of the modified verb with the participle its csubj ("Biden traveled to Warsaw ..., warning a war with
    Russia would be long": be, conj of traveled); else None. Only a participle set off by a comma or after a
    preposition: a finite cue's split clause is its ccomp (`clause`), and "finding a seatmate ... has come under
    scrutiny" is a gerund subject, no cue, as is one after a fronted adjunct's comma, the csubj of the sentence's
    root: "For Biden, announcing the package was a political risk"."""
    j = v.i - 1
    while j > 0 and v.doc[j].text in QUOTE_CHARS:  # ', "A," promising ...': the closing mark after the comma
        j -= 1
    if v.tag_ != "VBG" or not (v.dep_ == "pcomp" or j >= 0 and v.doc[j].text == ","):
        return None
    if v.dep_ == "csubj" and v.head.dep_ == "ROOT":  # "For Biden, announcing the package was a political risk":
        return None  # a fronted gerund subject of the main verb, after an adjunct's comma: no cue
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None or obj.right_edge.i + 1 >= len(v.doc):
        return None
    w = v.doc[obj.right_edge.i + 1]
    h = w if w.pos_ in ("VERB", "AUX") and w.dep_ not in ("aux", "auxpass") else (
        w.head if w.dep_ in ("aux", "auxpass") and w.head.i > w.i else None)
    # a conjunct verb only where it is the modified verb's and the participle its csubj ("Macron hosted the summit,
    # announcing France would send ...")
    if h is None or w.tag_ not in FINITE_TAGS or h in v.subtree or h.dep_ == "conj" and not (
            v.dep_ == "csubj" and v.head.i == h.i):
        return None
    if any(x.dep_ in ("nsubj", "nsubjpass", "expl") or x.dep_ == "csubj" and x.i != v.i for x in h.children):
        return None
    return obj, h


def hung_speaker(v):
    """The speaker of a participle cue v parsed as the clausal subject of its own split complement's verb (see the
    module docstring): the subject of the verb that complement hangs on ("Biden spoke ..., warning a war ... would
    be ...": Biden), else None."""
    if v.dep_ != "csubj" or hung_complement(v) is None:
        return None
    host = v.head.head if v.head.dep_ in ("ccomp", "advcl", "conj") else None
    if host is None or host.i > v.i:
        return None
    return next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
