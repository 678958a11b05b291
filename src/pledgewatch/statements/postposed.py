"""A cue set after a quotation's closing mark by a dash, the speaker after the verb: '"... a very short time" -
warned ... ministry of US diplomacy', '"..." - added Lavrov', '"..." - concludes "Economist"', '"..." - writes
Ukrainian truth', '"..." - we read in a statement of ... National Security Bureau'. Polish outlets translated into
English write it so; the parse takes the verb for a modifier ("added": amod) or the speaker for its object, so the
cue verb's own rules give nothing. The verb is a cue of cues.csv or, in this position only, of the
`postposed_cue` list of statement_words.csv (read, conclude); "we" or "you (can)" may stand before "read", and the
source is then what is read ("in a statement of X": X), or nobody named. A quotation already taken is left alone;
dialogue-dash quotations ("- A - said X") are `dashes`' and the attribution's.
"""

from __future__ import annotations

import re

from . import lexicon as L
from .comma_tags import APPOSED_LONGEST, clause_outside, closed_inside, name_hyphen, one_apposed_phrase
from .conventions import polnear_convention
from .cues import Cue
from .dashes import DASHES
from .grammar import FINITE_TAGS, RUN_POS
from .mention_span import source_mention
from .names import TITLE_WORDS
from .subjects import adjacent_subject
from .vetoes import convention_veto, vetoed

_AFTER = re.compile(r"[ \t]*,?[ \t]*[-–—][ \t]*(?=\w)")
_READERS = ("we", "you")


def _cue(ctx, i):
    """The cue verb at or right after token i ("- we read", "- you can read", "- also added"), or None."""
    doc = ctx.doc
    j = i
    if doc[j].lower_ in _READERS:
        j += 1
        if j < len(doc) and doc[j].lower_ == "can":
            j += 1
        return doc[j] if j < len(doc) and doc[j].lemma_.lower() in L.POSTPOSED_CUE else None
    if doc[j].pos_ == "ADV" and j + 1 < len(doc):
        j += 1
    v = doc[j]
    if v.pos_ not in ("VERB", "AUX", "NOUN", "ADJ") or v.lower_ in _READERS:
        return None
    lemma = v.lemma_.lower()
    if lemma in ctx.verbs or v.lower_ in ctx.forms or lemma in L.POSTPOSED_CUE:
        return v
    return None


def adjunct_speaker(ctx, v):
    """The speaker after a postposed cue v and a time, place or channel adjunct of one word or one named entity
    ("in New York", "on 24 February", "on Polsat News"), a noun phrase opened by a
    determiner or a name and holding a name: '"A" - said in June the spokesman of the Kremlin Dmitry Peskov', "A -
    said on TVN24 Dr. Adam Eberhardt, director of ...", "A - said on Friday the head of Russian diplomacy Sergei
    Lavrov in an interview" (translated Polish news: the parse takes the speaker for the verb's object or the
    preposition's); its token span, or None (not "- we read in a statement of X": `_source`)."""
    doc = v.doc
    i = v.i + 1
    if i + 2 >= len(doc) or doc[i].pos_ != "ADP" or doc[i].lower_ == "of" or v.lemma_.lower() in L.POSTPOSED_CUE:
        return None
    adjunct, k = doc[i + 1], _adjunct_end(doc, i + 1) + 1
    if k >= len(doc) or not (adjunct.pos_ in ("PROPN", "NOUN", "NUM") or adjunct.ent_type_ in ("DATE", "TIME")) or \
            doc[k].pos_ not in ("DET", "PROPN") or ctx.line_of(doc[k].idx) != ctx.line_of(v.idx):
        return None
    end = _np_end(doc, k)
    return (k, end) if any(t.pos_ == "PROPN" for t in doc[k:end]) else None


