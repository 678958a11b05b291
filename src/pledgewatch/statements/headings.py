"""Statements outside running sentences: in-text subheadings "Name: words" (cue ":"), an interview's answer line
("A: We will keep sending shells.", "Answer: ..."; `answer_label` of statement_words.csv: a statement with cue ":"
whose speaker the resolver finds as for one with no subject, never the letter; a question line, "Q: ...", is none)
and a title-case headline "Speaker Verb-s content" (title-case headlines parse badly)."""

from __future__ import annotations

import re

from . import lexicon as L
from .conventions import polnear_convention
from .grammar import FINITE_TAGS, cue_of
from .quotes import QUOTE_CHARS
from .reasons import reason_lemma
from .speaking import names_someone
from .vetoes import guide_only_lemma

_SUBHEAD = re.compile(r"""\s*["“]?([A-Z][^:\n"“”]{0,40}?)["”]?:\s+(\S[^\n]*)$""")


def subheadings(f):
    """A short paragraph "Name: words" whose words hold a finite verb: Name said the words."""
    ctx = f.ctx
    text, doc, lines = ctx.text, ctx.doc, ctx.lines
    for k, s in enumerate(lines):
        e = lines[k + 1] - 1 if k + 1 < len(lines) else len(text)
        if e - s > 220 or ":" not in text[s:e]:
            continue
        m = _after_kicker(text, s, e) or _SUBHEAD.match(text, s, e)  # a glued rubric first: it can be short
        if not m:
            continue
        name = m.group(1).strip()
        if name.lower() in L.SUBHEADING_STOP or name.split()[0].lower() in L.SUBHEADING_STOP or \
                len(name.split()) > 4 or any(ch.isdigit() for ch in name):
            # furniture and kickers: "Read more: ...", "Video Marta Klimkiewicz: ...", "Breaking: ...", "Poll: ..."
            continue
        cs, ce = m.start(2), e
        body = doc.char_span(cs, ce, alignment_mode="expand")
        if body is None or f.overlaps(cs, ce):
            continue
        if name.lower() in L.ANSWER_LABEL:  # an interview's "A: ...": a statement, its speaker not the letter
            if any(t.tag_ in FINITE_TAGS for t in body):
                f.add(cs, ce, ":", ":", None, None)
            continue
        sp = doc.char_span(m.start(1), m.start(1) + len(name), alignment_mode="expand")
        if sp is not None and _subheading(ctx, name, sp, body):
            f.add(cs, ce, ":", ":", (sp.start, sp.end), None)


_GLUED_END = re.compile(r"(?<=[a-z)][.!?])(?=[A-Z])")


def _after_kicker(text, s, e):
    """The "Name: words" subheading of a line that a rubric glued to it with no space or break ("Crisis around
    Ukraine.Joe Biden: I am convinced that ...", "Treaty on reducing nuclear weapons.Joe Biden: The USAs are ready
    ...", "War in Ukraine.Duda: If Russia wins, it will ...": Polish outlets' pages, a kicker and the subheading
    run together): the match of `_SUBHEAD` after the last glued sentence end before the colon, else None."""
    colon = text.find(":", s, e)
    ends = [g.start() for g in _GLUED_END.finditer(text, s, colon)] if colon > 0 else []
    return _SUBHEAD.match(text, ends[-1], e) if ends else None


def _subheading(ctx, name, sp, body):
    """The name span sp and the words after the colon make a speaker's subheading, not page furniture."""
    if any(cue_of(t, ctx.verbs, ctx.forms, False) for t in sp):
        return False  # "Mr Heappey added: ..." is a cue verb's job
    if len(sp) > 1 and not any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in sp):
        return False  # "Stealth Over Health: ..." is a headline, not a speaker
    if sp[-1].pos_ not in ("PROPN", "NOUN") or (name.isupper() and len(name) > 4 and not any(
            t.ent_type_ == "PERSON" for t in sp)):
        return False  # "Earlier: ...", market-report rubrics ("BONDS: ...", "CURRENCIES: ...")
    if body[0].lower_ in L.QUESTION_WORD:
        return False  # "Russia-Ukraine war: what we know ... day 151" is a live-blog headline
    # "Live Briefing: Russia's Invasion Of Ukraine" (no clause) is page furniture
    return any(t.tag_ in FINITE_TAGS for t in body)


