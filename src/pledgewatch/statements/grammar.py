"""Parse-tree predicates and tag sets shared by the finder's rules (spaCy English dependency labels and tags).

Nothing here looks at the article: only at tokens, their heads and, for `unquoted` (the words of a sentence outside
the article's quotations, which `narrated_past` reads), the quotations its caller passes. Word lists are in `lexicon`
(statement_words.csv); these sets are the parser's own labels.
"""

from __future__ import annotations

from . import lexicon as L
from .quotes import find_quotes, voice_spans

# dependents of a cue that may sit between it and a following quotation ("told reporters on Tuesday: ...")
GAP_DEPS = {"dative", "dobj", "prep", "pobj", "npadvmod", "advmod", "mark", "nsubj", "prt", "agent", "aux", "neg",
            "punct", "det", "amod", "compound", "poss", "case", "nummod", "pcomp", "auxpass", "oprd", "appos", "cc"}
CLAUSAL = {"ccomp", "xcomp", "conj", "advcl", "parataxis", "relcl", "acl", "csubj"}
NON_CONTENT_ENTS = {"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}
SPEAKER_ENTS = {"PERSON", "ORG", "NORP", "GPE"}  # entity labels of what can speak: a person, body, group, country
FINITE_TAGS = {"VBZ", "VBD", "VBP", "MD"}
CUE_PREFIX_DEPS = {"aux", "auxpass", "neg", "advmod"}
SUBJ_POS = {"PROPN", "NOUN", "PRON"}
RUN_POS = {"PROPN", "NOUN", "DET", "ADJ", "PART", "NUM"}
MENTION_STOP = {",", ";", ":", "(", ")", "[", "]", ".", "!", "?", "—", "–"}
DASHES = ("—", "–", "--", "-")


def cue_of(tok, verbs, forms, in_title):
    """The `cues.Cue` that tok is (by lemma, else by surface form), or None: a verb (in a title also a noun, as
    title-case headlines are tagged)."""
    lem = tok.lemma_.lower()
    if lem not in verbs:
        lem = forms.get(tok.lower_)
        if lem is None:
            return None
    if tok.pos_ not in ("VERB", "AUX") and not (in_title and tok.pos_ in ("NOUN", "PROPN")):
        return None
    return verbs[lem]


def is_under(t, v, maxdepth=6):
    """The child of v that t hangs under, or None."""
    cur, d = t, 0
    while cur.head.i != cur.i and d < maxdepth:
        if cur.head.i == v.i:
            return cur
        cur, d = cur.head, d + 1
    return None


def infinitival(t):
    """t heads a to-infinitive ("called Machado to express gratitude"): a purpose or a complement inside its clause,
    never a second speech event conjoined to it."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children)


def adjunct_gerund(t):
    """The cue t is a gerund in a by/after/before phrase ("implicated Putin by admitting ..."): a manner or time of
    its clause's event, whose speaker is that clause's subject."""
    return t.dep_ == "pcomp" and t.tag_ == "VBG" and (t.head.lower_ in L.GERUND_PREPOSITION or (
        t.head.lower_ in L.FRONTED_GERUND_PREPOSITION and t.head.i < t.head.head.i))  # ("Since announcing A, X has")


def as_agent(v):
    """The source of a passive cue in an as-clause: "As reported by the Tribune, A", "A, as first reported by
    Reuters on Tuesday": the noun of the cue's "by" phrase (the cue a bare past participle with "as" as its mark),
    else None."""
    if v.tag_ != "VBN" or v.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in v.lefts):
        return None
    agent = next((c for c in v.rights if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def bound_participle(t):
    """The cue t is a bare present participle bound to the clause it modifies, with no comma, dash or conjunction
    before it ("a formal letter had been sent to Berlin expressing the government's alarm", "she did not feel
    comfortable telling her neighbours to vote for him"): a manner or circumstance of its host clause's event, like
    a by/after gerund, not a second speech event of the cue's speaker. Part of the words of the statement whose
    clause holds it (issue #14, a content cut short at the participle). Not "..., adding that ..." or "... and
    urging ...": punctuation or a conjunction sets off the speaker's own second act."""
    if t.tag_ != "VBG" or t.dep_ != "advcl" or t.left_edge.i != t.i or t.i == 0:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in t.children):
        return False
    prev = t.doc[t.i - 1]
    return not (prev.is_punct or prev.dep_ == "cc" or prev.is_space) and t.head.i < t.i


def hypothetical(t):
    """The cue t is a speech act that has not happened: it carries a modal ("his successor will push for ... same
    goals", "Germany could call for ..."). Inside another statement it is part of that statement's words."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in t.children)


def unrealised(t):
    """The cue t inside another statement's clause reports no speech event of its own: a modal on it ("he should
    have insisted on ...") or on the verb whose bare infinitive it shares ("she'd call Lukashenko in and tell him ...";
    not "would deliver the tanks and promised ...") or an if/unless clause ("if the president had asked her to").
    Part of the outer words. (Not a gerund after "with": "..., with Moscow's ambassador warning that ..." is a
    speech event.)"""
    if hypothetical(t):
        return True
    if t.dep_ == "conj" and t.tag_ == "VB" and hypothetical(t.head) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in t.children):
        return True
    return any(c.dep_ == "mark" and c.lower_ in L.HYPOTHETICAL_MARK for c in t.children)


def passive_subject(v):
    """The passive subject of v ("Ortiz" in "Ortiz is accused of ..."): its nsubjpass before it, where v has a
    passive auxiliary; else None."""
    if not any(c.dep_ == "auxpass" for c in v.children):
        return None
    subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    return subj if subj is not None and subj.i < v.i else None


def by_noun(prep):
    """The noun (not a pronoun) object of the "by" token prep ("by the Times" -> "Times"), or None."""
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    return obj if obj is not None and obj.pos_ in ("PROPN", "NOUN") else None


def passive_agent(v):
    """The noun (not a pronoun) the "by" agent of v names ("reported by the Times" -> "Times"), or None."""
    for c in v.children:
        if c.dep_ == "agent" and by_noun(c) is not None:
            return by_noun(c)
    return None


def addressed(t):
    """The cue t is a passive whose subject is the addressee, with no speaker named ("In several cases, tech
    executives say, ... have been asked to keep the content online", "we were told the aid would come"): nobody's
    speech event inside the words around it."""
    return any(c.dep_ == "auxpass" for c in t.children) and not any(c.dep_ == "agent" for c in t.children)


def particle_mark(c, v, cue):
    """The cue's particle or content preposition as the mark of a clause right after the cue ("called for |
    Ukraine to be given jets", "pressed for | the weapons to arrive sooner", parsed with "for" as the mark of the
    clause's verb), else None."""
    m = c.left_edge
    if c.dep_ in ("advcl", "ccomp") and m.dep_ == "mark" and m.head.i == c.i and m.lower_ in (
            cue.particles | cue.preps) and 0 < m.i - v.i <= 2:
        return m
    return None


def lead_prep_position(v):
    """The index of the first token after cue v that is not one of its adverbs or negations."""
    doc = v.doc
    j = v.i + 1
    while j < len(doc) and doc[j].dep_ in ("advmod", "neg") and doc[j].head.i == v.i:
        j += 1
    return j


def content_prep(t, cue):
    """t is one of the cue's content prepositions (cues.csv `takes`) with an object that is no date, time or place
    (`NON_CONTENT_ENTS`): "warned | of a breakthrough", not "warned on Tuesday"."""
    return t.dep_ == "prep" and t.lower_ in cue.preps and any(
        o.dep_ in ("pobj", "pcomp") and o.ent_type_ not in NON_CONTENT_ENTS for o in t.children)


def lead_prep(v, cue):
    """The content preposition (or clause mark) of a verb cue that comes right after it, adverbs aside: "appealed
    for more air defence", "warned of a breakthrough"; None when an object or anything else comes first."""
    doc = v.doc
    j = lead_prep_position(v)
    if j >= len(doc):
        return None
    t = doc[j]
    if t.head.i == v.i and content_prep(t, cue):
        return t
    m = particle_mark(t.head, v, cue) if t.dep_ == "mark" and t.head.head.i == v.i else None
    if m is not None and m.i == t.i:
        return t
    return None


def in_noun_modifier(t, depth=8):
    """The cue t sits in a relative clause or another modifier of a noun ("Scott's relatives, who asked
    ... to show them the video, watched it", "something a 911 caller also told ... dispatcher"): its
    statement is nested in the outer content without ending it."""
    cur = t
    for _ in range(depth):
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def in_modifier(d, c):
    """d sits inside a relative clause or another noun modifier of c's clause ("a conversation ... humanizes
    black people ... demands respect"), not conjoined to the clause itself."""
    cur = d
    while cur.i != c.i and cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "acl", "pcomp", "pobj", "xcomp"):
            return True
        cur = cur.head
    return False


def governed(t, v, depth=8):
    """The cue t heads a complement clause of the cue v, directly or through other complements ("Clinton had told
    police ..., the source added"); not a conjunct ("A said X, and the S.E.C. said Y", "said he'd battled ... and
    called it ..."), an adverbial clause ("..., while Democrats accused ...", "..., citing ...") or a relative
    clause ("what analysts describe as ..."): those are statements of their own under any nesting."""
    cur = t
    for _ in range(depth):
        if cur.dep_ not in ("ccomp", "xcomp"):
            return False
        if cur.head.i == cur.i:
            return False
        if cur.head.i == v.i:
            # after the cue, only its first complement: a second one is a clause coordinated with it that the
            # parse hung on the cue ("Republicans said they're convinced ... and Democrats accused ...")
            return not (cur.i > v.i and any(c.dep_ == "ccomp" and v.i < c.i < cur.i for c in v.children))
        cur = cur.head
    return False


def subordinate(t):
    """t, a cue verb after a reported clause, heads a subordinate clause of it ("Trump was right when he said
    ...", "... because the governor announced ..."): that clause is part of the content, not where it ends."""
    return t.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.i < t.i and m.lower_ in L.SUBORDINATOR
                                     for m in t.children) and any(x.dep_ == "nsubj" for x in t.children)



