"""Named "not a speech event" predicates: a cue verb for which one holds gives no statement.

Each takes (ctx, v, cue, subj): the article context, the cue token, its `cues.Cue` and its speaker token (None for
the verb's own vetoes, which are tried before the speaker is settled). Add a veto as a function here, with its
example in the docstring, and list it in VERB_VETOES or SUBJECT_VETOES.
"""

from __future__ import annotations

import re

from . import lexicon as L
from .grammar import CLAUSAL, adjunct_gerund, as_agent, infinitival, verbless_main
from .pressed_thing import pressed_thing
from .quotes import QUOTE_CHARS
from .reasons import unreasoned, unspeaking_reasoner

_CLIP_DURATION = re.compile(r"\d{1,2}(?::\d\d){1,2}\s")  # (an hour or longer: "1:02:15 ")
_MEDIA_LABEL = re.compile(r"\s[-\u2013\u2014]\s*([^-\u2013\u2014]+?)\W*$")
_NAME_ENTS = ("PERSON", "ORG", "GPE", "NORP")


def supposition(ctx, v, cue, subj):
    """"Let's say you think a degree will cost $160,000": a supposition, nobody's statement."""
    doc = ctx.doc
    return v.i >= 2 and doc[v.i - 1].lower_ in L.SUPPOSITION_LET and doc[v.i - 2].lower_ == "let"


def other_phrasal_verb(ctx, v, cue, subj):
    """Another phrasal verb of a phrase cue's verb: "calling out Trump for his lies", "called off", "pushed back
    on" (not "spoke out about": the cue's particle follows)."""
    doc = ctx.doc
    return bool(cue.particles) and any(c.dep_ == "prt" and c.lower_ not in cue.particles and not (
        c.i + 1 < len(doc) and doc[c.i + 1].lower_ in cue.particles) for c in v.children)


def negated(ctx, v, cue, subj):
    """"Facebook did not say whether ...": a speech act that did not happen ('"Probably not," she said': a
    negation inside the quotation, hung on the cue by the parse, is the speaker's word). Under the annotation guide
    (`GUIDE_VETOES`); under PolNeAR's convention see `negated_without_clause`."""
    return any(c.dep_ == "neg" and ctx.quote_containing(c.idx) is None for c in v.children)


def negated_without_clause(ctx, v, cue, subj):
    """Under PolNeAR's convention (`OUTER_VETOES`): a negated cue with no clause of what was left unsaid ("did not
    criticize her rival", "never thanked him"). One with such a clause is an attribution there ("would not say
    whether the ballots were recounted", "did not reveal how much the county paid", "has never suggested that
    ..."): PolNeAR's annotators mark the question or claim the speaker left open."""
    return negated(ctx, v, cue, subj) and not any(c.dep_ == "ccomp" for c in v.children)


def guide_only(ctx, v, cue, subj):
    """Under PolNeAR's convention (`OUTER_VETOES`): a cue verb of the `guide_only_cue` list is no cue: verbs of praise
    or blame with their reason ("blasted him for not paying income tax", "praised the protests for being largely
    peaceful"), "underscored"; round 34: the other verbs of praise and blame (criticize, blame, condemn, hail, thank,
    welcome) and of estimating or judging (estimate, assess, deem); round 35: a finding ("A poll found that A", "The
    inquiry found that A": find). PolNeAR's annotators mark such sentences as attributions,
    but the convention as this project scores it keeps only those whose cue is a verb of saying (`score.py`,
    shared/README.md: "keeps attributions with a speech cue"), so there the row can only be a false hit; under the
    guide each is a statement (a verb of speaking, or a speech act with its content; `unreasoned` says when a verb of
    praise or blame is one)."""
    return guide_only_lemma(v.lemma_.lower())


def guide_only_lemma(lemma: str) -> bool:
    """The cue lemma is of the `guide_only_cue` list (`guide_only`; also read by headings.headline)."""
    return lemma in L.GUIDE_ONLY_CUE


def question_put(ctx, v, cue, subj):
    """"Asked what he would tell the mayor, Brooks says: ...": the question is not his statement (a participle
    clause before its head verb, without a subject; not a passive as-clause with its source: "As reported by the
    Tribune, A")."""
    return v.dep_ == "advcl" and v.i < v.head.i and v.tag_ in ("VBN", "VBD") and \
        not any(c.dep_ == "nsubj" for c in v.children) and as_agent(v) is None


