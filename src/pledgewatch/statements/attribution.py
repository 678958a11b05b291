"""One cue verb -> its statement(s): the speaker (`subjects`), the vetoes ("not a speech event", `vetoes`), then
the content strategies (`content/`) in the order of CONTENT: the first that applies gives the content.

Pass 1 of the finder (`only_quote_before`) lets quotations closed right before their cue ('"A," X said') claim their
quote first; pass 2 tries the whole order for the cues left.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon as L
from .borrowed_subject import borrowed_unspeaking, speaking_subject_before
from .content.backref import antecedent, pro_form_object
from .content.clause import channel_clause, clause
from .content.colon import colon_after
from .content.frame import addressee_after_quote, frames
from .content.naming import named_quote
from .content.quotation import back_to_quote, quote_after, quote_before, resumed_by_quote, resumed_quote
from .content.sentence import after_comma, as_clause, as_clause_after, leading, parenthetical_lead, trailing
from .conventions import polnear_convention
from .grammar import CUE_PREFIX_DEPS, lead_prep, particle_mark
from .inverted_aside import aside_speaker, inverted_parts
from .mention_span import mention, source_mention
from .postposed import adjunct_speaker
from .quoted_report import quoted_report
from .subjects import (
    adjacent_subject,
    coordinated_subject,
    interrupting_name,
    past_dateline,
    quoted_subject,
    severed_subject,
    subject,
)
from .vetoes import convention_veto, vetoed


@dataclass
class Site:
    """A cue verb with its speaker: what each content strategy reads and what its statements carry."""
    v: object              # the cue token
    cue: object            # its cues.Cue
    subj: object           # the speaker token
    mention: tuple         # the speaker mention's token span
    text: str              # the cue as written ("has said", "called for")
    lemma: str             # its lemma for grouping ("say", "call for")
    cut_subject: bool      # the speaker is an apposition the parse hung on an interrupted clause's subject

    def add(self, f, span, **kw):
        return f.add(span[0], span[1], self.text, self.lemma, self.mention, self.v.i, **kw)


def after_quotation(ctx, v):
    """Cue v comes right after a closing quotation mark or dialogue dash and a comma ('"A," points out the
    minister', "- A - added the US national intelligence ..."): its clause starts there, whatever the parse
    hung it on, and a speaker after it is its subject."""
    k = ctx.quote_ending_before(v.i)
    return k is not None and ctx.quotes[k].closed and all(t.is_punct for t in v.doc[ctx.q_close_tok[k] + 1:v.i])


def speaker(ctx, v, cue):
    """(subject token, mention span, cut_subject) of cue v, or None when it has none or a veto holds."""
    aside = aside_speaker(v)
    if aside is not None and aside.verb is not None:  # "The real obstacle, said Ines Haller, a hydrologist, is ..."
        return None if vetoed(ctx, v, cue) or vetoed(ctx, v, cue, aside.name) else (aside.name, aside.span, True)
    subj = subject(v, ctx.text)
    if subj is not None and quoted_subject(ctx, subj, v):
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i != subj.i
                     and not quoted_subject(ctx, c, v)), None)  # the other subject the parse gave, if any
    span = None
    if subj is not None:
        subj, span = past_dateline(subj, v, ctx.datelines)
    glued = "\n" in ctx.text[min(v.idx, v.head.idx):max(v.idx, v.head.idx)]  # parse across a paragraph break
    if subj is None and (glued or after_quotation(ctx, v) or v.dep_ not in ("relcl", "acl", "amod", "xcomp", "advcl",
                                                                      "pcomp")) and \
            not any(c.dep_ in ("nsubjpass", "csubj", "expl") for c in v.children):
        subj, span = severed_subject(v) or adjacent_subject(v, ctx.text)
    if subj is None and after_quotation(ctx, v) and (span := adjunct_speaker(ctx, v)) is not None:
        subj = v.doc[span[1] - 1]  # '"A" - said in June the spokesman of the Kremlin Dmitry Peskov'
    if subj is not None and span is None:
        # "... and its leader, Xi Jinping, assured ...", "The convoy, said Andriy Yermak, was hit ..."
        found = coordinated_subject(v) or (aside[:2] if aside is not None and aside.host.i == subj.i else None)
        if found is not None:
            subj, span = found
    if subj is None or vetoed(ctx, v, cue):
        return None
    if any(c.dep_ == "mark" and c.lower_ in L.HYPOTHETICAL_MARK for c in v.children):
        # "Tester said that ..., but if the leader is now saying, '...'": a hypothetical speech event inside
        # another speaker's words; what it quotes is that speaker's
        outer = next((a for a in v.ancestors if a.i in ctx.cue_idx and a.i != v.i), None)
        subj = subject(outer, ctx.text) if outer is not None else None
        if subj is None:
            return None
        span = mention(subj)
    if vetoed(ctx, v, cue, subj):
        return None
    if borrowed_unspeaking(v, subj) and (near := speaking_subject_before(ctx, v, subj)) is not None:
        subj, span = near, None  # "Blinken said his visit was ..., telling ...": Blinken, not "his visit"
    ap = interrupting_name(subj, v) if span is None else None
    if ap is not None:
        # "To understand ... real Dred Scott, Chief Justice ... said, one should see this museum": the parse
        # took the end of the interrupted clause for the subject and the speaker for its apposition
        return ap, (ap.left_edge.i, ap.right_edge.i + 1), True
    return subj, span if span is not None else source_mention(subj), False


def written_cue(v, cue, before=None):
    """The cue as written: the verb group (auxiliaries and adverbs right before the verb: "has said", "is
    calling for", "has repeatedly warned", "later told") and, for phrase cues, its particle ("spoke of",
    "called for"), and before a commitment cue refused its refusal verb ("refused to promise": the refusal made is
    the speech act). Returns (cue, cue_lemma); `cue_lemma` is the bare lemma for grouping. With `before` (a
    character offset), no particle or preposition at or after it is the cue's: 'which the leader called "a
    disgrace" on Monday' is "called", not the appeal "called on" (`wh_label`, the label's opening mark)."""
    doc = v.doc
    j = v.i
    while j - 1 >= 0 and doc[j - 1].head.i == v.i and doc[j - 1].dep_ in CUE_PREFIX_DEPS \
            and doc[j - 1].lower_ not in L.CUE_PREFIX_STOP and v.i - j < 3:
        j -= 1
    if v.dep_ == "xcomp" and v.head.lemma_.lower() in L.REFUSAL_HEAD and v.lemma_.lower() in L.REFUSED_COMMITMENT \
            and v.head.i < j:
        j = v.head.i  # a commitment refused, a refusal made: "refused to promise" (vetoes.withheld)
    written = doc[j:v.i + 1].text
    if cue.particles:
        for c in v.rights:
            if before is not None and c.idx >= before:
                break
            if c.lower_ in cue.particles and c.dep_ in ("prt", "prep", "agent", "dative"):
                return f"{written} {c.text}", f"{cue.lemma} {c.lower_}"
            m = particle_mark(c, v, cue)
            if m is not None and (before is None or m.idx < before):
                # "called for Ukraine to be given jets": the parse made "for" the clause's mark
                return f"{written} {m.text}", f"{cue.lemma} {m.lower_}"
    elif cue.preps and not any(c.dep_ in ("ccomp", "parataxis") for c in v.children):
        # a verb's content preposition right after it is written with the cue, as the gold does ("appealed for |
        # the supply of weapons", "warned of | a breakthrough"); not "pressed NATO for ...", nor when a clause
        # is the content
        p = lead_prep(v, cue)
        if p is not None and (before is None or p.idx < before):
            return f"{written} {p.text}", f"{cue.lemma} {p.lower_}"
    return written, cue.lemma


def convention_speaker(ctx, v, cue, outer: bool):
    """`speaker` of cue v, None where also one of the convention's own vetoes holds (`vetoes.convention_veto`: under
    PolNeAR's convention (`outer`) a negated cue without a clause of what it leaves unsaid, "did not recall the
    incident"; under the guide any negated cue, polls and documents as sources, evidential inference). Every cue verb
    of either convention is vetted here: attribute, and the outer convention's speech objects and naming verbs."""
    found = speaker(ctx, v, cue)
    return None if found is None or convention_veto(ctx, v, cue, found[0], outer) else found


def attribute(f, v, cue, only_quote_before):
    """Statements of cue verb v in finder f; True when v is settled (even if its content was then rejected)."""
    ctx = f.ctx
    found = convention_speaker(ctx, v, cue, polnear_convention(f.nesting))
    if found is None:
        return False
    site = Site(v, cue, *found[:2], *written_cue(v, cue), found[2])
    k = ctx.quote_containing(v.idx)
    if k is not None:
        # a cue verb inside somebody's quotation is part of their words, unless it introduces a nested
        # quotation of a third party with a colon ("as President Biden said: ..."), or, under the guide's
        # convention, a third party's reported clause ("Our analysts say that ...": `quoted_report`)
        if only_quote_before:
            return False
        if site.subj.pos_ == "PROPN" and _added(f, site, colon_after(ctx, v)):
            return True
        if not polnear_convention(f.nesting) and quoted_report(f, site, k) is not None:
            return True
        return False
    if only_quote_before:
        return _quotation_before(f, site)
    for strategy in CONTENT:
        settled = strategy(f, site)
        if settled is not None:
            return settled
    return False


def _quotation_before(f, site):
    """'"A," X said' (and '"A," he added, "but B."': the quotation resumed after its cue is the second part;
    "'A': US vows to continue support" gives A and the vow)."""
    ctx, v = f.ctx, site.v
    k = quote_before(ctx, v, site.subj)
    if k is None:
        return False
    q = ctx.quotes[k]
    first = site.add(f, (q.start, q.end))
    k2 = quote_after(ctx, v, site.subj)
    if k2 is None:
        k2 = resumed_quote(ctx, v, k)
    if k2 is not None and k2 != k:
        q2 = ctx.quotes[k2]
        second = site.add(f, (q2.start, q2.end))
        if first is not None and second is not None:
            second.joins = first
        return True
    span = frames(ctx, v, site.cue)
    if span and not addressee_after_quote(ctx, v, span):
        site.add(f, span)
    return True


# ---- the content strategies of pass 2, in order: each returns None (does not apply: try the next), True (the
# cue is settled) or False (the cue gives nothing)
def _quotation_after(f, site):
    """'X told reporters: "A"' (and 'While confidence is high, he said, "this did nothing ...": the lead of a
    sentence its cue interrupts, resumed by the quotation, is the first part: `resumed_by_quote`)."""
    k = quote_after(f.ctx, site.v, site.subj)
    if k is None:
        return None
    q = f.ctx.quotes[k]
    lead = resumed_by_quote(f.ctx, site.v, site.mention, k)
    if lead and not f.overlaps(*lead):
        _add_parts(f, site, lead, (q.start, q.end))
    else:
        site.add(f, (q.start, q.end))
    return True


def _particle_required(f, site):
    """A phrase cue without its particle ("point" is a cue only as "pointed out"), however many auxiliaries and
    adverbs come before it ("specifically point to ..."): only "called the charges fabricated" (oprd); plain
    "called" after an auxiliary ("has called X Y") keeps the general rules (its complement is often parsed as part
    of the object)."""
    cue = site.cue
    if not (cue.particles and (site.text == site.v.text or site.lemma == cue.lemma and "oprd" not in cue.takes)):
        return None
    span = (frames(f.ctx, site.v, cue) or named_quote(f.ctx, site.v, cue)) if "oprd" in cue.takes else None
    return _added(f, site, span) or False  # (the cue is settled: it gives nothing without its particle)


def _added(f, site, span):
    """True after adding span as site's statement; None where a rule found no span (the next rule tries)."""
    if not span:
        return None
    site.add(f, span)
    return True


def _colon(f, site):
    """"X said: A"."""
    return _added(f, site, colon_after(f.ctx, site.v))


def _back_reference(f, site):
    """"Oleg Nikolenko said this in ... comment seen by Ukrinform": the words "this" stands for, before the cue
    (`content.backref`); nothing when they are another statement's already."""
    t = pro_form_object(site.v)
    if t is None:
        return None
    span = antecedent(f.ctx, t)
    if span and not f.overlaps(*span):
        site.add(f, span)
    return True


def _as_clause_with_lead(f, site):
    """"Hawaii, as one of his advisers pointed out, normally does ... get ...": the subject before the
    parenthetical as-clause is the first part, the main clause after it the second."""
    v = site.v
    span = as_clause(f.ctx, v)
    if not span or any(ch.dep_ == "ccomp" for ch in v.children):
        return None
    lead = parenthetical_lead(f.ctx, v, site.mention, lo=v.left_edge.i)
    _add_parts(f, site, lead, span)
    return True


def _inverted_aside(f, site):
    """"The real obstacle, said Ines Haller, a hydrologist, is the soil itself": the host subject and the
    predicate after the speaker's phrase, as two parts (`inverted_aside`)."""
    aside = aside_speaker(site.v)
    if aside is None or aside.verb is None or aside.name.i != site.subj.i:
        return None
    parts = inverted_parts(f.ctx, site.v, aside.name, aside.verb)
    if parts is None:
        return None
    _add_parts(f, site, *parts)
    return True


def _clause(f, site):
    """"X said (that) A" / "A, X said" (and "A, the ministry said in its weekly bulletin, and B": the clause resumes after
    the cue with a conjunction)."""
    ctx, v = f.ctx, site.v
    cl = clause(ctx, v, f.nesting) or channel_clause(ctx, v)
    if not cl:
        return None
    cs = back_to_quote(ctx, cl[0], cl[1]) if cl[2].i < v.i else cl[0]
    first = site.add(f, (cs, cl[1]), root=cl[2].i)
    if cl[2].i < v.i and first is not None:
        span = after_comma(ctx, v, site.cue, quoted_fragment=True)
        words = ctx.text[span[0]:span[1]].split()[:2] if span else []
        if len(words) == 2 and words[0].lower() in L.RESUMED_CONJUNCTION and \
                words[1].lower() not in L.NOT_RESUMED_AFTER:
            second = site.add(f, span)
            if second is not None:
                second.joins = first
    return True


def _frame(f, site):
    """The frames cues.csv lists: "vowed to continue support", "urged allies to send"."""
    return _added(f, site, frames(f.ctx, site.v, site.cue))


def _named(f, site):
    """'Kirby has called Russia's justification for ... war "BS"': the object and its quoted label where the parse
    gave no frame (`content.naming`)."""
    return _added(f, site, named_quote(f.ctx, site.v, site.cue))


def _leading(f, site):
    return _added(f, site, leading(f.ctx, site.v, site.cue, site.mention))


def _trailing(f, site):
    span = trailing(f.ctx, site.v, site.subj, site.mention)
    if not span:
        return None
    site.add(f, (back_to_quote(f.ctx, span[0], span[1]), span[1]))
    return True


def _as_clause(f, site):
    return _added(f, site, as_clause(f.ctx, site.v) or as_clause_after(f.ctx, site.v))


def _after_comma(f, site):
    """"Too often, she says, they get it": the words after the parenthetical cue, and those before it as the first
    part."""
    span = after_comma(f.ctx, site.v, site.cue)
    if not span:
        return None
    lead = parenthetical_lead(f.ctx, site.v, site.mention, own_lefts=site.cut_subject)
    _add_parts(f, site, lead, span)
    return True


def _add_parts(f, site, lead, span):
    """The first part (lead, may be None) and the second (span) of a statement interrupted by its cue."""
    first = site.add(f, lead) if lead else None
    row = site.add(f, span)
    if first is not None and row is not None:
        row.joins = first


CONTENT = (_quotation_after, _particle_required, _colon, _back_reference, _as_clause_with_lead, _inverted_aside, _clause,
           _frame, _named,
           _leading,
           _trailing, _as_clause, _after_comma)
