"""The speaker at a cue: its subject token (`subject`, else `adjacent_subject`); the corrections for a subject the
parse took from a dateline, a quotation or an interrupted clause; the relative pronoun that stands for a speaker
(`relative_mention`). The span of the mention a subject token heads, and a document's named source, are in
`mention_span.py`."""

from __future__ import annotations

from . import cues as _cues
from . import lexicon as L
from .absolute_clause import absolute_subject
from .grammar import (
    DASHES,
    PLACE_ENTS,
    RUN_POS,
    SUBJ_POS,
    adjunct_gerund,
    as_agent,
    infinitival,
    verbless_main,
)
from .grammar import finite_xcomp as _finite_xcomp
from .hung_complement import hung_speaker
from .mention_span import mention
from .object_control import object_controller
from .quotes import QUOTE_CHARS


def subject(v, text, depth=0, nearest=True):
    """The speaker token of cue v (text = the doc's text, passed in: doc.text is rebuilt on every access). nearest:
    whether, of two subjects the parse gave v, `_own_subject` may take the nearer (not for the verb an xcomp cue
    hangs on)."""
    if (hung := hung_speaker(v)) is not None:  # "X spoke ..., warning a war ... would be ...": X, not "a war"
        return hung
    c = _own_subject(v, nearest)
    if c is not None:
        if c.lower_ in L.RELATIVE_PRONOUN and v.dep_ == "relcl":
            # "Kuleba, who said ..." is speech; "a siege that echoed an assault" is not
            return v.head if _relative_can_speak(c, v.head) else None
        return c
    agent = as_agent(v)
    if agent is not None:  # "As reported by the Tribune, A": the Tribune
        return agent
    main = verbless_main(v)
    if main is not None:  # "Mette Frederiksen, who chairs the summit, tweeted ...": the parse made it a participle
        return main  # (before the relative clause's head: a noun inside the apposition is no subject)
    if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return v.head
    if v.dep_ == "pcomp" and v.head.lower_ == "as" and v.head.head.lemma_ in L.QUOTING_VERB:
        # "he was quoted as saying": the subject of the passive; "Interfax quoted Pasechnik as saying", "Reuters
        # cited officials as saying": the object of the active, the person quoted
        h = v.head.head
        return next((c for c in h.children if c.dep_ == "nsubjpass"), None) or \
            next((c for c in h.children if c.dep_ == "dobj"), None)
    if depth < 3 and adjunct_gerund(v) and v.head.head.pos_ == "VERB" and v.head.head.lemma_ not in ("have", "be") and \
            not infinitival(v.head.head) and "\n" not in text[min(v.idx, v.head.head.idx):max(v.idx, v.head.head.idx)]:
        # "the senator replied to a veteran's widow by saying ...": the gerund's speaker is the subject of the verb
        # its preposition modifies (not of a purpose: "has two routes to redress: by asking ...")
        return subject(v.head.head, text, depth + 1)
    if depth < 3 and issued_document(v):
        # "the council put out a statement that day calling on ...": the issuer speaks
        return subject(v.head.head, text, depth + 1)
    if (controller := object_controller(v)) is not None:  # "The vote led Senator X to declare ...": X
        return controller
    if (absolute := absolute_subject(v)) is not None:  # "..., with its spokesman, Dmitry Peskov, calling it void"
        return absolute
    if depth < 3 and v.dep_ in ("conj", "advcl", "xcomp") and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX") \
            and "\n" not in text[min(v.idx, v.head.idx):max(v.idx, v.head.idx)]:
        h = v.head
        # "X said A but said B", parsed with the second "said" hanging on A's verb: B's subject is X; not where A
        # follows a colon, a clause of its own after an outlet's lead ("an agency reports: The aide ... did
        # not provide any details but said ...": the aide said B)
        if v.dep_ in ("conj", "advcl") and h.dep_ == "ccomp" and h.head.lemma_ in _cues.load()[0] \
                and not infinitival(v) and not _after_colon(h):
            # (not "says that she called Machado to express gratitude": she did)
            h = h.head
        elif v.dep_ == "conj":
            h = _matrix_of_embedded(v, h)  # "X voiced claims that Moscow is going to prevail and reiterated ...": X
        # of two subjects of h, the nearer only for a cue hung on it as advcl/conj: "Ukraine, Zelenskyy said, accused
        # Russia ...", "accused" an xcomp of "said", is Ukraine's
        s = subject(h, text, depth + 1, nearest=v.dep_ != "xcomp")
        if s is None:  # "X was quoted as saying"
            s = next((c for c in v.head.children if c.dep_ == "nsubjpass"), None)
        return s
    return None


