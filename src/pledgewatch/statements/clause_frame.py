"""Clause frames: who commits whom to what, read off the parse of a statement (consumed by the coding stage).

Not to be confused with `content/frame.py` (a strategy that finds content spans). For each statement row this walks
the tokens the parser already tagged (no re-parse; O(tokens of the statement)) and records, as plain values:

    {"cue": {"lemma": "urge", "to": ["eu", "leaders"], "x": CLAUSE or None} or None,
     "clauses": [CLAUSE, ...],                          # at most MAX_CLAUSES, in text order
     "done": ["send:type missile"],                     # past participles / relative clauses of a noun
     "ctx": ["weapons", "send", ...],                   # content words before the content (frame_context.py)
     "ante": {"head": "vehicles", "sents": [...]},     # a plural pro-form's antecedent, where one (frame_antecedent.py)
     "osubj": ["Further", "deliveries", "of", "air", "defence"]}  # the subject left before the content's
                                                        # predicate, its parsed tokens (frame_subject.py)
    CLAUSE = {"pred": ["continue", "send"],            # the predicate and its xcomp chain ("will continue to send");
                                                        # a phrasal verb with its particle: "give_up", "step_up"
              "v": True,                                # the head is a verb (not a noun phrase: "for more weapons")
              "aux": ["will"],                          # auxiliaries and modals of the chain, lower-case
              "tense": "future",                        # future | would | perfect | past | present | modal
              "neg": False, "hyp": False, "q": False, "pass": False,
              "imp": False,                             # an imperative: base-form root, no subject, no aux
              "subj": ["we"], "obj": ["more", "weapons"], "ben": ["ukraine"],
              "heads": ["weapons", "to:ukraine"], "hneg": False,  # the complement's heads (`_object_heads`)
              "onlyc": ""}                              # "only when ...": its mark (`_only_condition`)

Constructions read:
- the cue clause: a cue verb's own addressee (dobj / dative: "urged | EU leaders") and its xcomp
  ("vowed | to ramp up sanctions", "urged EU leaders | to change ... sanctions policy");
- content clauses: the tokens of the content whose head lies outside it (the reported clause's predicate, each
  sentence root of a quotation), and the verbs conjoined to them ("we will train and equip"); for a "that is why"
  copula, the clause it points to ("That is why | we called on Beijing ... to press Moscow");
- a predicate's xcomp chain ("will continue to send", "is going to provide", "are ready to supply");
- modality from aux/auxpass children (will, shall, 'll, would, must, should, can, could, might, may, have, do) and
  the "going to" future; tense from the aux and the verb's tag (VBD past; have + VBN perfect);
- negation (a `neg` child anywhere on the chain: "will not send", "are not going to send"; or a direct object
  determined by "no": "will send no more tanks");
- imperative: a base-form sentence root (or the quoted complement of the cue) with no subject and no auxiliary ("Give
  us the planes", "Close the sky"), or only a negating "do" ("Do not let Ukraine down");
- hypothetical: an "if"/"unless" mark on the predicate, or could/might/may on its chain (a "could" inside a relative
  clause is not the clause's: "munitions that could strike"); question: a "?" closes the clause's own words
  (statements/frame_question.py: "We will send more tanks, but is that enough?" asks only in its second clause);
- subject (nsubj/nsubjpass of the first chain verb that has one), objects (dobj, attr, oprd, a prepositional
  object of the chain, and the subject the parser gives an infinitival ccomp: "Help | us | to survive"), beneficiary (dative, or the object of "to"/"for"/"with" on the chain);
- a copular clause's complement: where "be" (the head, or a clause it heads: "that is why it is ...") has an
  adjective or noun predicate with a clause after it ("it is important | that every country condemns ...", "it is
  time | for the world to isolate Russia", "it is so important | ... support Ukraine"), that clause's frame is kept
  under "comp", with "of" = the predicate's lemma ("important"); the key is absent elsewhere;
- a condition: an "if" / "provided" / "once" clause or a "given" participle on the predicate ("Kyiv can win | if we
  keep backing it", "they can retake the land, | given enough tanks"), or the clause after a condition phrase the
  parse does not mark (statements/frame_condition.py: "as long as", "provided that", "on condition that"), that
  clause's frame under "cond" (absent elsewhere);
- what a clause sees to: the clause an "ensure" / "make sure" verb on its chain or in its purpose clause governs,
  under "ens" ("we will make sure | Ukraine prevails", "do everything to ensure | that Ukraine wins":
  statements/frame_ensured.py), absent elsewhere;
- what a clause is for: the first giving verb its chain reaches through a purpose infinitive, a verb of aiming's
  preposition ("a conference focused on | helping Ukraine recover") or a gerund conjoined below the chain's head, under
  "purp" (statements/frame_purpose.py: "we'll work with our partners | to help them"), absent elsewhere;
- a first-person verb of thinking: the clause it embeds ("I think | we will keep sending air defence"), negated where
  the negation of the matrix raises to it ("I do not think | we will send jets": `_embedded`).
"""