def reduced_participle(ctx, v, cue, subj):
    """A past participle with no auxiliary or subject: "Asked what he would tell the mayor, ...", "when asked to do
    so" ("Axelrod on Wednesday called on Dean to ...", tagged VBN with its subject, is a past tense)."""
    return v.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in v.children) and \
        verbless_main(v) is None and as_agent(v) is None
    # (not the only verb of its sentence: "X, the chief, on Monday called ..."; nor a passive as-clause with its
    # source: "As reported by the Tribune, A")


def foreseen(ctx, v, cue, subj):
    """"Emmanuel Macron is expected ... announce a new prime minister", "the company is planning to announce ... new
    brand name", "Moscow is expected ... declare the regions annexed": a to-infinitive cue under a verb
    of the `foreseeing_head` list (expect, plan, intend, schedule, due ...) is a speech act foreseen, not made. Not
    "wants to say" or "is set to say" (a speech whose text was released beforehand), which news uses for what
    was said."""
    h = _conjunct_root(v)
    return infinitival(h) and h.dep_ == "xcomp" and h.head.lemma_.lower() in L.FORESEEING_HEAD


def withheld(ctx, v, cue, subj):
    """"China has so far refused to criticize the invasion", "Many leaders have refused to condemn the war", "The
    Kremlin declined to confirm that talks were under way": a to-infinitive cue under a verb of the `refusal_head`
    list (refuse, decline) is a speech act withheld, not made, as a negated cue is (`negated`). Under the annotation
    guide (`GUIDE_VETOES`). Not a commitment withheld ("Macron refused to promise more fighter jets", "Trump refused
    to commit to ...", words `refused_commitment`): that refusal is itself a statement, coded refusal."""
    h = _conjunct_root(v)
    return infinitival(h) and h.dep_ == "xcomp" and h.head.lemma_.lower() in L.REFUSAL_HEAD \
        and v.lemma_.lower() not in L.REFUSED_COMMITMENT


def _conjunct_root(v):
    """The to-infinitive a bare infinitive carries on ("is expected to meet the envoys and announce ...", "intends to
    review the treaty and reaffirm ...": "announce", "reaffirm" share the first verb's "to" and its head, also where
    the parse hung the bare verb on the head itself); v itself where it is no such conjunct (a finite "... and said",
    a verb with its own subject)."""
    h = v
    while h.dep_ == "conj" and h.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in h.children):
        h = h.head
        if h.lemma_.lower() in L.FORESEEING_HEAD:
            return next((c for c in h.children if c.dep_ == "xcomp" and infinitival(c)), v)
    return h


def anonymity_request(ctx, v, cue, subj):
    """"The official, who had asked to remain anonymous, told ...", "an aide, who requested anonymity, ...", "The
    diplomat asked not to be named because ...": a source's request for anonymity (a word of the `anonymity_word`
    list as the cue's object, or as its infinitive or that infinitive's complement) is no statement; the words
    the source said are the statement of their own cue."""
    return any(_asks_anonymity(c) for c in v.children)


def _asks_anonymity(c) -> bool:
    """A dependent of the cue that asks for anonymity: its object ("requested anonymity"), its infinitive itself
    ("asked not to be identified", unless that takes an object of its own) or the infinitive's complement ("asked to
    remain anonymous")."""
    def anonymity(t):
        return t.lower_ in L.ANONYMITY_WORD

    if c.dep_ == "dobj":
        return anonymity(c)
    if c.dep_ != "xcomp":
        return False
    bare = anonymity(c) and not any(g.dep_ in ("attr", "oprd", "dobj") for g in c.children)
    return bare or any(g.dep_ in ("acomp", "attr", "oprd") and anonymity(g) for g in c.children)


def not_a_speaker(ctx, v, cue, subj):
    """A subject that cannot speak: an amount ("60 days request ..."), a date, or a noun of the non_speaker list
    ("common belief says ..."); "63 percent said" (a poll's respondents) is a statement, and so is a person's name
    that is also such a noun ("State Department spokesman Ned Price said", "Tom Price told reporters").
    Under PolNeAR's convention (`ctx.outer`) data and documents are sources: a noun of the `data_source` list
    speaks there ("the new evidence from trade suggests A", "early ratings data suggests that A", "public records
    indicate A": PolNeAR's annotators mark each as an attribution; the guide does not)."""
    lemma = subj.lemma_.lower()
    return subj.ent_type_ in ("MONEY", "QUANTITY") or lemma in L.NON_SPEAKER and not (
        subj.pos_ == "PROPN" and subj.ent_type_ == "PERSON") and not (ctx.outer and lemma in L.DATA_SOURCE) or \
        subj.ent_type_ in ("DATE", "TIME") and subj.pos_ in ("NUM", "NOUN")