def _own_subject(v, nearest=True):
    """v's subject: of two the parse gave v, a relative pronoun and then another with a finite xcomp on v, the other
    ("..., which they say | left a vacuum": the pronoun is the reported clause's subject); else the one nearest
    before v where every earlier one is a place (taken out of a fronted phrase or a dateline: "Speaking in Keene,
    New Hampshire, Sanders attacked ...", "Denver (AFP) - Governor Jared Polis joined ..., accusing ...") and that
    one is none; else (and where not `nearest`) the first. None without one. (An all-caps dateline the parse hangs
    on the one subject, "DENVER (AFP) - Governor ...", is left to `mention`, which stops at the spaced dash.)"""
    subs = [c for c in v.children if c.dep_ == "nsubj"]
    if len(subs) == 2 and subs[0].lower_ in L.RELATIVE_PRONOUN and subs[1].lower_ not in L.RELATIVE_PRONOUN and any(
            _finite_xcomp(c) for c in v.children):
        return subs[1]
    if len(subs) < 2 or not nearest:
        return subs[0] if subs else None
    before = [c for c in subs if c.i < v.i]
    if len(before) < 2 or before[-1].ent_type_ in PLACE_ENTS or not all(
            c.ent_type_ in PLACE_ENTS for c in before[:-1]):
        return subs[0]
    return before[-1]


def _matrix_of_embedded(v, h):
    """A past-tense cue the parse conjoined to the verb of a that-clause of another tense is the matrix clause's
    second verb: "Medvedev voiced new claims that Moscow is going to prevail and reiterated that ...", "Farage said
    the warning showed that the leader does not grasp ..., and accused ...": the nearest past-tense cue verb above
    the clause, else the nearest past-tense full verb, whose subject speaks. h itself where not."""
    if v.tag_ != "VBD" or h.tag_ == "VBD" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in h.children) \
            or infinitival(v) or h.dep_ not in ("ccomp", "acl"):
        return h
    verbs = [a for a in h.ancestors if a.tag_ == "VBD" and a.i < h.i]
    cue = next((a for a in verbs if a.lemma_ in _cues.load()[0]), None)
    full = next((a for a in verbs if a.pos_ == "VERB"), None)
    m = cue or full
    return m if m is not None and any(c.dep_ == "nsubj" for c in m.children) else h


def issued_document(v):
    """v, a participle, says what a document says that somebody issued: it modifies a `document_noun` that is the
    direct object of a verb ("the mayor issued a note calling for a state inquiry ...", "the party released a
    statement on Monday offering an apology", "twelve senators sent a letter urging the agency to ..."). The
    speaker is that verb's subject (`subject` of the verb), the issuer of the document."""
    n = v.head
    return v.dep_ == "acl" and v.tag_ == "VBG" and n.i < v.i and n.dep_ == "dobj" and \
        n.lemma_.lower() in L.DOCUMENT_NOUN and n.head.pos_ == "VERB"


def _after_colon(h):
    """Reported clause h follows its cue after a colon ("an agency reports: The aide ... did not provide")."""
    return any(c.text == ":" and h.head.i < c.i < h.i for c in h.children)


