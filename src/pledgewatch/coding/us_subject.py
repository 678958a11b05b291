"""`us_country`: the country "US" lower-cased in a clause frame is not the pronoun "us".

Clause frames (statements/clause_frame.py) hold lower-case words, so "the US should quickly supply Ukraine" gives
the subject ["us"], which the word class `first_person` (we, us, our...) reads as the speaker's own side: a third
party's "the US should supply" became the speaker's own obligation (a pledge by `own_commitment`) instead of an
obligation laid on others (an appeal). `read(frame, text)` rewrites "us" as "u.s." (the gazetteer's United States,
so a US speaker's "the US will send" is still its own country) in the frame's subjects, objects, beneficiaries and
addressees, where the statement writes the country ("US", "U.S.") and never the pronoun "us" (the text not all
capitals: a headline's "HELP US"). coding.composition.decide reads the frame through it.

Counted on the corpus without coding_dev's half B (round 12): 88 statements in 54 articles have "us" as a clause
subject where the text writes "US"; it changes the act of one ("the US should quickly supply Ukraine ... more
weaponry", US senators: pledge -> appeal), as the country of most is the speaker's own.
"""

from __future__ import annotations

import re

_COUNTRY = re.compile(r"(?<![\w.])US(?![\w])")
_PRONOUN = re.compile(r"(?<![\w.])us(?![\w])", re.IGNORECASE)
_KEYS = ("subj", "obj", "ben", "to")


def _writes_country(text: str) -> bool:
    """The text writes the country "US" and no "us" in any other casing ("Us", "US" in capitals)."""
    if not text or text.isupper() or not _COUNTRY.search(text):
        return False
    return all(m.group(0) == "US" for m in _PRONOUN.finditer(text))


def _clause(cl: dict | None) -> dict | None:
    if not cl:
        return cl
    out = dict(cl)
    for k in _KEYS:
        if k in out:
            out[k] = ["u.s." if w == "us" else w for w in out[k]]
    for k in ("comp", "x"):
        if out.get(k):
            out[k] = _clause(out[k])
    return out


def read(frame: dict | None, text: str) -> dict | None:
    """The frame with the country "US" as "u.s." where the text writes the country (see the module docstring)."""
    if not frame or not _writes_country(text or ""):
        return frame
    out = dict(frame, clauses=[_clause(cl) for cl in frame.get("clauses") or []])
    if out.get("cue"):
        out["cue"] = _clause(out["cue"])
    return out