def quoted_first_person(ctx, v, cue, subj):
    """"I told him ..." inside somebody's quotation: part of their words."""
    return subj.lower_ in L.FIRST_SECOND_PERSON and ctx.quote_containing(v.idx) is not None


def impersonal_passive(ctx, v, cue, subj):
    """A passive cue whose subject the parse labelled nsubj is "it", "this" or "that" ("it was said ...", parsed
    with "it" as an active subject): an impersonal construction that names no speaker."""
    return subj.pos_ == "PRON" and subj.lower_ in L.EXPLETIVE_SUBJECT and subj.dep_ == "nsubj" \
        and any(c.dep_ == "auxpass" for c in v.children)


def concessive(ctx, v, cue, subj):
    """"That said, the channel's viewers tend ... be older", "That being said, ...": a pronoun of the
    `concessive_subject` list with a bare "said" and a comma opening its sentence is a concession, no speech event
    ("This said the war would end soon" has no comma: a subject that speaks)."""
    doc = ctx.doc
    between = doc[subj.i + 1:v.i]
    return subj.lower_ in L.CONCESSIVE_SUBJECT and subj.i < v.i and all(t.lower_ == "being" for t in between) \
        and (subj.is_sent_start or subj.i == 0 or doc[subj.i - 1].is_punct or doc[subj.i - 1].is_space) \
        and v.i + 1 < len(doc) and doc[v.i + 1].text == ","


def unspoken_source(tok):
    """A source with no speaker: a poll of the `poll_source` list ("A survey by the broadcaster ZDF suggests the
    public still backs ...", "according to a new poll, most ...") or documents and plans of the
    `unspoken_document` list ("the emails indicate ...", "Kremlin papers suggested ...", "according to public
    records, ...", "according to the concept, the defence line would ..."): data, no speech event. "63 percent
    said" (the respondents), "the pollster said" and "the report said" stay; the nouns of `non_speaker` are not
    tried after "according to" ("As we read, according to customs data, ..." is the newspaper's statement)."""
    return tok.lemma_.lower() in L.POLL_SOURCE or tok.lower_ in L.POLL_SOURCE or tok.lower_ in L.UNSPOKEN_DOCUMENT


def unspoken_subject(ctx, v, cue, subj):
    """The cue's subject is a poll or documents (`unspoken_source`): "Polling by a London think tank has indicated
    that ...", "court papers alleged that ..."."""
    return unspoken_source(subj)


def hearsay_subject(ctx, v, cue, subj):
    """"Initial reports said the fire started in a warehouse", "Rumours claim the general has fled", "Earlier reports
    suggested ...": a hearsay noun (`hearsay_source`) as the cue's subject, with nothing in its phrase that names or
    points to a source (no determiner, owner, compound, number or prepositional phrase), is talk with no speaker, no
    speech event (under the guide: documents and data without a speaking source are not statements). "The reports
    said" (reports named before), "Media reports said", "Reports from local outlets claim" stay, and so do reports a
    participle or relative clause ties to a source ("Reports published by Reuters said", "Reports citing two officials
    said": a proper noun, a named entity or an agent in the clause)."""
    return subj.lower_ in L.HEARSAY_SOURCE and not any(
        c.dep_ in ("det", "poss", "compound", "nummod", "prep", "appos") or _sourced_clause(c)
        for c in subj.children)


def _sourced_clause(c) -> bool:
    """c is a participle or relative clause (acl, relcl) whose words name a source: a proper noun, a named entity or
    an agent ("published by Reuters", "citing two Ukrainian officials", "quoting the governor")."""
    if c.dep_ not in ("acl", "relcl"):
        return False
    return any(w.pos_ == "PROPN" or w.ent_type_ or w.dep_ in ("agent", "dobj") for w in c.subtree if w is not c)


def inferred(ctx, v, cue, subj):
    """An evidential verb (`evidential_cue`: suggest, indicate, signal, reveal) whose subject is what someone said
    or did, or a fact, not the one who says it (`evidence_subject`): "the leader's comments indicate that ...",
    "the statements suggest ...", "as everything indicates, ...", "the subsequent events revealed ...": the
    reporter's inference, no speech event ("the minister suggested", "the ministry indicated" stay). Events and
    "this" are of the list too: "The shelling underscored that ...", "Zelensky's visit underscores that ...", "This
    indicates ..." (round 30 review); "The report underscores that ..." stays (documents that publish speak). The
    compositional form (any subject that cannot speak: `speaking.can_speak`) was measured and dropped: coding_dev
    half B act accuracy .638 -> .635."""
    return v.lemma_.lower() in L.EVIDENTIAL_CUE and (subj.lemma_.lower() in L.EVIDENCE_SUBJECT or
                                                   subj.lower_ in L.EVIDENCE_SUBJECT)


