"""Speaker resolution: the mention at the cue -> canonical name, type, role, country, official or not.

CONTRACT (called by statements.extract):
    resolve_speakers(doc, rows: list[dict], article: dict) -> None
        Each row carries `speaker_span` = (start_token, end_token) of the mention at the cue in doc, or None, and
        `cue_i` (token index of the cue, or None). Fills, in place: speaker_text (if empty), speaker_name,
        speaker_type, speaker_role, speaker_country, speaker_is_official.
"""

from __future__ import annotations

import re

_TITLES = {"mr", "mrs", "ms", "dr", "sir", "president", "minister", "secretary", "general", "chancellor", "the",
           "senator", "sen", "gen", "prime", "defence", "defense", "foreign", "spokesman", "spokeswoman"}
_PRON = {"he", "she", "they", "it", "him", "her", "who", "we", "i"}


def _words(s):
    return re.findall(r"[\w'’.-]+", s or "")


def _strip(s):
    s = re.sub(r"['’]s$", "", (s or "").strip())
    w = _words(s)
    while w and w[0].lower().strip(".") in _TITLES:
        w = w[1:]
    return " ".join(w)


def resolve_speakers(doc, rows, article):
    persons = [e.text for e in doc.ents if e.label_ == "PERSON"]
    prev = None
    for r in sorted(rows, key=lambda r: r.get("char_start") or 0):
        span = r.get("speaker_span")
        mention = doc[span[0]:span[1]].text if span else ""
        r["speaker_text"] = r.get("speaker_text") or mention
        m = r["speaker_text"] or ""
        name, typ = "UNKNOWN", "unknown"
        if m.lower() in _PRON:
            if prev:
                name, typ = prev
        elif m:
            core = _strip(m)
            last = core.split()[-1].lower() if core else ""
            full = [p for p in persons if p.split()[-1].lower().strip("’'s") == last]
            if full:
                name, typ = max(full, key=len), "person"
            else:
                name, typ = core or m, "person"
        r["speaker_name"], r["speaker_type"] = name, typ
        r["speaker_role"], r["speaker_country"], r["speaker_is_official"] = "", "", False
        if name != "UNKNOWN":
            prev = (name, typ)