def headline(f):
    """Title-case headlines ("Blinken Reaffirms U.S. Commitment ... Send More Weapons") parse badly: find
    "Speaker Verb-s content" by the lexicon's surface forms."""
    ctx = f.ctx
    tc = ctx.title_chars
    if not tc or any(r.in_title for r in f.rows):
        return
    toks = []
    for t in ctx.doc:
        if t.idx + len(t) > tc:
            break
        toks.append(t)
    for n, t in enumerate(toks):
        lem = ctx.forms.get(t.lower_)
        if not lem or n == 0 or not t.lower_.endswith("s") or t.lower_ == lem:
            continue
        if guide_only_lemma(lem) and polnear_convention(f.nesting) or reason_lemma(lem) and not _reasoned(ctx, toks, n):
            continue  # the cue vetoes in a headline: "Clinton Blasts Trump For Skipping Debate" only under the
            # guide (vetoes.guide_only), "Jeb Praises Rubio Donor's Campaign" (no reason) never (reasons.unreasoned)
        # speaker: the run of capitalised tokens before the verb, after a colon or closing quote
        j = n - 1
        while j >= 0 and toks[j].text[:1].isupper() and toks[j].text not in (":",) and n - j <= 5:
            j -= 1
        if j == n - 1:
            continue
        if j >= 0 and toks[j].text not in (":",) and toks[j].text not in QUOTE_CHARS:
            continue
        start = n if n + 1 >= len(toks) else n + 1
        if toks[start].lower_ == "to" and start + 1 < len(toks):
            start += 1
        if start <= n:
            continue
        cue = ctx.verbs[lem]
        mention = (toks[j + 1].i, toks[n].i)
        f.add(toks[start].idx, tc, t.text, cue.lemma, mention, t.i)
        for k, q in enumerate(ctx.quotes):
            if q.end <= tc and k not in ctx.used:
                f.add(q.start, q.end, t.text, cue.lemma, mention, t.i)
        return


def _reasoned(ctx, toks, n) -> bool:
    """The headline's verb of praise or blame at toks[n] has its reason, as `reasons.unreasoned` asks in a sentence:
    "For" (or "for") right after a capitalised object of at most four tokens whose last names someone (`speaking.names_someone`:
    "Blasts Trump For Skipping Debate", "Slams Governor For Vetoing ..."); "Praises Support For Ukraine At Summit"
    (the object's own "for") has none (round 30 review)."""
    for k in range(n + 2, min(n + 6, len(toks))):
        if toks[k].lower_ == "for":
            obj = [t for t in toks[n + 1:k] if t.text not in ("'s", "’s")]
            return bool(obj) and all(t.text[:1].isupper() for t in obj) and \
                names_someone(ctx, obj[-1])
    return False


def scored_cues_only(rows):
    """Under PolNeAR's convention as this project scores it (`Finder.run` where `ctx.outer`), no row whose cue is a
    colon: a subheading or headline "Name: words", a quotation after a colon that closes a clause about its speaker
    ("The mayor was blunt: 'A'"), a line of an interview transcript ("Q: ...", "A: ..."), and the quotations that
    continue them. PolNeAR's annotators mark them with the colon as cue, but score.py keeps only attributions whose
    cue is a verb of saying, so there such a row pairs only by chance with another attribution's gold (as the cues of
    `guide_only_cue`, `vetoes.guide_only`): on polnear_train's even half 49 rows in 25+ articles, 40 paired with no
    gold. Under the guide nothing changes."""
    return [r for r in rows if r.cue != ":"]