def conjectured(ctx, v, cue, subj):
    """"Moscow could say it only wanted a buffer zone", "Critics may argue that the loans came too late", "Kyiv
    might claim the village": a cue with a modal of the `conjecture_modal` list (could, might, may), outside any
    quotation, is a speech act the writer supposes, not one made. Not "must" or "should" (an obligation, "the minister must tell
    parliament ...": measured, they cost a statement the team coded as one), nor
    "will" or "would" (announced and reported speech: foreseen acts have their own veto, `foreseen`), nor a modal
    inside the content ("Macron said Europe could press Moscow"), nor a past ability limited by an adverb of the
    `conjecture_exempt_adverb` list ("the spokesman could only say that talks continue", "could say only that ..."):
    a speech act made."""
    doc = v.doc
    nxt = doc[v.i + 1].lower_ if v.i + 1 < len(doc) else ""
    if nxt in L.CONJECTURE_EXEMPT_ADVERB or any(c.dep_ == "advmod" and c.lower_ in L.CONJECTURE_EXEMPT_ADVERB
                                                 for c in v.children):
        return False
    return ctx.quote_containing(v.idx) is None and any(
        c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in L.CONJECTURE_MODAL for c in v.children)


def clip_link(ctx, v, cue, subj):
    """"00:48 Putin warns the West he has only begun – video", "1:02 Panic helps the enemy, says Ukraine's
    president – video": a live blog's link to a clip (a line that opens with the clip's duration and ends with a
    label of the `media_label` list after a dash) is page furniture, no statement."""
    ln = ctx.line_of(v.idx)
    line = ctx.text[ctx.lines[ln]:ctx.line_end(ln)].strip()
    label = _MEDIA_LABEL.search(line)
    return bool(_CLIP_DURATION.match(line)) and label is not None and label.group(1).lower() in L.MEDIA_LABEL


def reader_address(ctx, v, cue, subj):
    """"18.30 Summary Thank you for staying with our coverage of the floods", "Summary Thank you for following the
    summit with us": a cue outside any quotation
    whose object is the second-person "you" (in narration, only the reader) and whose subject is a heading word (one
    bare word, no name, opening its line after at most a time stamp: a live blog's "Summary" parsed as the subject)
    is the outlet addressing its readers: page furniture, no statement. "I thank you for your patience" (a speech
    printed in full), "His campaign will tell you that ...", "I came tonight to tell you ..." (the subject of the verb
    above) and '"Thank you for standing with us," the president told them' (inside a quotation) stay."""
    if ctx.quote_containing(v.idx) is not None or not any(
            c.dep_ in ("dobj", "dative") and c.lower_ == "you" for c in v.children):
        return False
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    return len(subjects) == 1 and _heading_word(ctx, subjects[0], v)


def _heading_word(ctx, t, v) -> bool:
    """t is one bare word (no dependents, no pronoun, no name) that opens its line, after a time stamp ("18.30
    Summary": nothing but digits, punctuation and spaces before it, a digit among them) or right before the cue v
    written with a capital, the next sentence's first word glued to the heading ("Summary Thank you for following
    ..."), outside the title and before a line in sentence case (a Title Case headline "Experts Tell You Why ..." is
    no heading glued to a sentence); "Officials told you last week ..." opening a paragraph is no heading."""
    if t.pos_ == "PRON" or t.ent_type_ in _NAME_ENTS or any(True for _ in t.children):
        return False
    line = ctx.line_of(t.idx)
    start = ctx.lines[line]
    lead = ctx.text[start:t.idx]
    if any(ch.isalpha() for ch in lead):
        return False
    if any(ch.isdigit() for ch in lead):
        return True
    if v.i != t.i + 1 or not v.text[:1].isupper() or t.idx < ctx.title_chars:
        return False
    words = [w for w in ctx.text[v.idx + len(v.text):ctx.line_end(line)].split() if w[:1].isalpha()]
    return sum(w[:1].isupper() for w in words) * 2 < len(words)  # sentence case: most words lower case


def hosting(ctx, v, cue, subj):
    """"Roe welcomed her Moldovan counterpart, Ivo Rusu, to Oslo", "the president welcomed the Polish delegation": a
    `hosting_cue` verb whose object is the people received (a PERSON name, or a `guest_noun` head, or a name in
    apposition to the object) is a host receiving guests, no speech; "welcomed the decision", "welcomed Rusu's
    offer" (the object's head is what is welcomed) name content."""
    if v.lemma_.lower() not in L.HOSTING_CUE:
        return False
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    return obj.ent_type_ == "PERSON" or obj.lower_ in L.GUEST_NOUN or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in obj.children)


