"""Statements: find attributed speech in a parsed article and resolve its speaker.

CONTRACT (used by pipeline.py; keep this signature):
    extract(doc: spacy.tokens.Doc, article: dict) -> list[dict]
        doc is nlp(article["text"]) with the loaded English pipeline; article is an ingest article dict
        (article_id, text, title, title_chars, published, outlet ...).
        Each dict has: text, quote_type (direct|indirect|mixed), cue, cue_lemma, speaker_text, speaker_name,
        speaker_type (person|organization|group|unknown), speaker_role, speaker_country, speaker_is_official (bool),
        in_title (bool), char_start, char_end (offsets of `text` in article["text"]).
    EXTRACTOR_VERSION: str, bumped whenever output can change (part of the cache key).

This is a minimal stub; the statements module proper replaces it.
"""

from __future__ import annotations

import re

EXTRACTOR_VERSION = "stub-0"
_QUOTE = re.compile(r'["“]([^"”]{3,}?)[,.]?["”],?\s+(\w+(?:\s\w+)?)\s+(said|says|told)')


def extract(doc, article):
    out = []
    text = article["text"]
    for m in _QUOTE.finditer(text):
        out.append({
            "text": m.group(1), "quote_type": "direct", "cue": m.group(3), "cue_lemma": "say",
            "speaker_text": m.group(2), "speaker_name": m.group(2), "speaker_type": "unknown", "speaker_role": "",
            "speaker_country": "", "speaker_is_official": False, "in_title": m.start(1) < article.get("title_chars", 0),
            "char_start": m.start(1), "char_end": m.end(1),
        })
    return out