def _np_end(doc, k):
    """The end (exclusive) of the noun phrase that token k opens after a postposed cue: up to eight name-run tokens
    or "of" on its line (through a hyphen glued inside a name: "Jean-Yves Le Drian", `comma_tags.name_hyphen`), less a trailing preposition, determiner or particle ("the head of Russian diplomacy Sergei
    Lavrov")."""
    j = k
    while j + 1 < len(doc) and j - k < 8 and "\n" not in doc[j].whitespace_ and (
            doc[j + 1].pos_ in RUN_POS or doc[j + 1].lower_ == "of" or name_hyphen(doc, j + 1) or name_hyphen(doc, j)):
        j += 1
    while j > k and doc[j].pos_ in ("ADP", "DET", "PART"):
        j -= 1
    return j + 1


def _adjunct_end(doc, i):
    """The last token of the adjunct that token i opens: its named entity ("New York", "24 February"), else, for a
    proper noun the parse made a compound of a later word (the place and the speaker read as one name: "said in
    [Kyiv Oblast] Governor X"), the proper nouns after it up to the first title word (`names.TITLE_WORDS`) or
    person's name, so the speaker's mention opens at its title, not inside the place's name; else i ("in Kyiv Mayor X": the title right after the place). Not handled (round 39's review):
    "in Donetsk People's Republic leader X", whose place the NER tags a GPE entity, ends at the entity, and the
    common-noun title after it ("leader") opens no mention here (a determiner or proper noun must), so the mention
    stays as the other rules write it, the place included."""
    j = _entity_end(doc, i)
    if j != i or doc[i].pos_ != "PROPN" or doc[i].dep_ != "compound" or doc[i].head.i <= i:
        return j
    head = doc[i].head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # (the phrase's last word: "Kyiv" > "Oblast" > "Governor" > "Kuleba")
    k = i + 1
    while k < head.i and doc[k].pos_ == "PROPN" and doc[k].ent_type_ != "PERSON" and \
            doc[k].lower_.rstrip(".") not in TITLE_WORDS:
        k += 1
    starts_speaker = doc[k].ent_type_ == "PERSON" or doc[k].lower_.rstrip(".") in TITLE_WORDS
    return k - 1 if starts_speaker else i


def _entity_end(doc, i):
    """The last token of the named entity that token i opens ("New York", "24 February", "Polsat News"), else i."""
    j = i
    if doc[i].ent_iob_ == "B":
        while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
            j += 1
    return j


def _source(ctx, v):
    """The speaker's token span after cue v: the noun phrase after it ("- added Lavrov"), after an adjunct
    ("- said in June the spokesman ...": `adjunct_speaker`), or the source of what is read ("- we read in a
    statement of ... National Security Bureau"); None when none is named."""
    doc = v.doc
    found = adjunct_speaker(ctx, v)
    if found is not None:
        return found
    nxt = doc[v.i + 1] if v.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "in":
        pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        return source_mention(pobj) if pobj is not None and pobj.pos_ in ("PROPN", "NOUN") else None
    if v.lemma_.lower() in L.POSTPOSED_CUE and doc[v.i - 1].lower_ in _READERS + ("can",):
        return None
    k = v.i + 1
    while k < len(doc) and doc[k].text in "\"“”'":
        k += 1  # '- concludes "Economist"'
    if k < len(doc) and doc[k].pos_ in ("PROPN", "DET", "NOUN", "ADJ") and ctx.line_of(doc[k].idx) == \
            ctx.line_of(v.idx):
        return (k, _np_end(doc, k))
    _, span = adjacent_subject(v, ctx.text)
    return span


def postposed_cues(f):
    """Statements of quotations followed by a dash and a cue verb with the speaker after it, added to finder f."""
    ctx = f.ctx
    doc, text = ctx.doc, ctx.text
    for q in ctx.quotes:
        if not q.closed or text[q.open] in DASHES:
            continue
        m = _AFTER.match(text, q.close)
        if m is None or ctx.line_of(m.end()) != ctx.line_of(q.close):
            continue
        i = ctx.tok_at(m.end())
        if doc[i].idx != m.end():
            continue
        v = _cue(ctx, i)
        if v is None or f.overlaps(q.start, q.end):
            continue
        span = _source(ctx, v)
        f.add(q.start, q.end, doc[i:v.i + 1].text, v.lemma_.lower(), span, v.i)


