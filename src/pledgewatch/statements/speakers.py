"""Speaker resolution: the mention at the cue -> canonical name, type, role, country, official or not.

CONTRACT (called by statements.extract):
    resolve_speakers(doc, rows: list[dict], article: dict) -> None
        Each row carries `speaker_span` = (start_token, end_token) of the mention at the cue in doc, or None, and
        `cue_i` (token index of the cue, or None). Fills, in place: speaker_text (if empty), speaker_name,
        speaker_type, speaker_role, speaker_country, speaker_is_official.

This is a minimal stub; the speakers module proper replaces it.
"""

from __future__ import annotations


def resolve_speakers(doc, rows, article):
    for r in rows:
        span = r.get("speaker_span")
        mention = doc[span[0]:span[1]].text if span else r.get("speaker_text", "")
        r.setdefault("speaker_text", mention)
        r["speaker_text"] = r["speaker_text"] or mention
        r["speaker_name"] = mention or "UNKNOWN"
        r["speaker_type"] = "unknown" if not mention else "person"
        r["speaker_role"] = ""
        r["speaker_country"] = ""
        r["speaker_is_official"] = False
