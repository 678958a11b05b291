"""Coding: speech act, aid relation, capabilities and rhetoric features of each statement.

CONTRACT (used by pipeline.py; keep these signatures):
    code_statements(statements: pd.DataFrame) -> pd.DataFrame
        Input has the statements columns (text, cue, cue_lemma, quote_type, speaker_*, in_title ...). Returns the
        same rows (same order and index) with columns added: speech_act, aid_related, capabilities (list[str]),
        and the richer fields (pledge_specificity, hypothetical, negated, amounts, commitment strength, frames).
    capability_table(statements: pd.DataFrame) -> pd.DataFrame
        Long table: statement_id, article_id, capability, surface (one row per capability named by a statement).
    CODING_VERSION: str, bumped whenever output can change (part of the cache key).

This is a minimal stub; the coding module proper replaces it.
"""

from __future__ import annotations

import pandas as pd

CODING_VERSION = "stub-0"


def code_statements(statements: pd.DataFrame) -> pd.DataFrame:
    out = statements.copy()
    low = out["text"].str.lower() if len(out) else out.get("text", pd.Series(dtype=str))
    out["speech_act"] = ["pledge" if ("will" in t and "support" in t) else "other" for t in low]
    out["aid_related"] = [("support" in t or "weapon" in t or "aid" in t) for t in low]
    out["capabilities"] = [["weapons_general"] if "weapon" in t else [] for t in low]
    return out


def capability_table(statements: pd.DataFrame) -> pd.DataFrame:
    rows = [
        {"statement_id": r.statement_id, "article_id": r.article_id, "capability": c, "surface": None}
        for r in statements.itertuples() for c in r.capabilities
    ]
    return pd.DataFrame(rows, columns=["statement_id", "article_id", "capability", "surface"])