_BARE = re.compile(r"[^\s\"“”'’(\[-]\s[-–—]\s(?=\w)")
_LEAD_DASH = re.compile(r"[ \t]*[-–—][ \t]*(?=\w)")
_SENTENCE_END = re.compile(r"\s*(?:[.!?]|$|\n)")


def postposed_bare(f):
    """Statements of a sentence closed by a dash and a cue verb with its speaker after it, with no quotation marks:
    "Cooperation ... secures lasting ties - argued the leader of the republic.", "The conflict will last for
    years - assessed the CIA director.", "... costly for Europe - noted the former president." (translated Polish
    news). The content is the sentence before the dash; the speaker ends the sentence (not "Russia - which
    has denied it - calls the concern 'hysteria'", a parenthesis). Left alone where a statement covers it."""
    ctx = f.ctx
    doc, text = ctx.doc, ctx.text
    for m in _BARE.finditer(text):
        dash = m.start() + 2
        if ctx.quote_containing(dash) is not None:
            continue
        i = ctx.tok_at(m.end())
        if i >= len(doc) or doc[i].idx != m.end():
            continue
        v = _cue(ctx, i)
        span = _source(ctx, v) if v is not None else None
        if span is None or span[0] <= v.i or not (
                _SENTENCE_END.match(text, doc[span[1] - 1].idx + len(doc[span[1] - 1])) or _closing_adjunct(ctx, v, span)):
            continue
        first = doc[ctx.tok_at(dash - 2)].sent.start
        cs, ce = doc[first].idx, m.start() + 1
        lead = _LEAD_DASH.match(text, ctx.lines[ctx.line_of(dash)])
        if lead and lead.end() < cs and not any(t.i in ctx.cue_idx for t in doc[ctx.tok_at(lead.end()):first]):
            cs = lead.end()  # "- A. B - adds X": the dialogue dash opens the words, over a glued sentence end
        if ctx.line_of(cs) != ctx.line_of(dash) or f.overlaps(cs, ce):
            continue
        f.add(cs, ce, doc[i:v.i + 1].text, v.lemma_.lower(), span, v.i)


def _closing_adjunct(ctx, v, span):
    """A prepositional phrase without a verb or comma closes the sentence after the speaker of a postposed cue
    found after its own adjunct ("- said on Friday the head of Russian diplomacy Sergei Lavrov in an interview with
    radio stations."); only there (`adjunct_speaker` read it)."""
    doc = ctx.doc
    if span[1] >= len(doc) or adjunct_speaker(ctx, v) != span or doc[span[1]].pos_ != "ADP":
        return False
    for t in doc[span[1]:doc[span[1] - 1].sent.end]:
        if t.text in (".", "!", "?") or "\n" in t.whitespace_:
            return True
        if t.pos_ in ("VERB", "AUX", "SCONJ") or t.text in _TAIL_STOP or t.is_quote:
            return False
    return True


_NP_POS = RUN_POS | {"PRON", "ADP", "ADV", "PUNCT", "CCONJ"}
_SPEAKER_POS = ("PROPN", "NOUN", "PRON")
_NOMINAL_POS = ("PROPN", "NOUN", "PRON", "NUM")
_TAIL_STOP = (",", ";", ":", "(", "-", "–", "—")
_FINITE = ("VBD", "VBZ", "VBP")
_OBJECT_DEPS = ("dobj", "dative", "ccomp", "xcomp", "attr", "oprd", "acomp")
_FRONTED_DEPS = ("advcl", "prep", "advmod", "npadvmod")


def _postposed_cue(ctx, t):
    """The cue of verb t as a postposed speaker's verb, or None: a reporting verb of cues.csv or of the
    `postposed_cue` list; a phrase cue only with its particle as the verb's particle right after it ("- he pointed
    out."), not bare or with a preposition, which would open its content ("- he spoke at the royal castle" is no
    "spoke of")."""
    lemma = t.lemma_.lower()
    if lemma in L.POSTPOSED_CUE:
        return Cue(lemma, lemma, "verb")
    cue = ctx.verbs.get(lemma) or ctx.verbs.get(ctx.forms.get(t.lower_, ""))
    if cue is None or cue.kind == "phrase" and not (
            t.i + 1 < len(t.doc) and t.doc[t.i + 1].dep_ == "prt" and t.doc[t.i + 1].lower_ in cue.particles):
        return None
    return cue