def occasion_gerund(ctx, v, cue, subj):
    """"In announcing the package, Biden said A", "After announcing the sanctions, the prime minister told
    reporters that A": a gerund in a preposition phrase set before a cue verb of the same speaker, with only a noun
    object (no clause of its own), is the occasion of that statement, not a second one (the guide: one statement per
    cue that governs content; the host cue's clause is what was said). Not "Declaring that the city needed a fresh
    start, the mayor unveiled a budget" nor "In explaining why the bill stalled, the speaker blamed ..." (the
    gerund's own clause), nor "After announcing the package, Biden flew to Kyiv" (no host statement)."""
    if v.tag_ != "VBG" or not adjunct_gerund(v) or v.head.dep_ != "prep" or v.head.i > v.i:
        return False
    host = v.head.head
    if host.i < v.i or host.i not in ctx.cue_idx or any(c.dep_ in CLAUSAL for c in v.children):
        return False
    return any(c.dep_ == "dobj" for c in v.children)


def occasion_participle(ctx, v, cue, subj):
    """"Speaking about the goals of the summit, Zelenskyy said "A"", "Speaking of economic issues, Scholz announced
    that A", "Speaking about the war in Wednesday's meeting, Xi called for A": a bare present participle of a speech
    verb opening the sentence, set off by a comma before a cue verb of its own speaker, with only a topic for object
    (a `topic_preposition` phrase: about, of, on; no object, clause, subject, auxiliary or subordinator of its own),
    is the topic of that statement, not a second one (the guide: one statement per cue that governs content; the
    host cue's words are what was said) -- the bare-participle sibling of `occasion_gerund`. Not "Accusing
    governments of wasting sanctions, he says ..." nor "Announcing her resignation, she said ..." (a speech act with
    its own object: an accusation, an announcement), nor "Declaring that the city needed a fresh start, the mayor
    ..." (a clause of its own), nor "The minister spoke about the war" (a finite cue), nor where the host cue says
    nothing of its own ("Speaking about the war, the minister told reporters.": the topic is the only statement)."""
    if v.tag_ != "VBG" or v.dep_ != "advcl" or v.left_edge.i != v.sent.start:
        return False
    host = v.head
    if host.i < v.i or host.i not in ctx.cue_idx or not any(c.dep_ == "nsubj" for c in host.children):
        return False
    if any(c.dep_ in CLAUSAL or c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "dobj", "dative")
           for c in v.children) or not any(c.dep_ == "prep" and c.lower_ in L.TOPIC_PREPOSITION for c in v.children):
        return False
    after = v.right_edge.i + 1
    return after < len(ctx.doc) and ctx.doc[after].text == "," and _says_something(ctx.doc, host, v)


def _says_something(doc, host, v):
    """The host cue has content of its own: a clause under it, or a quotation after the participle's clause in its
    sentence ("Speaking about X, Zelenskyy said: "A""); not an addressee alone ("told reporters")."""
    if any(c.dep_ in CLAUSAL and c.i != v.i for c in host.children):
        return True
    return any(t.text in QUOTE_CHARS for t in doc[v.right_edge.i + 1:host.sent.end])


VERB_VETOES = (supposition, other_phrasal_verb, question_put, reduced_participle, foreseen,
               anonymity_request, clip_link, reader_address, hosting, unreasoned, pressed_thing)
SUBJECT_VETOES = (not_a_speaker, quoted_first_person, impersonal_passive, concessive, unspeaking_reasoner)
# Under the annotation guide only (PolNeAR's annotators mark "a poll found", "the emails show", "did not say whether",
# "could say" as attributions):
GUIDE_VETOES = (unspoken_subject, negated, withheld, inferred, conjectured, hearsay_subject, occasion_gerund,
                occasion_participle)
# Under PolNeAR's convention only:
OUTER_VETOES = (negated_without_clause, guide_only)


def convention_veto(ctx, v, cue, subj, outer=False):
    """The first of the convention's own vetoes (`GUIDE_VETOES`, or `OUTER_VETOES` where `outer`: PolNeAR's
    convention; the verb's own and its speaker's) that holds for cue v and its speaker, or None."""
    return next((veto for veto in (OUTER_VETOES if outer else GUIDE_VETOES) if veto(ctx, v, cue, subj)), None)


def vetoed(ctx, v, cue, subj=None):
    """The first veto that holds for cue v (the verb's own when subj is None, else the speaker's), or None."""
    for veto in (VERB_VETOES if subj is None else SUBJECT_VETOES):
        if veto(ctx, v, cue, subj):
            return veto
    return None
