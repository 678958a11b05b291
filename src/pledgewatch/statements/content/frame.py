"""Content strategy: the frames cues.csv lists for a speech-act verb (`takes`): an xcomp ("vowed to continue
support"), an object ("promised Ukraine continued support", "pressed NATO for more weapons"), an object and its
complement ("called the charges fabricated") or a content preposition ("warned against ...", "called for ...")."""

from __future__ import annotations

import re

from ..grammar import NON_CONTENT_ENTS, PLACE_ENTS, content_prep, lead_prep, lead_prep_position, particle_mark
from ..lexicon import (
    ADDRESSEE_CUE,
    ADDRESSEE_NOUN,
    CHANNEL_NOUN,
    CONTENT_PREPOSITION,
    COURT_NOUN,
    EXPLETIVE_SUBJECT,
    FRAME_CONDITION_MARK,
    OBJECT_PP_PREPOSITION,
    QUESTION_MARK,
    QUESTION_VERB,
    TARGET_CUE,
)
from ..object_adjuncts import time_adjunct
from ..quotes import QUOTE_CHARS

_DASH_AFTER = re.compile(r" ?[-—–] ?")


def _object_frame(ctx, v, cue, c, parts):
    """c, an object (or the first of two oprd), is part of a frame the cue takes: "told the US to stop" (the
    addressee belongs to the request), "called Trump a liar" (parsed with two oprd: the first is the object),
    'called the conclusion "bold"' (the quoted complement parsed as a modifier after the object)."""
    dep = c.dep_
    if not (dep in ("dobj", "dative") or dep == "oprd" and not parts and "oprd" in cue.takes and any(
            x.dep_ == "oprd" and x.i > c.i for x in v.rights)) or time_only(c):
        return False
    return "obj" in cue.takes or _addressee_before_prep(v, cue, c) or "to" in cue.takes and any(
        x.dep_ == "xcomp" and x.i > c.i for x in v.rights) or "oprd" in cue.takes and any(
        x.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and x.i > c.i for x in v.rights) or "oprd" in cue.takes \
        and dep == "dobj" and any(r.dep_ in ("amod", "appos") and ctx.quote_containing(r.idx) is not None
                                  for r in c.rights)


def _addressee_before_prep(v, cue, c):
    """c, the object of a cue that takes a content preposition but no object (cues.csv: "warned against",
    "cautioned against"), is the one warned when that preposition follows it, a comma aside: "warned Russia against
    deploying chemical weapons", "cautioned Washington against sending longer-range missiles", "warned the US
    president, Joe Biden, against playing with fire", "warned President Zelensky about the invasion": the object
    and its phrase are the content, as "pressed NATO for more weapons" is (not "warned Putin on Tuesday": no
    content preposition; not a phrase cue's particle, "had called the minister, Dmytro Kuleba, on Friday to
    discuss ...", nor a time or place after the preposition: `NON_CONTENT_ENTS`). Time adjuncts between the two
    are passed over ("warned Moscow on Monday against any attack": `_past_time`), and the preposition may be the
    one the parse hung on the object (`_prep_on_addressee`: "warned the West of consequences")."""
    if cue.kind != "verb" or not cue.preps or c.dep_ != "dobj":
        return False
    if _prep_on_addressee(cue, c):
        return True
    j = c.right_edge.i + 1
    if j < len(v.doc) and v.doc[j].text == ",":
        j += 1
    j = _past_time(v, cue, j)
    return any(x.i == j and content_prep(x, cue) for x in v.rights)


def _prep_on_addressee(cue, c):
    """The cue's content preposition is the last phrase of its object c, where the parse hung it: "warned the West
    of consequences", "warned Americans of higher gas prices", "warned Kyiv's allies of a long war". Only for an
    object that is a name or pronoun (NNP, NNPS, PRP) or a possessive noun phrase, which a phrase of its own rarely
    follows ("the leaders of Europe" is one noun phrase), and a preposition whose object is no date or place
    (`grammar.content_prep`: "warned the United States of America" names a country)."""
    if not (c.tag_ in ("NNP", "NNPS", "PRP") or any(x.dep_ == "poss" for x in c.children)):
        return False
    last = max(c.children, key=lambda x: x.i, default=None)
    return last is not None and last.i > c.i and last.right_edge.i == c.right_edge.i and content_prep(last, cue)