from __future__ import annotations

from . import lexicon as L
from .frame_antecedent import antecedent
from .frame_condition import condition_head
from .frame_context import preceding
from .frame_ensured import ensured
from .frame_purpose import purpose
from .frame_question import asks
from .frame_subject import outer_subject
from .grammar import past_form

FRAME_KEY = "_clause_frame"  # the row key; the coding stage reads it and the pipeline drops it before the schema
MAX_CLAUSES = 4
MAX_WORDS = 12
_CONTENT_POS = frozenset(("NOUN", "PROPN", "ADJ", "NUM", "PRON", "SYM", "VERB", "X"))
_OBJ = frozenset(("dobj", "attr", "oprd", "acomp"))
_BEN_PREP = L.FRAME_BENEFICIARY_PREPOSITION  # "to", "for", "with"
_HYP_AUX = L.FRAME_HYPOTHETICAL_AUX  # "could", "might", "may"
_FUTURE_AUX = L.FRAME_FUTURE_AUX  # "will", "shall", "'ll"


def _words(tok, limit: int = MAX_WORDS) -> list[str]:
    """Lower-case content words of a token's subtree (at most `limit`), its relative and adverbial clauses left out
    ("rocket systems | that can reach Russia")."""
    out = []
    skip = {d.i for c in tok.children if c.dep_ in ("relcl", "acl", "advcl") for d in c.subtree}
    for t in tok.subtree:
        if t.i in skip:
            continue
        if t.pos_ in _CONTENT_POS or t.lower_ in ("$", "€", "£"):
            out.append(t.lower_)
            if len(out) >= limit:
                break
    return out


def _lemma(v) -> str:
    """The lemma, with its particle for a phrasal verb: "give_up", "step_up", "hand_over"."""
    prt = next((c.lower_ for c in v.children if c.dep_ == "prt"), None)
    return f"{v.lemma_.lower()}_{prt}" if prt else v.lemma_.lower()


def _chain(head) -> list:
    """The predicate and the verbs its xcomp (and the "going to" future) lead to: "continue -> send"; a gerund
    after a preposition continues it too ("not let up | in supporting")."""
    chain, cur = [head], head
    for _ in range(4):
        nxt = next((c for c in cur.children if c.dep_ == "xcomp"), None)
        if nxt is None:
            nxt = next((c for c in cur.children if c.dep_ == "acomp"), None)  # "are ready | to provide"
            nxt = next((c for c in nxt.children if c.dep_ == "xcomp"), None) if nxt is not None else None
        if nxt is None and cur.pos_ in ("VERB", "AUX"):
            prep = next((c for c in cur.children if c.dep_ == "prep" and c.lower_ in L.FRAME_CHAIN_PREPOSITION), None)
            nxt = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None) if prep else None
        if nxt is None:
            break
        chain.append(nxt)
        cur = nxt
    return chain


