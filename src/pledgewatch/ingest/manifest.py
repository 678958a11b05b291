"""The manifest: one row per input record, with a status a program can count and a reason a person can read; and
`summarize(manifest)`, the status summary printed at the end of each run."""

from __future__ import annotations

import json

import pandas as pd

STATUS_HELP = {
    "ok": "processed",
    "truncated": "processed, cut at the size limit",
    "decode_fallback": "processed, bytes were not valid UTF-8 (read as cp1252)",
    "duplicate": "not processed: a copy of an earlier record (same id, furniture only, or dedupe mode 'near')",
    "empty": "not processed: no text (or only page furniture)",
    "not_text": "not processed: binary or unsupported file",
    "not_english": "not processed: not English",
    "malformed": "not processed: broken record (JSON, CSV quoting, gzip)",
    "error": "not processed: the reader failed",
}
PROCESSED_STATUSES = ("ok", "truncated", "decode_fallback")

MANIFEST_COLUMNS = ["source", "article_id", "status", "reason", "duplicate_of", "similarity", "format", "encoding",
                    "flags", "title", "published", "date_source", "date_reason", "n_chars", "n_removed", "removed",
                    "english_score", "outlet", "outlet_source"]


def manifest_row(source, article_id=None, status="ok", reason=None, duplicate_of=None, **extra) -> dict:
    row = {c: None for c in MANIFEST_COLUMNS}
    row.update(source=str(source), article_id=None if article_id is None else str(article_id), status=status,
               reason=reason, duplicate_of=duplicate_of)
    row.update(extra)
    return row


def removed_json(removed) -> str | None:
    return json.dumps(dict(sorted(removed.items())), ensure_ascii=False) if removed else None


def to_frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=MANIFEST_COLUMNS) if rows else pd.DataFrame(columns=MANIFEST_COLUMNS)
    for c in ("n_chars", "n_removed"):
        df[c] = pd.array(df[c], dtype="Int64")
    df["similarity"] = pd.to_numeric(df["similarity"], errors="coerce")
    df["english_score"] = pd.to_numeric(df["english_score"], errors="coerce")
    df["published"] = pd.to_datetime(df["published"], errors="coerce")
    return df


def _short(source) -> str:
    parts = str(source).replace("\\", "/").split("/")
    return "/".join(parts[-2:]) if len(parts) > 1 else str(source)


def summarize(manifest: pd.DataFrame, *, examples: int = 2) -> str:
    """A short, human status summary of an ingest run (print it at the end of each run)."""
    if manifest is None or len(manifest) == 0:
        return "ingest: no input records found"
    m = manifest
    counts = m["status"].value_counts()
    total = int(len(m))
    processed = int(m["status"].isin(PROCESSED_STATUSES).sum())
    lines = [f"ingest: {total} records, {processed} articles processed, {total - processed} set aside"]
    order = [s for s in STATUS_HELP if s in counts.index] + [s for s in counts.index if s not in STATUS_HELP]
    for s in order:
        n = int(counts[s])
        lines.append(f"  {s:<16}{n:>7}  {n / total:6.1%}  {STATUS_HELP.get(s, '')}")
        if s not in ("ok",) and "reason" in m.columns:
            sub = m.loc[m["status"] == s]
            shown = 0
            for _, r in sub.iterrows():
                if shown >= examples:
                    break
                why = r.get("reason")
                if s == "duplicate" and r.get("duplicate_of") is not None:
                    why = f"of {r['duplicate_of']}" + (f" ({why})" if why else "")
                lines.append(f"      e.g. {_short(r.get('source'))}: {str(why)[:110]}")
                shown += 1
    if "duplicate_of" in m.columns:
        kept = m["duplicate_of"].notna() & m["status"].isin(PROCESSED_STATUSES)
        if kept.any():
            lines.append(f"  copies of an earlier record (processed, statements marked is_repeat): {int(kept.sum())}")
    if "flags" in m.columns:
        short = m["flags"].fillna("").str.contains("short: ", regex=False) & m["status"].isin(PROCESSED_STATUSES)
        if short.any():
            lines.append(f"  short texts (under 50 words, processed, flagged): {int(short.sum())}")
    if "date_source" in m.columns:
        ok = m[m["status"].isin(PROCESSED_STATUSES)]
        if len(ok):
            ds = ok["date_source"].fillna("unknown").value_counts()
            lines.append("  dates of processed articles: " + ", ".join(f"{k} {int(v)}" for k, v in ds.items()))
    if "removed" in m.columns:
        tot: dict[str, int] = {}
        for v in m["removed"].dropna():
            try:
                for k, n in json.loads(v).items():
                    tot[k] = tot.get(k, 0) + int(n)
            except (TypeError, ValueError):
                continue
        if tot:
            top = sorted(tot.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
            lines.append(f"  furniture removed: {sum(tot.values())} pieces; most: " + ", ".join(f"{k} {v}" for k, v in top))
    return "\n".join(lines)