def addressee_to(v, cue, c):
    """c, a "to" phrase right after a request verb that takes both a to-infinitive and a content preposition but no
    object (cues.csv: "appealed for / to"), names the one asked, and the request follows it: a to-infinitive the
    parse hung on the cue right after the phrase, or the cue's content preposition right after it or hung on its
    noun: "appealed to the Israeli Prime Minister to think very seriously about the risk of escalation", "appealed
    to viewers to support the fund", "appealed to NATO for more weapons". The addressee and the request are the
    content, as "called on Germany to send tanks" and "pressed NATO for more weapons" are; not "appealed to the
    court" (no request after it) nor "appealed to his base's anger" (no request). Time adjuncts between the phrase
    and the request are passed over ("appealed to Congress on Tuesday to pass the aid bill": `_past_time`)."""
    if not _lead_to(v, cue, c):
        return False
    j = _past_time(v, cue, c.right_edge.i + 1)
    if any(x.left_edge.i == j and (x.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in x.children)
                                   or content_prep(x, cue)) for x in v.rights):
        return True
    # the content preposition hung on the phrase's noun, not inside a name ("Court of Appeals for the 4th Circuit")
    return any(content_prep(p, cue) and p.right_edge.i == c.right_edge.i and not p.ent_type_
               for o in c.children if o.dep_ == "pobj" for p in o.children)


def _lead_to(v, cue, c):
    """c is the "to" phrase with an object right after a request verb that takes a to-infinitive and a content
    preposition but no object ("appealed to ...")."""
    return "to" in cue.takes and "obj" not in cue.takes and bool(cue.preps) and c.dep_ == "prep" and \
        c.lower_ == "to" and lead_prep_position(v) == c.i and any(o.dep_ == "pobj" for o in c.children)


def legal_appeal(v, cue):
    """The "to" phrase right after a request verb ("appealed to ...") names a court or judge (words `court_noun`):
    a legal appeal, a filing, no speech act: "The Justice Department appealed to the Supreme Court for an emergency
    stay", "The company appealed to the court for a stay of the ruling", "appealed to a federal judge to block the
    order": no frame content (was: "for an emergency stay" as the request)."""
    c = next((x for x in v.rights if x.lower_ == "to"), None)
    return c is not None and _lead_to(v, cue, c) and any(
        o.dep_ == "pobj" and (o.lower_ in COURT_NOUN or o.lemma_.lower() in COURT_NOUN) for o in c.children)


def time_only(c):
    """c, parsed as the cue's object, is a time expression, the cue's adjunct: "promised Sunday at a rally to end
    the tax breaks", "vowed Monday to begin closing the prisons", "pledged last week to rid the region of ...": the
    frame's content is what comes after it."""
    return all(t.ent_type_ in ("DATE", "TIME") or t.is_punct for t in c.subtree)


def gerund_complement(v, c, cue):
    """c is the gerund complement of a cue that takes `ing` (cues.csv), what was denied, admitted, proposed or
    criticised: "Moscow denies shelling the town", "the panel recommended granting Moldova candidate status", "the
    minister criticised hiring more consultants" (the parse makes the gerund an xcomp, not an object). Not a
    participle set off by a comma or with a subject, an auxiliary or "to" of its own ("said, referring to ...")."""
    if "ing" not in cue.takes or c.dep_ not in ("xcomp", "ccomp") or c.tag_ != "VBG" or c.i < v.i:
        return False
    gap = v.doc[v.i + 1:c.i]
    return len(gap) <= 2 and not any(t.is_punct and t.text not in QUOTE_CHARS for t in gap) and not any(
        x.dep_ in ("nsubj", "nsubjpass", "aux", "mark") or x.lower_ == "to" for x in c.children)


def _stray_prep(ctx, v, cue, c, parts):
    """A prepositional phrase the parse hung on the cue that belongs to the frame's complement ("called him a
    master ... bolting together deals", "a real wake-up call" for her party) or to its object before the
    complement ("called her vote in favor of ... Iraq War a mistake")."""
    if c.dep_ != "prep" or not parts:
        return False
    last = parts[-1]
    if last.dep_ in ("oprd", "xcomp", "acomp") and last.i < c.i \
            and c.i == last.right_edge.i + 1 + (ctx.doc[last.right_edge.i + 1].text in QUOTE_CHARS) \
            and not any(o.ent_type_ in NON_CONTENT_ENTS for o in c.children):
        return True
    return last.dep_ == "dobj" and "oprd" in cue.takes and any(
        x.dep_ == "oprd" and x.left_edge.i == c.right_edge.i + 1 for x in v.rights)