def past_dateline(subj, v, datelines):
    """(subject, mention span) of cue v when the parse took the dateline for its subject ("WASHINGTON -- President
    Obama, ... the museum, said"; "CAPRI, Italy (AP) — Top NATO ... European Union officials urged"): the
    head of the noun phrase after the dash and that phrase; else (subj, None). datelines: context.DATELINE matches.
    Where the parse gave the verb the dateline takes a second subject after the dash, that one speaks, at a
    participle hanging on the verb too ("KYIV, Ukraine (AP) — President Zelenskyy urged ..., saying ...": Zelenskyy,
    `_dateline_sibling`)."""
    doc = subj.doc
    dash = next((t for t in doc[subj.i:v.i] if t.text in DASHES), None)
    if dash is None or not any(m.start() <= subj.idx and dash.idx < m.end() for m in datelines):
        return subj, None
    sibling = _dateline_sibling(subj, dash, v)
    if sibling is not None:
        return sibling, None
    end = next((t.i for t in doc[dash.i + 1:v.i] if t.text == ","), v.i)
    heads = [t for t in doc[dash.i + 1:end] if not dash.i < t.head.i < end and t.pos_ in ("PROPN", "NOUN")]
    if not heads:
        return subj, None
    return heads[-1], (dash.i + 1, min(end, heads[-1].right_edge.i + 1))


def _dateline_sibling(subj, dash, v):
    """The other subject of the verb the parse made the dateline subj the subject of, after the dateline's dash and
    before cue v ("MOSCOW (AFP) - Kremlin spokesman Dmitry Peskov rejected the plan, saying ...": the parse gave
    "rejected" both MOSCOW and Peskov; the participle's speaker is Peskov); None where it gave none."""
    return next((c for c in subj.head.children if c.dep_ == "nsubj" and dash.i < c.i < v.i), None)


def _line_break(text, a, b):
    return "\n" in text[a.idx:b.idx]


def _name_set_off(doc, text, v, k):
    """A name and an appositive set off by commas before the cue (at k), which the parse hung elsewhere: "Malkia
    Cyril, the executive director ... the Center of Media Justice, told", "Kelly, D-AZ., told" (the name before),
    "the governor ... Luhansk, Serhiy Haidai, said" (the name between the commas); not "the guards, said to have".
    (token, span) or None."""
    c = next((i for i in range(k - 2, max(-1, k - 16), -1) if doc[i].text in (",", ";", ":") or doc[i].is_space
              or doc[i].text in QUOTE_CHARS or "\n" in doc[i].whitespace_), None)
    inner = doc[c + 1:k - 1] if c is not None else []
    if c is not None and c > 0 and doc[c].text == "," and not _line_break(text, doc[c - 1], v) and all(
            t.pos_ in RUN_POS | {"ADP", "CCONJ", "PUNCT"} and t.text not in QUOTE_CHARS for t in inner):
        names = [t for t in inner if t.pos_ == "PROPN"]
        if names and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() for t in inner):
            return names[-1], (c + 1, k - 1)
        if doc[c - 1].pos_ == "PROPN" and inner and (
                inner[0].pos_ != "PROPN" or all(t.text.isupper() or t.is_punct for t in inner)):
            j = c - 1
            while j - 1 >= 0 and doc[j - 1].pos_ == "PROPN" and not _line_break(text, doc[j - 1], doc[j]):
                j -= 1
            return doc[c - 1], (j, c)
    return None


