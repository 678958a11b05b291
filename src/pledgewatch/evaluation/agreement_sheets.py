"""The validation sample's design and its coded sheets (CSV, XLSX or a Label Studio export) read back, with the
yes/no columns checked and a sheet that does not fit the design refused (`CodedSheetError`)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

from .. import config
from ..sampling import ACTS, capability_categories

SINGLE_FIELDS = ("speech_act", "aid_related", "speaker_is_official")
_TRUE = {r["word"] for r in config.word_list("yes")}  # "yes", "y", "true", "1", "t"
_FALSE = {r["word"] for r in config.word_list("no")}


class CodedSheetError(ValueError):
    """A coded sheet that cannot be compared with its sample; the message names the row."""


def load_design(sample_dir: Path | str) -> pd.DataFrame:
    path = Path(sample_dir) / "design.csv"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: --sample must be a folder written by `pledgewatch sample`")
    return pd.read_csv(path, dtype=str, keep_default_na=False).assign(
        inclusion_prob=lambda d: d["inclusion_prob"].astype(float))


# ---------------------------------------------------------------------------------------------------------- reading
def _read_rows(path: Path) -> tuple[list[dict], str]:
    """The coded rows as dicts of text, and how a row is named in messages ('row' or 'task')."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        return df.to_dict("records"), "row"
    if suffix in (".xlsx", ".xlsm"):
        df = pd.read_excel(path, sheet_name=0, dtype=str, engine="openpyxl").fillna("")
        return df.to_dict("records"), "row"
    if suffix == ".json":
        return _label_studio_rows(json.loads(path.read_text(encoding="utf-8"))), "task"
    raise CodedSheetError(f"{path}: unknown format {suffix!r} (expected .csv, .xlsx or a Label Studio .json export)")


def _label_studio_rows(tasks) -> list[dict]:
    """Rows from a Label Studio export: the full JSON (data + annotations[].result[]) or JSON-MIN (flat)."""
    if not isinstance(tasks, list):
        raise CodedSheetError("Label Studio export: expected a JSON list of tasks")
    rows = []
    for t in tasks:
        if "data" in t:
            row = {k: v for k, v in t["data"].items()}
            anns = [a for a in t.get("annotations", []) if not a.get("was_cancelled")]
            for r in (anns[-1]["result"] if anns else []):
                name, val = r.get("from_name"), r.get("value", {})
                if "choices" in val:
                    row[name] = ";".join(val["choices"])
                elif "text" in val:
                    row[name] = " ".join(val["text"]) if isinstance(val["text"], list) else str(val["text"])
        else:  # JSON-MIN: fields at the top; a multiple choice is {"choices": [...]} or a list
            row = {}
            for k, v in t.items():
                if isinstance(v, dict) and "choices" in v:
                    v = v["choices"]
                row[k] = ";".join(map(str, v)) if isinstance(v, list) else v
        rows.append({k: "" if v is None else str(v) for k, v in row.items()})
    return rows


def _yes_no(value: str, where: str, field: str):
    v = value.strip().lower()
    if not v:
        return None
    if v in _TRUE:
        return "yes"
    if v in _FALSE:
        return "no"
    raise CodedSheetError(f"{where}: {field} {value!r} is not one of yes, no")


def read_coded(path: Path | str, design: pd.DataFrame) -> pd.DataFrame:
    """The coded labels of every sampled statement, one row per sample_id in the design's order, checked.
    Columns: sample_id, is_statement (yes/no), speech_act, aid_related, speaker_is_official (yes/no or None),
    capabilities (sorted list, None when the row is not a statement), note."""
    path = Path(path)
    rows, unit = _read_rows(path)
    caps_known = set(capability_categories())
    expected = dict(zip(design["sample_id"], design["statement_id"], strict=False))
    out, seen = [], {}
    for i, r in enumerate(rows):
        where = f"{path.name}: {unit} {i + 2 if unit == 'row' else i + 1}"
        sid = str(r.get("sample_id", "")).strip()
        if not sid:
            raise CodedSheetError(f"{where}: no sample_id")
        where += f" (sample_id {sid})"
        if sid not in expected:
            raise CodedSheetError(f"{where}: sample_id {sid!r} is not in the sample (a changed or added id?)")
        if sid in seen:
            raise CodedSheetError(f"{where}: sample_id {sid!r} appears twice (also {seen[sid]})")
        seen[sid] = where
        stid = str(r.get("statement_id", "")).strip()
        if stid and stid != expected[sid]:
            raise CodedSheetError(f"{where}: statement_id {stid!r} differs from the sample's {expected[sid]!r} "
                                  "(a changed id: rows must keep the ids they were given)")
        is_st = _yes_no(str(r.get("is_statement", "")), where, "is_statement") or "yes"
        rec = {"sample_id": sid, "is_statement": is_st, "note": str(r.get("note", "")).strip()}
        act = str(r.get("speech_act", "")).strip().lower()
        if act and act not in ACTS:
            raise CodedSheetError(f"{where}: speech_act {act!r} is not one of {', '.join(ACTS)}")
        if not act and is_st == "yes":
            raise CodedSheetError(f"{where}: speech_act is empty (code it, or set is_statement to no)")
        rec["speech_act"] = act or None
        for f in ("aid_related", "speaker_is_official"):
            rec[f] = _yes_no(str(r.get(f, "")), where, f)
        caps = [c for c in re.split(r"[;,|]", str(r.get("capabilities", ""))) if c.strip()]
        caps += [str(v) for k, v in r.items() if k.startswith("capability_") and str(v).strip()]
        caps = sorted({c.strip().lower() for c in caps})
        bad = [c for c in caps if c not in caps_known]
        if bad:
            raise CodedSheetError(f"{where}: capability {bad[0]!r} is not in the codebook's list "
                                  f"({', '.join(sorted(caps_known))})")
        rec["capabilities"] = caps if is_st == "yes" else None
        out.append(rec)
    missing = [s for s in design["sample_id"] if s not in seen]
    if missing:
        raise CodedSheetError(f"{path.name}: {len(missing)} sampled row(s) missing, first: sample_id "
                              f"{', '.join(missing[:5])} (every row of the sample must stay in the sheet)")
    return pd.DataFrame(out).set_index("sample_id").loc[design["sample_id"]].reset_index()