def _object_pp(ctx, v, cue, c, parts):
    """A prepositional phrase of the frame's object that the parse hung on the cue, right after that object:
    before the frame's complement ("urged citizens in Enerhodar, ... key area, to reveal ...", "called on all actors
    in ... international community to join ..."), or closing the sentence when it names what the object is of
    ("announcing more than $360m ... additional aid", "appealed to Germany ... help in providing weapons"; not a
    place, a time or the channel: "announced the package in a statement"), also where only time adjuncts of the cue
    follow it before the sentence closes ("announced $40m in humanitarian aid on Thursday": `_past_time`, round 27).
    Of those time adjuncts a noun phrase right after the phrase joins the content (`_parts`: "promised $40m in budget
    support this week"); a prepositional one does not ("on Thursday": `_parts` leaves out a preposition whose
    objects are all dates before it reaches this test)."""
    if c.dep_ != "prep" or not parts or parts[-1].dep_ not in ("dobj", "dative", "prep") \
            or c.i != parts[-1].right_edge.i + 1:
        return False
    if any(x.dep_ == "xcomp" and x.i > c.i and any(a.lower_ == "to" for a in x.children) for x in v.rights) \
            and ("to" in cue.takes or parts[-1].dep_ == "prep"):
        return True
    objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
    end = _past_time(v, cue, c.right_edge.i + 1)
    closes = end >= len(ctx.doc) or ctx.doc[end].is_punct and ctx.doc[end].text not in (",", "—", "–", "-")
    return c.lower_ in OBJECT_PP_PREPOSITION and closes and len(objs) == 1 and (
        objs[0].tag_ == "VBG" or objs[0].pos_ == "NOUN" and objs[0].lemma_.lower() not in CHANNEL_NOUN
        and not any(t.ent_type_ in NON_CONTENT_ENTS for t in objs[0].subtree))


def _past_time(v, cue, j):
    """The token after the time adjuncts of cue v ("on Thursday", "last week") that start at token j, else j."""
    moved = True
    while moved:
        moved = False
        for x in v.rights:
            if x.left_edge.i == j and time_adjunct(x, cue):
                j, moved = x.right_edge.i + 1, True
    return j


def _marked_clause(ctx, c, parts, marks):
    """c is an adverbial clause the parse hung on the cue right after the frame's last part (a comma between
    allowed), opened by a mark of `marks`."""
    if c.dep_ != "advcl" or not parts:
        return False
    gap = ctx.doc[parts[-1].right_edge.i + 1:c.left_edge.i]
    return all(t.text == "," for t in gap) and len(gap) <= 1 and any(
        m.dep_ == "mark" and m.i == c.left_edge.i and m.lower_ in marks for m in c.children)


def indirect_question(ctx, v, c, parts):
    """"asked the students if they ... always so serious", "wondered aloud to reporters whether ...": after the
    addressee (an object) of a question verb, the indirect question the parse hung on the cue is the content, and
    the addressee is not (as "told reporters that A" gives A)."""
    return v.lemma_.lower() in QUESTION_VERB and all(p.dep_ in ("dobj", "dative") for p in parts) \
        and _marked_clause(ctx, c, parts, QUESTION_MARK)


def frame_condition(ctx, v, c, parts):
    """"vowed to meet monthly until the war ... won", "vowed to impose ... punishing tariff on imports ... Fords unless
    the company cancels ...", "promised to send more systems once production resumes": a condition the parse hung
    on the cue after the frame's infinitive is part of what was committed to (not a time or occasion clause of the
    speech event: "when", "after", "as" are not condition marks)."""
    return any(p.dep_ == "xcomp" for p in parts) and _marked_clause(ctx, c, parts, FRAME_CONDITION_MARK)