def severed_subject(v):
    """The speaker of cue v when the parse cut a subject and its long apposition or relative clause off the cue and
    made them a clause of their own before it: "Ewa Nowak, herself a cellist who like many here teaches on the side,
    said the cuts ...", "Ewa Kopacz, who like the others agreed to speak if not named, said the draft ...",
    "Ms. Ortiz, whose firm uses data to help brands, said ...". The cue has no subject, a complement clause before
    it and one after it; the clause before opens with its own subject, a noun set off by a comma, and ends at the
    comma before the cue (adverbs between: "also said", "last week said"). (token, span) or None; not "Prices, officials said, will
    rise" (a subject of the cue) nor "A, said B" (no complement after the cue)."""
    kids = list(v.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in kids) or \
            not any(c.dep_ == "ccomp" and c.i > v.i for c in kids):
        return None
    left = next((c for c in kids if c.dep_ == "ccomp" and c.i < v.i), None)
    if left is None:
        return None
    doc = v.doc
    subj = min((c for c in left.children if c.dep_ == "nsubj"), key=lambda c: c.i, default=None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN") or subj.i + 1 >= v.i or doc[subj.i + 1].text != "," \
            or any(t.pos_ in ("VERB", "AUX") for t in doc[left.left_edge.i:subj.i]):
        return None
    gap = doc[left.right_edge.i + 1:v.i]
    if not gap or gap[0].text != "," or not all(t.dep_ in ("advmod", "npadvmod", "amod", "aux", "neg")
                                                or t.text == "," for t in gap):
        return None
    return subj, mention(subj)


def adjacent_subject(v, text):
    """When the parse gives a cue no subject (a paragraph glued to the previous one), the noun phrase right before
    it on the same line ("Vickers said"), else right after it ("..., said Rep. Moore"): (token, span) or
    (None, None)."""
    doc = v.doc
    k = v.i  # skip the verb group: "Austin has promised", "he also said"
    while k - 1 >= 0 and doc[k - 1].dep_ in ("aux", "neg", "advmod") and v.i - k < 3:
        k -= 1
    if k > 0 and (doc[k - 1].pos_ in SUBJ_POS or doc[k - 1].pos_ == "ADJ" and k > 1 and doc[k - 2].dep_ in (
            "case", "det", "poss")) and not _line_break(text, doc[k - 1], v):
        j = k - 1
        while j - 1 >= 0 and doc[j - 1].pos_ in RUN_POS | {"ADP"} and k - j < 7 and \
                not _line_break(text, doc[j - 1], doc[j]):
            j -= 1
        while j < k - 1 and doc[j].pos_ in ("PART", "ADJ", "ADP"):
            j += 1
        return doc[k - 1], (j, k)
    if k > 1 and doc[k - 1].text == "," and not (v.i + 1 < len(doc) and doc[v.i + 1].lower_ == "to"):
        found = _name_set_off(doc, text, v, k)
        if found is not None:
            return found
    if v.lemma_ == "tell":
        return None, None  # "..., told The Huffington Post": after "told" comes the addressee, never the speaker
    if v.i + 1 < len(doc) and doc[v.i + 1].pos_ in ("PROPN", "DET") and not _line_break(text, v, doc[v.i + 1]):
        j = v.i + 1
        while j + 1 < len(doc) and doc[j + 1].pos_ in RUN_POS and j - v.i < 6:
            j += 1
        return doc[j], (v.i + 1, j + 1)
    return None, None


def quoted_subject(ctx, subj, v):
    """subj, the cue's own subject, lies inside a quotation that the cue is outside of and that is more than a
    name it quotes ('"My first thought, that was absurd," the strategist said' and '"Veterans on ...," Trump
    tweeted' are parsed with a noun of the quotation as a subject; 'says "Kyiv Independent"' quotes a name)."""
    if subj.head.i != v.i:
        return False
    k = ctx.quote_containing(subj.idx)
    if k is None or k == ctx.quote_containing(v.idx):
        return False
    q = ctx.quotes[k]
    return not all(t.pos_ in ("PROPN", "PUNCT", "DET") for t in ctx.doc[ctx.tok_at(q.start):ctx.tok_at(
        max(q.start, q.end - 1)) + 1])


def interrupting_name(subj, v):
    """A proper-noun apposition of the cue's subject that stands right before the cue, set off by a comma from
    a stretch holding a verb, with a comma after the cue: the speaker of a parenthetical cue ("To understand ...
    real Dred Scott, Chief Justice ... said, one should ..."); else None. ("The governor ... Luhansk, Serhiy
    Haidai, said" has no verb before the name.)"""
    if subj.dep_ != "nsubj" or subj.head.i != v.i:
        return None
    doc = v.doc
    ap = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and subj.i < c.i < v.i), None)
    if ap is None or ap.right_edge.i != v.i - 1 or doc[ap.left_edge.i - 1].text != "," or v.i + 1 >= len(doc) \
            or doc[v.i + 1].text != ",":
        return None
    if not any(t.pos_ == "VERB" for t in doc[v.sent.start:ap.left_edge.i - 1]):
        return None
    return ap