def _complement(head):
    """(predicate lemma, clause head) of a copular clause's complement: "it is important | that X helps", "it is
    time | for the world to isolate Russia"; None where the head (or its advcl/ccomp "be") has none."""
    for be in [head] + [c for c in head.children if c.dep_ in ("advcl", "ccomp")]:
        if be.lemma_ != "be":
            continue
        pa = next((c for c in be.children if c.dep_ in ("acomp", "attr")), None)
        if pa is None:
            continue
        x = next((c for c in list(be.children) + list(pa.children) if c.i > pa.i
                  and c.dep_ in ("xcomp", "ccomp", "advcl", "relcl") and c.pos_ in ("VERB", "AUX")), None)
        if x is not None:
            return pa.lemma_.lower(), x
    return None


# a clause's keys with the values of a present, asserted verb clause that names nobody: what `clause` fills and what
# a condition read off a participle ("given enough tanks") overrides
_BARE_CLAUSE = {"pred": [], "v": True, "imp": False, "aux": [], "tense": "present", "neg": False, "hyp": False,
                "q": False, "pass": False, "subj": [], "obj": [], "ben": []}


def _condition(head):
    """`cond`: the condition a clause is asserted under, as a clause of its own: an adverbial clause marked "if" /
    "provided" / "once" ("Kyiv can win | if we keep backing it", "if given the right support"), or a participle of
    `frame_given_condition` ("they can retake the land, | given enough tanks"); None where there is none."""
    for c in head.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in L.FRAME_SUPPORT_CONDITION for m in c.children):
            return clause(c, comp=0)
        if c.dep_ in ("prep", "advcl") and c.lower_ in L.FRAME_GIVEN_CONDITION:
            pobj = [_words(p, 6) for p in c.children if p.dep_ in ("pobj", "dobj")]
            return dict(_BARE_CLAUSE, pred=["give"], hyp=True, obj=sum(pobj, []), **{"pass": True})
    found = condition_head(head)  # "provided that", "as long as", "on condition that" (statements/frame_condition.py)
    return clause(found, comp=0) if found is not None else None


def _negative_det(obj) -> bool:
    """A direct object determined by "no" negates its clause: "Berlin will send | no more tanks" (frame_negative_det)."""
    return any(c.dep_ == "det" and c.lower_ in L.FRAME_NEGATIVE_DET for c in obj.children)


def _object_heads(chain) -> tuple[list[str], bool]:
    """`heads`: the head words of a clause's complement, lower-case, with their conjuncts: a direct object, attribute
    or predicate (dobj / attr / oprd: "would mean | war", "will become | targets"), and the object of a preposition on
    the chain, written "prep:head" ("will lead | to:confrontation", "be treated | as:target"); words inside the
    complement (compounds, its own prepositional phrases) are no heads. `hneg`: one of them determined by "no"
    ("there will be | no war")."""
    heads = []
    for v in chain:
        for c in v.children:
            if c.dep_ in ("dobj", "attr", "oprd") and c.pos_ != "VERB":
                heads += [(None, h) for h in [c, *c.conjuncts]]
            elif c.dep_ == "prep":
                heads += [(c.lower_, h) for p in c.children if p.dep_ == "pobj" for h in [p, *p.conjuncts]]
    words = [h.lower_ if prep is None else f"{prep}:{h.lower_}" for prep, h in heads]
    return words, any(_negative_det(h) for _, h in heads)