def _relative_clause(doc, i, t):
    """The words from i to cue verb t are a noun with a relative clause without "that", not a speaker: "- a visit the
    White House announced", "- the one the Kremlin proposed" (a determiner or possessive opens a second noun phrase
    right after a noun), ", a claim Moscow denied" (the parse hung the verb on a noun of those words that names no
    speaker: of the `summary_noun` or `non_speaker` lists; "Russia's state news agency TASS reported" stays)."""
    if t.dep_ in ("relcl", "acl") and i <= t.head.i < t.i and t.head.lemma_.lower() in L.SUMMARY_NOUN | L.NON_SPEAKER:
        return True
    return any(doc[j].tag_ in ("DT", "PDT", "PRP$") and doc[j - 1].pos_ in _NOMINAL_POS for j in range(i + 1, t.i))


def _subject_cue(ctx, i, longest=10):
    """(cue verb, its particle's last index, its cue) of "- SPEAKER CUE (adjuncts)." read from token i after the dash:
    at most ten words (`longest`) of a noun phrase or a third-person pronoun (no verb, no relative or first- or
    second-person pronoun, no quotation mark, no words or document as the subject: "- Franciszek's words ... cited
    in ...", no relative clause without "that": `_relative_clause`), then a finite cue verb (`_postposed_cue`: "- the
    politician concluded."; not a participle: "— a politician accidentally telling the truth —"), then only adjuncts to the
    sentence's end (no object but the one told: "told CNN", no complement, no other verb, no comma: not "— Defense
    Secretary Lloyd Austin said this week, \"We want ...\""); else None."""
    doc = ctx.doc
    first = doc[i]
    if first.lower_ in L.FIRST_SECOND_PERSON or first.tag_ in ("WP", "WDT", "WRB") or first.pos_ in ("CCONJ", "ADP"):
        return None
    sent_end = first.sent.end
    for k in range(i, min(i + longest + 1, sent_end)):
        t = doc[k]
        cue = _postposed_cue(ctx, t) if t.pos_ == "VERB" else None
        if cue is not None:
            if t.tag_ not in _FINITE or k == i or not any(doc[j].pos_ in _SPEAKER_POS for j in range(i, k)) or \
                    any({doc[j].lower_, doc[j].lemma_.lower()} & (L.OPINION_NOUN | L.DOCUMENT_NOUN)
                        for j in range(i, k)) or _relative_clause(doc, i, t):
                return None
            end = k
            if end + 1 < len(doc) and doc[end + 1].dep_ == "prt":
                end += 1  # "pointed out", "summed up"
            for j in range(end + 1, len(doc)):
                x = doc[j]
                if x.text in (".", "!", "?") or "\n" in x.text or "\n" in doc[j - 1].whitespace_:
                    return t, end, cue
                if x.text in _TAIL_STOP and not name_hyphen(doc, j) or x.pos_ in ("VERB", "AUX", "SCONJ") or \
                        x.lower_ == "that" or x.is_quote:  # (a hyphen inside a name is no dash: `comma_tags`)
                    return None
                if x.head.i == k and x.dep_ in _OBJECT_DEPS and not (cue.lemma in L.ADDRESSEE_CUE and x.dep_ in (
                        "dobj", "dative")):
                    return None  # "- Duda told journalists about ...", "- she expressed hope": a complement
            return t, end, cue
        if t.pos_ in ("VERB", "AUX") or t.lower_ in L.FIRST_SECOND_PERSON or t.tag_ in ("WP", "WDT") or \
                t.pos_ not in _NP_POS or "\n" in t.whitespace_ or t.is_quote:
            return None
    return None