def coordinated_subject(v):
    """The subject of a conjoined cue that the parse coordinated into the clause before it: a noun phrase after
    "and" that ends in a name set off by commas, right before a finite cue with no subject of its own ("Beijing has
    declined to criticise the offensive, and its leader, Xi Jinping, assured ...": Xi Jinping speaks, not Beijing).
    (name token, span of the noun phrase) or None; not a participle ("..., adding"), nor a name without commas."""
    if v.dep_ != "conj" or v.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in v.children):
        return None
    doc = v.doc
    k = v.i
    while k - 1 >= 0 and doc[k - 1].dep_ in ("aux", "neg", "advmod") and v.i - k < 3:
        k -= 1
    b = k - 1  # the comma after the name
    j = b
    while j - 1 >= 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].text[:1].isupper() and b - j < 4:
        j -= 1
    if b < 3 or doc[b].text != "," or j == b or doc[j - 1].text != ",":
        return None
    a = j - 1  # back from the first comma over the noun phrase to its "and"
    while a - 1 > v.head.i and j - a < 12 and doc[a - 1].dep_ != "cc" and not (
            doc[a - 1].is_punct and doc[a - 1].text != "-") and (
            doc[a - 1].pos_ not in ("VERB", "AUX") or doc[a - 1].dep_ in ("amod", "compound")):
        a -= 1
    cc = doc[a - 1]
    np = doc[a:j - 1]
    if cc.dep_ != "cc" or cc.lower_ not in ("and", "but") or cc.i <= v.head.i or not len(np) \
            or np[0].pos_ not in ("DET", "PRON", "ADJ", "NOUN", "PROPN") \
            or not any(t.pos_ == "NOUN" for t in np):
        return None
    return doc[b - 1], (a, b)


def relative_mention(doc, cue_i, span):
    """The relative pronoun that is the cue's own subject when the speaker span is the noun it hangs on ("Kuleba,
    who said ...": the mention at the cue, as written, is "who"; the speaker is still Kuleba), else None. Also where
    the cue is the second verb of that relative clause, with no subject of its own, and the clause's first verb is
    active ("Kuleba, who met the envoy and said ...": "who"; not after a passive first verb, "Kuleba, who was
    briefed on the plan and said ..."), and a "which" or "that" of a named body ("the Kyiv Post, which said ...")."""
    if cue_i is None or not span:
        return None
    v = doc[cue_i]
    while v.dep_ == "conj" and v.head.i < v.i and v.head.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        v = v.head  # "who saw the crash and described it": the clause's first verb holds the pronoun
    rel = next((c for c in v.children if c.dep_ == "nsubj" and c.lower_ in L.RELATIVE_PRONOUN), None)
    if v.dep_ != "relcl" or rel is None or span[0] <= rel.i < span[1]:
        return None
    return rel if _relative_can_speak(rel, v.head) else None


def _relative_can_speak(rel, antecedent):
    """Relative pronoun rel, on antecedent, can stand for a speaker: a pronoun of persons ("who"), or any ("which",
    "that") of a person, organisation or group ("the Kyiv Post, which said"; not "a siege that echoed an assault")."""
    return rel.lower_ in L.PERSON_RELATIVE or antecedent.ent_type_ in ("PERSON", "ORG", "NORP")