def _only_condition(chain) -> str:
    """`onlyc`: the mark (or opening wh-adverb) of an adverbial clause on the chain that a `frame_restrictive_adverb`
    right before it makes the sole condition ("will send the tanks | only when the US sends its own", "would deliver
    it | only after the audit"); "" where there is none, or where a `frame_restrictive_negator` before the adverb
    widens the clause instead ("will keep supporting Ukraine, and | not only when it is easy")."""
    for c in (c for v in chain for c in v.children if c.dep_ == "advcl"):
        for m in c.children:  # "when" is the advcl's advmod, "if" its mark; "only" may hang on either or the verb
            if m.dep_ not in ("mark", "advmod") or m.i >= c.i or m.i < 1:
                continue
            if m.nbor(-1).lower_ in L.FRAME_RESTRICTIVE_ADVERB and not (
                    m.i > 1 and m.nbor(-2).lower_ in L.FRAME_RESTRICTIVE_NEGATOR):
                return m.lower_
    return ""


def _controlled(ccomp):
    """The object of a verb that the parser tags as the subject of its infinitival complement ("Help | us | to
    survive", "help | them | to rebuild"): a ccomp with "to" and a subject, or a bare infinitive after a
    `frame_bare_control` verb ("we can help | the Ukrainian side | bring its men home", "will help | Kyiv | rebuild");
    None elsewhere."""
    bare = ccomp.tag_ == "VB" and ccomp.head.lemma_.lower() in L.FRAME_BARE_CONTROL
    if not bare and not any(c.dep_ == "aux" and c.tag_ == "TO" for c in ccomp.children):
        return None
    return next((c for c in ccomp.children if c.dep_ == "nsubj"), None)


def _arguments(chain) -> tuple:
    """(aux, neg, hyp, subj, obj, ben, passive) read off the children of the clause's verbs `chain`: its auxiliaries,
    negation ("will send | no more tanks" too), a condition's mark, its first subject, its objects (a preposition's
    object among them), its beneficiaries (a dative, `_BEN_PREP`'s objects) and whether it is passive."""
    aux, neg, hyp, subj, obj, ben, passive = [], False, False, [], [], [], False
    for v in chain:
        for c in v.children:
            d = c.dep_
            if d in ("aux", "auxpass"):
                aux.append(c.lower_)
                passive = passive or d == "auxpass"
            elif d == "neg":
                neg = True
            elif d == "mark" and c.lower_ in ("if", "unless"):
                hyp = True
            elif d in ("nsubj", "nsubjpass") and not subj:
                subj = _words(c, 6) or [c.lower_]  # a subject tagged as no content word: "More | is on the way"
            elif d in _OBJ and c.pos_ != "VERB":
                obj.extend(_words(c))
                neg = neg or (d == "dobj" and _negative_det(c))  # "will send | no more tanks"
            elif d == "ccomp" and (ctl := _controlled(c)) is not None:
                obj.extend(_words(ctl, 6))  # "Help | us | to survive": "us" parsed as the infinitive's subject
            elif d == "dative":
                ben.extend(_words(c, 6))
            elif d == "prep":
                pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                (ben if c.lower_ in _BEN_PREP else obj).extend(_words(pobj, 6))
    return aux, neg, hyp, subj, obj, ben, passive


def _tense(head, chain, aux) -> str:
    """The clause's tense from its auxiliaries and its head's tag: future ("will send", "is going to send"), would,
    perfect, modal, past or present."""
    if any(a in _FUTURE_AUX for a in aux) or (head.lemma_.lower() == "go" and len(chain) > 1 and head.tag_ == "VBG"):
        return "future"
    if "would" in aux:
        return "would"
    if any(a in L.FRAME_PERFECT_AUX for a in aux) and head.tag_ == "VBN":
        return "perfect"
    if any(a in L.FRAME_MODAL_AUX for a in aux):
        return "modal"
    if head.tag_ == "VBD" or (head.tag_ == "VBN" and any(a in L.FRAME_PAST_AUX for a in aux)):
        return "past"
    return "present"