def _speakers_after(ctx, pattern, at, longest=10):
    """(match, mark, first token after it, `_subject_cue`'s (cue verb, its last index, cue)) for each match of pattern
    whose mark (a dash or a comma, `at` characters into the match) stands outside a quotation and is followed on its
    line by a speaker and a finite cue verb: the candidates of `postposed_subject` and `postposed_comma`."""
    doc, text = ctx.doc, ctx.text
    for m in pattern.finditer(text):
        mark = m.start() + at
        if ctx.quote_containing(mark) is not None:
            continue
        i = ctx.tok_at(m.end())
        if i >= len(doc) or doc[i].idx != m.end() or ctx.line_of(doc[i].idx) != ctx.line_of(mark):
            continue
        found = _subject_cue(ctx, i, longest)
        if found is not None:
            yield m, mark, i, found


def _speaker_vetoed(f, v, cue, span, subj=None):
    """A veto of `attribution.attribute` holds for cue v with the speaker at token span: the verb's own
    (`vetoes.vetoed`), its speaker's (the span's head, or `subj` where the caller knows it better than the parse) or
    the convention's (`vetoes.convention_veto`: under the guide "- the governor never said." (negated), ", the
    emails indicate." (inferred); under PolNeAR's convention ", the CIA director estimated." (guide_only))."""
    ctx = f.ctx
    doc = ctx.doc
    subj = subj if subj is not None else next(
        (t for t in doc[span[0]:span[1]] if not span[0] <= t.head.i < span[1]), doc[span[1] - 1])
    return vetoed(ctx, v, cue) is not None or vetoed(ctx, v, cue, subj) is not None or \
        convention_veto(ctx, v, cue, subj, polnear_convention(f.nesting)) is not None


def postposed_subject(f):
    """Statements of a sentence closed by a dash and then its speaker and a cue verb, with no quotation marks: "... No
    one can think that they will be resistant to these sanctions - the head of British diplomacy on Sky News pointed
    out.", "... despite global opposition to the war in Ukraine - CNN says.", "... leave the dependence on fossil
    fuels from Russia - the head of the European Commission emphasized." (translated Polish news; `postposed_bare`
    has the speaker after the verb: "A - noted X."). The speaker is a noun phrase or a third-person pronoun ("- he
    noted."), not a list ("- tanks, jets and shells, the minister said": a comma in it closes an apposition only);
    the cue closes its sentence with at most adjuncts after it ("- he said in an interview.", "- the ministry said on
    Sunday."), never a complement ("- she assured that ..."), a relative clause ("- who he says are ...") or a
    conjoined clause ("- and he replied that ..."); the cue's vetoes hold (`_speaker_vetoed`). The content is the
    sentence before the dash, a clause with a finite verb or a modal (not a headline's noun phrase: "Russia's war in
    Ukraine - Zelensky says"), from a dialogue dash that opens the paragraph over glued sentence ends ("- A.B - X
    stressed."). Left alone where a statement covers it."""
    ctx = f.ctx
    doc, text = ctx.doc, ctx.text
    for m, dash, i, (v, end, cue) in _speakers_after(ctx, _BARE, 2):
        span = (i, v.i)
        while span[1] > span[0] + 1 and doc[span[1] - 1].pos_ == "ADV":
            span = (span[0], span[1] - 1)  # "- he also added."
        if any(t.text == "," for t in doc[span[0]:span[1] - 1]) and doc[span[1] - 1].text != ",":
            continue  # "- tanks, jets and shells, the minister said": a list, not "- X, a governor, said"
        last = ctx.tok_at(dash - 2)
        first = doc[last].sent.start
        cs, ce = doc[first].idx, m.start() + 1
        lead = _LEAD_DASH.match(text, ctx.lines[ctx.line_of(dash)])
        if lead and lead.end() < cs and not any(t.i in ctx.cue_idx for t in doc[ctx.tok_at(lead.end()):first]):
            cs = lead.end()  # "- A. B - X adds": the dialogue dash opens the words, over a glued sentence end
        if ctx.line_of(cs) != ctx.line_of(dash) or f.overlaps(cs, ce) or \
                not any(t.tag_ in FINITE_TAGS for t in doc[ctx.tok_at(cs):last + 1]) or \
                _speaker_vetoed(f, v, cue, span):
            continue
        f.add(cs, ce, doc[v.i:end + 1].text, v.lemma_.lower(), span, v.i)


