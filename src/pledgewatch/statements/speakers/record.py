"""The speaker record every resolver branch returns, and the small text helpers they share."""

from __future__ import annotations

import re

from ..names import _as_date

# speaker_name follows the annotation guide: the person's fullest name *as the article gives it* ("Volodymyr
# Zelenskiy" in a Guardian article). One identity across the corpus is `speaker_id` (set on each row): the
# officials.csv `name` for a known official ("Volodymyr Zelensky" for Zelenskiy/Zelenskyy/Zelenskij), else
# speaker_name. True puts the officials.csv name into speaker_name itself; on ukraine_dev that costs ~5 points of
# score.py speaker accuracy, because the gold keeps each article's spelling.
USE_OFFICIAL_NAMES = False

# the reason of an UNKNOWN speaker that is a singular common noun naming no agent (common_nouns.CommonNounMixin._no_agent)
NO_AGENT_REASON = "an abstract noun or a fragment, no speaker"
RELATIVE_NO_ONE = "a relative pronoun on a noun that names no one"


def speaker_record(name, typ, role="", country="", official=False, person=None, reason="") -> dict:
    """The speaker fields of one row (`_person`: the index's Person behind a person speaker, dropped at the end;
    `speaker_unknown_reason`: why no acceptable speaker was found, for an UNKNOWN speaker)."""
    return {"speaker_name": name or "UNKNOWN", "speaker_type": typ, "speaker_role": role or "",
            "speaker_country": country or "", "speaker_is_official": bool(official), "_person": person,
            "speaker_unknown_reason": reason if not name or name == "UNKNOWN" else ""}


_SPACES = re.compile(r"\s+")


def norm_space(s):
    return _SPACES.sub(" ", s or "").strip()


def strip_det(s: str) -> str:
    """'the Kremlin' -> 'Kremlin' (leading articles and edge punctuation; a lone 'the' stays)."""
    s = norm_space(s).strip(" ,;:\"“”'")
    w = s.split(" ")
    while len(w) > 1 and w[0].lower() in {"the", "a", "an"}:
        w = w[1:]
    return " ".join(w)


def as_date(d):
    return _as_date(d)