def clause(head, comp: int = 2) -> dict:
    """The frame of the clause headed by `head` (see the module docstring); `comp` = how many copular complements
    deep to read ("it is vital that all states ..., it is vital for them to condemn ...": two)."""
    chain = _chain(head)
    aux, neg, hyp, subj, obj, ben, passive = _arguments(chain)
    bare = not aux or (neg and set(aux) <= L.FRAME_DO_AUX)  # "Give us ...", "Do not let ... down"
    imperative = head.tag_ == "VB" and bare and not subj and head.dep_ in ("ROOT", "ccomp", "parataxis")
    out = dict(_BARE_CLAUSE, pred=[_lemma(v) for v in chain], v=head.pos_ in ("VERB", "AUX"), imp=imperative, aux=aux,
               tense=_tense(head, chain, aux), neg=neg, hyp=hyp or any(a in _HYP_AUX for a in aux), q=asks(head),
               subj=subj, obj=obj[:MAX_WORDS], ben=ben[:6], **{"pass": passive})
    out["heads"], out["hneg"] = _object_heads(chain)  # "would mean | war", "no war" (`_object_heads`)
    out["onlyc"] = _only_condition(chain)  # "will send them | only when ..." (`_only_condition`)
    found = _complement(head) if comp else None
    if found:
        out["comp"] = dict(clause(found[1], comp=comp - 1), of=found[0])
    cond = _condition(head) if comp else None
    if cond:
        out["cond"] = cond  # "Kyiv can win | if we keep backing it" (`_condition`)
    ens = ensured(head) if comp else None
    if ens is not None:
        out["ens"] = clause(ens, comp=0)  # "we will make sure | Ukraine prevails" (statements/frame_ensured.py)
    purp = purpose(chain) if comp else None
    if purp is not None:
        out["purp"] = clause(purp, comp=0)  # "will work with our partners | to help them" (statements/frame_purpose.py)
    return out


def _reason_clause(t):
    """The clause a "that is why" copula points to ("That's why | I asked Chancellor Scholz ... press Moscow harder",
    "That ... why | we urge our partners to commit ..."): a "be" whose subject is "that"/"this", with no adjective
    or noun predicate of its own, heading a clause with "why"; else `t` itself. The copula says only that the clause
    follows from what came before; who commits whom to what is in the clause."""
    if t.lemma_ != "be" or any(c.dep_ in ("acomp", "attr") for c in t.children):
        return t
    if not any(c.dep_ == "nsubj" and c.lower_ in L.FRAME_REASON_SUBJECT for c in t.children):
        return t
    return next((c for c in t.children if c.dep_ in ("ccomp", "advcl") and c.pos_ in ("VERB", "AUX") and any(
        w.dep_ == "advmod" and w.lower_ in L.FRAME_REASON_ADVERB for w in c.children)), t)


def _embedded(t, a: int, b: int):
    """`frame_matrix`: (clause head, negation raised) for the clause a first-person verb of thinking inside the
    content embeds ("I think | we will keep sending air defence", "we believe | the allies must act faster"): the
    speaker only vouches for it, and its clausal complement (a ccomp verb inside the content) is the clause that
    commits or asks. A negated matrix of `frame_neg_raising_lemma` negates the complement instead ("I do not think |
    we will send jets", "we don't expect | that Paris will supply more shells": the complement, negated; not one
    marked "whether" / "if", nor an "if" clause the parse made the complement); another negated matrix ("I don't know
    | ...") is kept. Not in the past ("I thought the allies would send ...", "I didn't think Oslo would send ...":
    perhaps no longer held) or a question ("Do you think Berlin sends ...?": the complement is not asserted), nor
    another's thought ("Moscow believes the West will ..."); else (`t`, False)."""
    lemma, neg = t.lemma_.lower(), any(c.dep_ == "neg" for c in t.children)
    past = past_form(t)  # "didn't think"
    if lemma not in (L.FRAME_NEG_RAISING_LEMMA if neg else L.FRAME_MATRIX_LEMMA) or past:
        return t, False
    if asks(t) or not any(c.dep_ == "nsubj" and c.lower_ in L.FRAME_MATRIX_SUBJECT for c in t.children):
        return t, False
    x = next((c for c in t.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and a <= c.i < b), None)
    if x is None or (neg and any(m.dep_ == "mark" and m.lower_ in L.FRAME_NEG_RAISING_BLOCK for m in x.children)):
        return t, False  # "I don't think | if we send the jets Moscow will stop": the parse's ccomp is the if clause
    if neg and any(c.dep_ == "neg" for v in _chain(x) for c in v.children):
        return t, False  # a negation under a negation: left to the matrix
    return x, neg