def _parts(ctx, v, cue):
    """The right dependents of cue v that make up its frame content, in order."""
    parts = []
    for c in v.rights:
        dep = c.dep_
        if not parts and addressee_to(v, cue, c):
            parts.append(c)  # "appealed to | Netanyahu to think ...": the addressee, then its request
            continue
        if not parts and particle_mark(c, v, cue) is not None:
            parts.append(c)  # "called for Ukraine to be given fighter jets"
            break
        if dep == "xcomp" and "to" in cue.takes and any(a.lower_ == "to" for a in c.children):
            parts.append(c)
        elif not parts and gerund_complement(v, c, cue):
            parts.append(c)
        elif _object_frame(ctx, v, cue, c, parts):
            parts.append(c)
        elif dep in ("prep", "prt", "dative") and c.lower_ in (cue.preps or set()) | (
                CONTENT_PREPOSITION if "obj" in cue.takes and parts else set()):
            objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
            if objs and all(o.ent_type_ in NON_CONTENT_ENTS for o in objs) and not addressed_place(v, c):
                continue
            if not objs and (dep == "prt" or c.right_edge.i == c.i):
                continue  # "called on" + xcomp/dobj follow as siblings; "something X had pushed for": stranded
            parts.append(c)
        elif parts and (dep in ("xcomp", "oprd", "acomp") or dep == "ccomp" and "oprd" in cue.takes
                        or dep == "advcl" and any(a.lower_ == "to" for a in c.children)):
            parts.append(c)  # "called on X to ...", "urged X to ..."
        elif indirect_question(ctx, v, c, parts):
            parts[:] = [c]
        elif frame_condition(ctx, v, c, parts):
            parts.append(c)
        elif parts and dep == "punct" and c.text in QUOTE_CHARS:
            continue  # called them ''Manchurian anchors'': the quotation mark before the complement
        elif parts and dep == "punct" and c.text == "," and _listed_object(v, parts, c.i):
            continue  # the comma of a list of objects the parse split in two (`_listed_object`)
        elif parts and dep in ("dobj", "dep") and _listed_object(v, parts, c.left_edge.i - 1):
            parts.append(c)
        elif _stray_prep(ctx, v, cue, c, parts) or _object_pp(ctx, v, cue, c, parts):
            parts.append(c)
        elif parts and parts[-1].dep_ == "prep" and c.left_edge.i == parts[-1].right_edge.i + 1 \
                and time_adjunct(c, cue) and _past_time(v, cue, c.left_edge.i) == c.right_edge.i + 1:
            parts.append(c)  # "promised $40m in budget support | this week": a noun-phrase time
        elif parts and time_adjunct(c, cue) and any(x.i == _past_time(v, cue, c.left_edge.i) and content_prep(
                x, cue) for x in v.rights):
            continue  # "warned Moscow | on Monday | against any attack": the phrase after the time is content
        elif parts and dep in ("punct", "cc", "prep", "advcl", "npadvmod", "conj"):
            break
    return parts


def _listed_object(v, parts, i):
    """The comma at doc[i] after the frame's object opens the next item of a list of objects that the parse hung on
    the cue as a second object (or an unlabelled dependent): "condemned the shelling of the plant, the attacks on
    civilians and the seizure of the ports", "welcomed the decision of the court, the new sanctions and the loans",
    "condemned the conscription of local residents into the army, their forced involvement in attacks, as well as
    the resettlement of citizens": the whole list is what was condemned, not its first item. A list goes on with a
    conjunction: not an apposition of the writer's ("criticized the plan, the White House's third attempt at a
    deal")."""
    doc = v.doc
    last = parts[-1]
    if last.dep_ != "dobj" or last.right_edge.i + 1 != i or doc[i].text != ",":
        return False
    nxt = next((x for x in v.rights if x.i > i), None)
    return nxt is not None and nxt.dep_ in ("dobj", "dep") and nxt.left_edge.i == i + 1 \
        and nxt.pos_ in ("NOUN", "PROPN") and any(t.dep_ in ("cc", "conj") for t in nxt.subtree)