_COMMA = re.compile(r"[^\s\"“”'’(\[-],[ \t]+(?=\w)")


def postposed_comma(f):
    """Statements of a sentence closed by a comma and then its speaker and a finite cue verb, where the parse did
    not make that verb the head of the sentence and its own rules found nothing: "Russia was sending a large number
    of reserve troops to Sievierodonetsk ..., the governor of Ukraine's Luhansk region said on Sunday." (the verb a
    conjunct, the speaker an apposition), "Two top commanders ... have been transferred to Russia for investigation,
    Russia's state news agency TASS reported." (a relative clause on the apposition). The speaker and cue are read
    as in `postposed_subject` (a noun phrase, then the verb, then only adjuncts to the sentence's end; the cue's
    vetoes hold); the words before the comma are a clause with a finite verb (not "Later, Duda told ...", "The
    British prime minister, Boris Johnson, echoed ...") that the parse did not hang on the cue verb (not a fronted
    adverbial clause: "When the bridge collapsed, the mayor said on television."). Not where the words before the
    comma hold a cue of their own (a relay tag: "X said this in its daily report, Ukrinform reports.", "Lavrov
    reiterated that ..., the ministry said": the statement is the inner speaker's), nor where the cue already has a
    statement or a statement covers the words."""
    ctx = f.ctx
    doc = ctx.doc
    taken = {r.cue_i for r in f.rows}
    for _, comma, i, (v, end, cue) in _speakers_after(ctx, _COMMA, 1, APPOSED_LONGEST):
        if v.i in taken or v.i - i > 10 and not one_apposed_phrase(doc, i, v.i):
            continue  # over ten words only one phrase and its apposition ("the head of ..., Olena Marchuk, told")
        span = (i, v.i)
        while span[1] > span[0] + 1 and doc[span[1] - 1].pos_ in ("ADV", "PUNCT"):
            span = (span[0], span[1] - 1)  # "TASS also reported", "X, a governor, said"
        if doc[i].pos_ not in ("DET", "PROPN", "NOUN", "PRON") or doc[v.i - 1].pos_ == "CCONJ":
            continue  # "Later, Duda told ...", "... Petr Pavel, and expressed ...": no speaker's noun phrase
        inner = [j for j in range(span[0], span[1]) if doc[j].text == ","]
        if inner and doc[span[1]].text != ",":
            # "... around Kharkiv, Ukraine's second city, the regional governor X said": the words before the last
            # comma inside are the content's apposition; the speaker's own closes with a comma ("X, a governor, said")
            comma = doc[inner[-1]].idx
            span = (inner[-1] + 1, span[1])
        last = ctx.tok_at(comma - 1)
        first = doc[last].sent.start
        words = doc[first:last + 1]
        if not clause_outside(ctx, words) or any(t.i in ctx.cue_idx for t in words) or \
                not closed_inside(ctx, words):
            continue  # not a clause ("However, Müller warned ...", "Russia, a member ..., objected ..."), a relay tag,
            # a quotation that runs on past the words (a quotation closed inside them is the speaker's: `comma_tags`)
        top = doc[last]
        while top.head.i != top.i and first <= top.head.i <= last:
            top = top.head
        if top.head.i == v.i and top.dep_ in _FRONTED_DEPS:
            continue  # "When the bridge collapsed, the mayor said ...": a fronted clause the parse hung on the verb
        cs, ce = doc[first].idx, comma
        if ctx.line_of(cs) != ctx.line_of(comma) or f.overlaps(cs, ce) or _speaker_vetoed(f, v, cue, span):
            continue
        f.add(cs, ce, doc[v.i:end + 1].text, v.lemma_.lower(), span, v.i)