def _heads(span) -> list:
    """The content's clause heads as (token, negation raised): its tokens whose head lies outside it (or the root),
    verbs first, and the verbs conjoined to them; in text order. A "that is why" copula gives way to the clause it
    points to, and a first-person verb of thinking to the clause it embeds (`_embedded`; a conjoined verb shares
    its raised negation: "I do not believe Oslo will train the pilots and ship the jets"; the thought's own
    conjuncts are kept: "we believe Berlin will pay, and we will press it to")."""
    a, b = span.start, span.end
    tops = [t for t in span if t.head.i == t.i or not a <= t.head.i < b]
    matrices = [_reason_clause(t) for t in tops]
    heads = [(m, _embedded(m, a, b)) for m in matrices]
    verbs = [(m, t, r) for m, (t, r) in heads if t.pos_ in ("VERB", "AUX")] or [(m, t, r) for m, (t, r) in heads[:1]]
    out = {}
    for matrix, t, raised in verbs:
        out[t.i] = (t, raised)
        for c in t.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and a <= c.i < b:
                out.setdefault(c.i, (c, raised))
        for c in matrix.children if matrix.i != t.i else ():  # the thought's own conjuncts are the speaker's
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and a <= c.i < b:
                out.setdefault(c.i, (c, False))
    return [out[i] for i in sorted(out)][:MAX_CLAUSES]


def _read(head, raised: bool) -> dict:
    """The clause of a content head, its negation flipped where a verb of thinking raised it (`_embedded`)."""
    out = clause(head)
    return dict(out, neg=not out["neg"]) if raised else out


def _done(span) -> list[str]:
    """Participles and relative clauses of a transfer done, as "verb:noun words" ("the type of missile | sent",
    "the rockets | it had already sent"): a past or perfect verb modifying a noun of the content."""
    out = []
    for t in span:
        if t.dep_ in ("acl", "relcl") and t.tag_ in ("VBN", "VBD") and t.head.pos_ in ("NOUN", "PROPN"):
            if not any(c.dep_ == "neg" for c in t.children):
                out.append(f"{t.lemma_.lower()}:{' '.join(_words(t.head, 4))}")
    return out[:MAX_CLAUSES]


def cue_clause(cue) -> dict:
    """The cue verb's own frame: lemma, addressee ("urged | EU leaders") and xcomp clause ("to change ...")."""
    to = []
    for c in cue.children:
        if c.dep_ in ("dobj", "dative"):
            to = _words(c, 6)
            break
    x = next((c for c in cue.children if c.dep_ == "xcomp"), None)
    return {"lemma": cue.lemma_.lower(), "to": to, "x": clause(x) if x is not None else None}


def frame(doc, char_start: int, char_end: int, cue_i: int | None) -> dict:
    """The clause frame of one statement: its content span [char_start, char_end) and its cue token."""
    span = doc.char_span(char_start, char_end, alignment_mode="expand")
    clauses = [_read(h, r) for h, r in _heads(span)] if span is not None and len(span) else []
    cue = cue_clause(doc[cue_i]) if cue_i is not None and 0 <= cue_i < len(doc) else None
    out = {"cue": cue, "clauses": clauses, "done": _done(span) if span is not None else [],
           "ctx": preceding(doc, span)}
    ante = antecedent(doc, span)
    if ante:
        out["ante"] = ante  # a plural pro-form's antecedent (frame_antecedent.py)
    osubj = outer_subject(doc, span)
    if osubj:
        out["osubj"] = osubj  # the subject the content leaves before it (frame_subject.py)
    return out