def trim_punct(toks, drop=None):
    """toks without the punctuation and spaces at either end, nor the token `drop` where it opens the words ("- the
    army said ," -> "the army said"; drop "Reportedly": "Reportedly, he had argued ." -> "he had argued")."""
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    if toks and drop is not None and toks[0].i == drop.i:
        return trim_punct(toks[1:])
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    return toks


_MAIN_GAP = {"prep", "pobj", "npadvmod", "det", "compound", "nummod", "amod"}


def verbless_main(v):
    """v, a past-tense verb the parse made a participle modifying a noun (relcl / acl, no auxiliary or subject of
    its own), is the main verb of a sentence that has none besides it: the sentence's root is the subject noun,
    set off by a comma from its apposition or relative clause, and v follows the comma that closes it, with only its
    own time and place adjuncts between ("Paolo Gentiloni, the bloc's economy chief, on Monday called the plan
    ''reckless''", "Mette Frederiksen, who chairs the summit this year, tweeted ..."). Returns the root noun, the
    subject, or None; not a true reduced clause ("Nadia Savchenko, a pilot now charged with ...": the comma opens
    the apposition that holds it) nor "Trump, when asked about ..." (a subordinator), nor a passive: a "by" agent
    ("asked by rivals whether ..."), or a verb whose active use needs an object (`hearer_cue`: "informed on Friday
    that ...", "pressed with questions whether ...", the name the one told or pressed) without one; a verb that
    needs none keeps its adjunct ("tweeted with evident relief that ...")."""
    if v.tag_ not in ("VBN", "VBD") or v.dep_ not in ("relcl", "acl") or \
            any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark", "agent") or c.lower_ == "by"
                for c in v.children):
        return None
    if v.lemma_.lower() in L.HEARER_CUE and not any(c.dep_ in ("dobj", "dative") for c in v.children):
        return None
    root = v.sent.root
    doc = v.doc
    if root.pos_ not in ("NOUN", "PROPN") or not root.i + 1 < v.i or doc[root.i + 1].text != ",":
        return None
    comma = next((i for i in range(v.i - 1, root.i, -1) if doc[i].text == ","), None)
    if comma is None or comma == root.i + 1:
        return None
    if any(t.dep_ not in _MAIN_GAP or t.tag_ == "WRB" or not any(a.i == v.i for a in t.ancestors)
           for t in doc[comma + 1:v.i]):
        return None
    return root