def addressed_place(v, prep):
    """The place named right after the cue's preposition is the addressee of a request, not where it was made: a
    to-infinitive of the cue follows it ("called on Germany to send tanks", "is calling on the EU to back the
    designation", "called on Poland and Hungary to honour the accord"). Not "called for calm in Kharkiv" (no
    infinitive), "spoke in Warsaw" (no request), "called Smith on Thursday night to confirm" (a time, not a place;
    an object before the preposition), "called on Germany, in a letter, to release ..." (the infinitive does not
    follow the place: no addressee; such a sentence makes no row, the infinitive is no content alone)."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    return prep.i == v.i + 1 and bool(objs) and all(o.ent_type_ in PLACE_ENTS for o in objs) and any(
        c.left_edge.i == prep.right_edge.i + 1 and c.dep_ in ("xcomp", "advcl")
        and any(a.lower_ == "to" for a in c.children) for c in v.rights)


def addressee_only(doc, lo, hi):
    """The frame is nothing but a personal pronoun, the addressee of the speech act: '"But why?" reporter Jackie
    Nespral ... him', '"Just one minute," he urged them', "that's what Clinton is promising them": not content
    ("criticized it" keeps "it", a thing spoken about)."""
    t = doc[lo]
    return lo == hi and t.tag_ == "PRP" and t.dep_ in ("dobj", "dative") and t.lower_ not in EXPLETIVE_SUBJECT


def target_only(doc, v, lo, hi):
    """The frame is nothing but a name, the target of a criticism, accusation or request, with nothing said about
    it: "Russia accused Ukraine.", "Francis again implicitly criticized ....", "Trump blamed Clinton directly.",
    "a reporter can ... heard asking Trump after an event": who the act is about, not content (a `target_cue`
    verb; not "accused Ukraine of shelling the kindergarten", "criticized Russia's war", "thanked Xi Jinping")."""
    if v.lemma_.lower() not in TARGET_CUE:
        return False
    heads = [t for t in doc[lo:hi + 1] if t.head.i == v.i]
    if len(heads) != 1 or heads[0].dep_ not in ("dobj", "dative"):
        return False
    t = heads[0]
    return t.pos_ == "PROPN" and all(w.pos_ in ("PROPN", "DET", "PUNCT") for w in doc[lo:hi + 1]) and \
        {w.i for w in t.subtree} >= set(range(lo, hi + 1))


def addressee_after_quote(ctx, v, span):
    """After a quotation that cue v closes, a frame that is nothing but the addressee of the speech act adds no
    content: '"You think I'm going ... change?" Trump asked reporters', '"..." she told CNN in the interview', '"..."
    a reporter can be heard asking Trump' (the addressee: a name, a pronoun or a noun of the addressee_noun list,
    with nothing but its own modifiers; any noun after a cue of the addressee_cue list, whose object is always the
    one addressed: '"Did you know it ... Mussolini?" Todd asked ... real estate mogul')."""
    doc = ctx.doc
    toks = [t for t in doc[v.i + 1:] if span[0] <= t.idx < span[1]]
    heads = [t for t in toks if t.head.i == v.i]
    if len(heads) != 1 or heads[0].dep_ not in ("dobj", "dative"):
        return False
    t = heads[0]
    if any(w.pos_ in ("VERB", "AUX") for w in toks) or {w.i for w in t.subtree} != {w.i for w in toks}:
        return False
    return t.pos_ in ("PROPN", "PRON") or t.lemma_.lower() in ADDRESSEE_NOUN or \
        t.pos_ == "NOUN" and v.lemma_.lower() in ADDRESSEE_CUE


def frames(ctx, v, cue):
    """(cs, ce) of the frame content of cue v, else None."""
    if not cue.takes or legal_appeal(v, cue):
        return None
    parts = _parts(ctx, v, cue)
    if not parts:
        return None
    doc = ctx.doc
    lo = min(p.left_edge.i for p in parts)
    hi = max(p.right_edge.i for p in parts)
    first = min(parts, key=lambda p: p.i)
    if first.i == lo and first.dep_ in ("prep", "prt", "dative") and lo < hi and (
            first.lower_ in cue.particles or first.i == getattr(lead_prep(v, cue), "i", -1)) \
            or particle_mark(first, v, cue) is not None or first.i == lo and addressee_to(v, cue, first):
        lo += 1  # "called for | peace talks", "called on | all actors to join": the particle is the cue's
    while hi > lo and doc[hi].is_punct and doc[hi].text not in QUOTE_CHARS:
        hi -= 1
    if addressee_only(doc, lo, hi) or target_only(doc, v, lo, hi):
        return None
    ce = doc[hi].idx + len(doc[hi])
    k = ctx.quote_containing(ce - 1)
    if k is not None and ctx.quotes[k].start < ce < ctx.quotes[k].end and not ctx.text[ce:ctx.quotes[k].end].strip(
            ".,!?"):
        ce = ctx.quotes[k].end  # 'called it "predatory."': a quoted complement runs to its closing mark
    # 'asked the crowd to welcome ... governor - "my new best friend."': a quotation after a dash that closes
    # the sentence is the content's last words
    m = _DASH_AFTER.match(ctx.text, ce, ce + 3)
    k = ctx.quote_containing(m.end() + 1) if m else None
    if k is not None and ctx.quotes[k].open == m.end() and ctx.quotes[k].closed and \
            ctx.text[ctx.quotes[k].close:ctx.quotes[k].close + 2].strip() in ("", ".") and \
            ctx.line_of(ctx.quotes[k].close - 1) == ctx.line_of(ce):
        ce = ctx.quotes[k].end
    return doc[lo].idx, ce
