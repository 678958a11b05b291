"""The coding sheet of `pledgewatch sample` (`sampling.py`) in the formats coders open: an xlsx with drop-down lists
for every coded field and the codebook in its second tab (`write_xlsx`), and a Label Studio labeling config and
import tasks (`label_studio_config`, `label_studio_tasks`)."""

from __future__ import annotations

import html
from pathlib import Path

import numpy as np
import pandas as pd

from .io import atomic_write
from .sampling import ACTS, CODER_COLUMNS, FIELDS, N_CAPABILITY_COLUMNS, YES_NO, capability_categories, codebook


def write_xlsx(sheet: pd.DataFrame, path: Path) -> Path:
    """The coding sheet with drop-down validation (speech act, yes/no, capability list) and the codebook tab."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    cols = [c for c in sheet.columns if c != "capabilities"]
    at = cols.index("speaker_is_official")
    cols[at:at] = [f"capability_{i}" for i in range(1, N_CAPABILITY_COLUMNS + 1)]
    wb = Workbook()
    ws = wb.active
    ws.title = "coding"
    ws.append(cols)
    for row in sheet.itertuples(index=False):
        rec = dict(zip(sheet.columns, row, strict=False))
        ws.append([_cell(rec.get(c, "")) for c in cols])
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # article text that starts with '=' stays text, never a formula
    lists = wb.create_sheet("lists")  # the drop-down values, one column per list (a sheet range: no length limit)
    caps = capability_categories()
    for j, values in enumerate((ACTS, YES_NO, caps), start=1):
        for i, v in enumerate(values, start=1):
            lists.cell(row=i, column=j, value=v)
    lists.sheet_state = "hidden"
    ranges = {"acts": f"lists!$A$1:$A${len(ACTS)}", "yesno": "lists!$B$1:$B$2", "caps": f"lists!$C$1:$C${len(caps)}"}
    last = max(2, len(sheet) + 1)
    coder_fill = PatternFill("solid", fgColor="FFF7D6")
    for j, c in enumerate(cols, start=1):
        letter = get_column_letter(j)
        kind = ("acts" if c == "speech_act" else "yesno" if c in ("is_statement", "aid_related", "speaker_is_official")
                else "caps" if c.startswith("capability_") else None)
        if kind:
            dv = DataValidation(type="list", formula1=ranges[kind], allow_blank=True, showErrorMessage=True,
                                errorTitle="Not in the codebook", error=f"Pick a value from the list ({c}).")
            dv.add(f"{letter}2:{letter}{last}")
            ws.add_data_validation(dv)
        width = {"statement": 60, "context": 90, "title": 40}.get(c, 16)
        ws.column_dimensions[letter].width = width
        if c in CODER_COLUMNS or c.startswith("capability_"):
            for r in range(1, last + 1):
                ws.cell(row=r, column=j).fill = coder_fill
        if c in ("statement", "context", "title"):
            for r in range(2, last + 1):
                ws.cell(row=r, column=j).alignment = Alignment(wrap_text=True, vertical="top")
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "B2"
    _codebook_sheet(wb)
    return atomic_write(path, lambda tmp: wb.save(tmp))


def _codebook_sheet(wb) -> None:
    """The codebook tab (second sheet): field, label, definition, example of every label, wrapped."""
    from openpyxl.styles import Alignment, Font

    cb = wb.create_sheet("codebook", 1)
    cb.append(["field", "label", "definition", "example"])
    for r in codebook():
        cb.append([r["field"], r["label"], r["definition"], r["example"]])
    for cell in cb[1]:
        cell.font = Font(bold=True)
    for letter, width in (("A", 20), ("B", 18), ("C", 100), ("D", 50)):
        cb.column_dimensions[letter].width = width
    for row in cb.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def _cell(v):
    """A value for openpyxl (NaN as an empty cell)."""
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return ""
    return v


def label_studio_config() -> str:
    """Label Studio labeling config: the statement and its context, the coded fields as choices, the codebook's
    definitions as hints."""
    book = codebook()

    def hint(field, label="*"):
        return next((r["definition"] for r in book if r["field"] == field and r["label"] == label), "")

    def choices(name, labels, multi=False):
        opts = "".join(f'\n    <Choice value="{html.escape(v, quote=True)}" hint="{html.escape(hint(name, v), quote=True)}"/>'
                       for v in labels)
        extra = ' choice="multiple"' if multi else ' choice="single"'
        return (f'  <Header value="{html.escape(name)}: {html.escape(hint(name), quote=True)}"/>\n'
                f'  <Choices name="{name}" toName="statement"{extra}>{opts}\n  </Choices>\n')

    parts = ['<View>\n',
             '  <Header value="$title"/>\n',
             *[f'  <Text name="{f}" value="${f}"/>\n' for f in ("published", "outlet", "speaker", "cue")],
             '  <Text name="statement" value="$statement"/>\n',
             '  <Header value="Context (the statement is marked [[ ]])"/>\n  <Text name="context" value="$context"/>\n']
    for f, labels in FIELDS.items():
        parts.append(choices(f, capability_categories() if labels is None else labels, multi=labels is None))
    parts.append('  <TextArea name="note" toName="statement" placeholder="note (optional)"/>\n</View>\n')
    return "".join(parts)


def label_studio_tasks(sheet: pd.DataFrame) -> list[dict]:
    info = [c for c in sheet.columns if c not in CODER_COLUMNS]
    return [{"data": {c: ("" if pd.isna(r[c]) else (r[c] if isinstance(r[c], (int, float, str)) else str(r[c])))
                      for c in info}} for _, r in sheet.iterrows()]