def finite_xcomp(c):
    """c is a clause the parse hung on its verb as an open complement (xcomp) though it is finite, with its own tense
    and no "to": a misparsed complement clause. The parse does this where a relative pronoun is the subject of the
    reported clause and the speaker sits between them ("a drawdown, which they say | left a vacuum ...": "which"
    and "they" both subjects of "say", "left" its xcomp). Read as the cue's complement clause by `content.clause`
    (without the object widening a ccomp gets there); `subjects._own_subject` takes the speaker."""
    return c.dep_ == "xcomp" and c.tag_ in FINITE_TAGS and not any(
        a.dep_ == "aux" and a.tag_ == "TO" or a.dep_ == "mark" for a in c.children)


WH_TAGS = ("WDT", "WP")  # a relative or interrogative pronoun: "what", "which"


def personal_pronoun(t, words) -> bool:
    """t is a personal pronoun of `words` (lower case) as written: "I" only upper case and not after a proper noun
    (the numeral of "World War I", which the parser tags a pronoun), the others not all capitals ("US")."""
    if t.pos_ != "PRON" or t.lower_ not in words:
        return False
    if t.text == "I":
        return not (t.i > 0 and t.nbor(-1).pos_ == "PROPN")
    return not t.text.isupper()


def past_form(t) -> bool:
    """t is a past form (VBD) or has a past auxiliary ("was shelled", "didn't think")."""
    return t.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in t.children)


