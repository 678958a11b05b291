"""Statements: find attributed speech in a parsed article and resolve its speaker.

CONTRACT (used by pipeline.py; keep this signature):
    extract(doc: spacy.tokens.Doc, article: dict, quote_parts: str = "split", nesting: str = "inner") -> list[dict]
        doc is nlp(article["text"]) with the loaded English pipeline; article is an ingest article dict
        (article_id, text, title, title_chars, published, outlet ...).
        Each dict has CONTRACT_KEYS: text, quote_type (direct|indirect|mixed), cue, cue_lemma, speaker_text,
        speaker_name, speaker_id, speaker_type (person|organization|group|unknown), speaker_role, speaker_country,
        speaker_is_official (bool), speaker_unknown_reason (why the speaker is UNKNOWN, else ""), in_title (bool),
        char_start, char_end (offsets of `text` in article["text"]).
        Besides these, FRAME_KEY holds the statement's clause frame (clause_frame.py: who commits whom to what,
        read off the parse), consumed by the coding stage and dropped before the statements table is written.
        quote_parts: "split" (ANNOTATION.md: each part of a statement interrupted by its cue, or continued without
        one, is a row) or "join" (PolNeAR: one row, the parts' texts joined by a space, char_start..char_end from
        the first part's start to the last part's end, so `text` is then not a substring); see `parts.join_parts`.
        nesting: "inner" (ANNOTATION.md: in "A said that B promised X" the statement is B's, X) or "outer"
        (PolNeAR: A's, "B promised X"); see `nesting`.
    EXTRACTOR_VERSION: str, bumped whenever output can change (part of the cache key).

How: `finder.Finder` finds the statements (the order of its steps is in finder.py; a map of the modules is in
README.md beside this file); `speakers.resolve_speakers` resolves their speakers. The rows passed to it carry,
besides the contract keys, `speaker_span` (start_tok, end_tok) of the mention at the cue (or None), `cue_i` (token
index of the cue, or None), `speaker_of` (index in the same rows list of the statement a cue-less continued
quotation continues, else None; such a row also has that statement's speaker_span and cue_i) and `_joins` (index of
the previous part of the same statement; used by `join_parts`). These internal keys are dropped before returning.
"""

from __future__ import annotations

from . import speakers
from .clause_frame import FRAME_KEY
from .clause_frame import frame as _clause_frame
from .conventions import polnear_convention
from .finder import NESTINGS, Finder
from .outermost import outermost
from .parts import QUOTE_PARTS, join_parts
from .quoted_report import self_reported

__all__ = ["CONTRACT_KEYS", "EXTRACTOR_VERSION", "FRAME_KEY", "NESTINGS", "QUOTE_PARTS", "extract", "join_parts"]

EXTRACTOR_VERSION = "1.99.28"  # round 43: a participle cue's borrowed subject that cannot speak gives way to the
# outermost clause's subject (borrowed_subject.py), "A, said X" where the parse hung the verb on the clause
# (inverted_comma.py), postposed tags' quotation / apposition / hyphen limits (comma_tags.py), one post loop, one
# quotation reading (quotes.opens_quotation)
# round 42: "the bloc's presidency" takes the article's bloc (speakers/blocs.py),
# a text's maker named by a "by" phrase speaks (speakers/by_agents.py), one pronoun table, one widening helper
# round 41: round 40's known limits mended (a colon block and a post end at
# the reporter's narration, a printed speech at narration in any tense with a second sign, glued sentences' postposed
# attributions), one post scan, one reason gatherer, interview letter labels no speaker
# round 40: live-blog layout (colon blocks, embedded posts, reopened quotations),
# a speech printed in full (printed), a thanks/blame object through its reason (reason_phrase), glued paragraphs closed
# by their cue (glued_sentences), the purpose search's "in order to" and giving verbs
# round 39: round 38's review risks mended (credited agencies, label namers,
# document speech nouns, unclosed label quotations, adjunct place compounds), the clause frame's purpose (purp)
# round 36: a fronted speech participle with only a topic is no statement
# beside its host cue's when the host has content of its own ("Speaking about X, Y said A": occasion_participle,
# guide only); a bare noun-phrase subject before a parenthetical cue is no first part ("Russia, Kahl said, has had
# ...": subject_lead); under PolNeAR's convention data and documents speak ("the evidence suggests A": vetoes.not_a_speaker,
# data_source)
# round 35: a speaker before its cue after a dash or a comma ("A - the minister noted.",
# "A, the governor said on Sunday.": postposed_subject, postposed_comma), its review mended (the cue's vetoes, no
# relative clause, list or headline as the speaker's, no bare phrase cue, no fronted adverbial clause); a finding
# ("A poll found that A") is no cue under PolNeAR's convention as scored (guide_only_cue find)
# round 34: a third party reported inside a quotation (quoted_report, guide only), its review
# mended; PolNeAR convention only, no attribution inside another's content (outermost)

CONTRACT_KEYS = ("text", "quote_type", "cue", "cue_lemma", "speaker_text", "speaker_name", "speaker_id", "speaker_type",
                 "speaker_role", "speaker_country", "speaker_is_official", "speaker_unknown_reason", "in_title",
                 "char_start", "char_end")


def extract(doc, article, quote_parts="split", nesting="inner"):
    """Statements of one article (see the module docstring); returns dicts with CONTRACT_KEYS and FRAME_KEY."""
    if quote_parts not in QUOTE_PARTS:
        raise ValueError(f"quote_parts must be one of {QUOTE_PARTS}, not {quote_parts!r}")
    if nesting not in NESTINGS:
        raise ValueError(f"nesting must be one of {NESTINGS}, not {nesting!r}")
    rows = Finder(doc, article, nesting=nesting).run()
    speakers.resolve_speakers(doc, rows, article, nesting=nesting)
    rows = self_reported(rows)
    if polnear_convention(nesting):
        rows = outermost(doc, rows)  # PolNeAR marks no attribution inside another's content
    if quote_parts == "join":
        rows = join_parts(rows, article["text"])
    out = []
    for r in rows:
        d = {k: r.get(k) for k in CONTRACT_KEYS}
        d["speaker_text"] = d["speaker_text"] or ""
        d["speaker_name"] = d["speaker_name"] or "UNKNOWN"
        d["speaker_id"] = d["speaker_id"] or d["speaker_name"]
        d["speaker_type"] = d["speaker_type"] or "unknown"
        d["speaker_role"] = d["speaker_role"] or ""
        d["speaker_country"] = d["speaker_country"] or ""
        d["speaker_is_official"] = bool(d["speaker_is_official"])
        unknown = d["speaker_name"] == "UNKNOWN"
        d["speaker_unknown_reason"] = (d["speaker_unknown_reason"] or "no speaker found at the cue") if unknown else ""
        d[FRAME_KEY] = _clause_frame(doc, r["char_start"], r["char_end"], r.get("cue_i"))
        out.append(d)
    return out