def perfect_form(t) -> bool:
    """t is a past participle with a perfect auxiliary (`frame_perfect_aux`, by lemma: "has chosen", "had not
    commented"); `clause_frame._tense` reads the same words from a clause's auxiliaries."""
    return t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() in L.FRAME_PERFECT_AUX for c in t.children)


def first_person(t) -> bool:
    """t is a first-person personal pronoun token (`block_first_person`: "we", "We", "I"; not "US", "our", nor the
    numeral of "World War I": `personal_pronoun`)."""
    return t.dep_ != "poss" and personal_pronoun(t, L.BLOCK_FIRST_PERSON)


def first_person_voice(t) -> bool:
    """t is the speaker's first person: a first-person pronoun (`first_person`) or possessive ("our cities", "my
    family": `first_person_possessive`), not the outlet's own "our correspondent" (`outlet_possessed`)."""
    if first_person(t):
        return True
    return t.dep_ == "poss" and t.lower_ in L.FIRST_PERSON_POSSESSIVE and t.head.lower_ not in L.OUTLET_POSSESSED


def unquoted(span, quoted=None):
    """The tokens of span outside the article's quotations ('"We are not afraid," the mayor told reporters': the
    quoted words are another's voice). `quoted`: the article's quotations as (opening mark, just past the closing
    mark) character offsets, paired as every reader pairs them (`quotes.find_quotes` on the whole text, so a sentence
    inside a quotation of several sentences is inside it too; `quotes.voice_spans`: not one a plural possessive may
    close); by default those of the span's doc text."""
    if quoted is None:
        text = span.doc.text
        quoted = voice_spans(text, find_quotes(text))
    quoted = [(a, b) for a, b in quoted if a < span.end_char and b > span.start_char]
    for t in span:
        if not any(a <= t.idx < b for a, b in quoted):
            yield t


def past_clause(span) -> bool:
    """The span (a sentence of the parse, or a clause of one whose head lies outside it) is in the past tense: its
    first verb or auxiliary among the tokens heading it (the root, or one whose head lies outside the span; else its
    first such token) is a past form (`past_form`: "Russian forces shelled Kharkiv overnight", "The depot was hit") or
    a participle with its own subject and no auxiliary, which a run-on parse makes of a past verb ("Meanwhile,
    shelling continued"). `narrated_past` and the glued sentences' stop (`glued_sentences`) read it."""
    heads = [t for t in span if t.head.i == t.i or not span.start <= t.head.i < span.end]
    r = next((t for t in heads if t.pos_ in ("VERB", "AUX")), heads[0] if heads else span.root)  # a clause's own
    finite_participle = r.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in r.children) and not any(
        c.dep_ in ("aux", "auxpass") for c in r.children)
    return past_form(r) or finite_participle


def narrated_past(sent, quoted=None) -> bool:
    """The sentence (a Span: a sentence of the parse, or a clause of one whose head lies outside it) reads as the
    reporter's narration of past events, not a speaker's voice: it is in the past tense (`past_clause`) and has no
    first person outside quotation marks in it (`first_person_voice`, `unquoted`: "We restored power", "It bombed
    our cities" are a speaker's; '"We are not afraid," the mayor told reporters' is narration). A speaker's present
    or future claim ("The ruins will give Russia nothing", "Air defence is working") is none. The colon block's end
    (`content.colon_block`) and the text after an embedded post's credit (`embedded_posts`) read it, passing the
    article's quotations (`quoted`, as `unquoted` takes them)."""
    return past_clause(sent) and not any(first_person_voice(t) for t in unquoted(sent, quoted))


def naming_wh(v):
    """The fronted wh-pronoun object of v where v is a naming verb (`wh_naming_cue`: "what he called", "which the
    minister described as"), else None: the construction wh_naming, wh_label, speakers.label_namers and
    context's unclosed-label cut read."""
    if v.lemma_.lower() not in L.WH_NAMING_CUE:
        return None
    return next((c for c in v.children if c.dep_ == "dobj" and c.tag_ in WH_TAGS and c.i < v.i), None)
