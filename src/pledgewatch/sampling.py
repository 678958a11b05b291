"""`pledgewatch sample`: draw a stratified random sample of statements for hand-coding, and write the coding sheet.

    pledgewatch sample --processed DIR --n 300 [--strata speech_act] [--allocation equal|proportional] [--seed 1]
                       [--show-predictions] [--include-repeats] --out DIR

The frame is the statements the charts count: the later copies of a statement (`is_repeat`, pledgewatch.repeats)
are left out unless `--include-repeats`, so that a live blog's repeated quote is not drawn twice and the inclusion
probabilities weight back to the same population as the charts' counts (`sample.json` records both sizes).

Writes to `--out`:
  - `design.csv`: one row per sampled statement with its stratum, the stratum's size in the corpus (`stratum_size`),
    how many were drawn from it (`stratum_n`), the inclusion probability (`stratum_n / stratum_size`) and the
    machine's labels (`machine_*`). `pledgewatch agree` and the corrected estimates read it; coders do not need it.
  - `sample.csv` and `sample.xlsx`: the coding sheet (one row per statement: the statement, its context with the
    statement marked [[like this]], the article's title, date, outlet and link, the extracted speaker and cue, and
    empty columns to fill in). The xlsx has drop-down lists for every coded field and the codebook
    (`data/reference/codebook.csv`) in its second tab. The machine's labels, and the stratum and inclusion
    probability when the strata are machine labels, are left out unless `--show-predictions`: coders who see the
    machine's answer tend to agree with it.
  - `tasks.json` and `labeling_config.xml`: the same sample as a Label Studio import.
  (The xlsx and Label Studio formats are written by `pledgewatch.sample_sheets`.)
  - `sample.json`: the draw's settings and per-stratum counts.

Every statement has a known, non-zero chance to be drawn, so estimates from the coded sample can be weighted back
to ... corpus (1 / inclusion_prob) and the machine's counts corrected (`pledgewatch.correction`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from . import config
from .io import write_csv, write_text

ACTS = ("pledge", "delivery", "appeal", "refusal", "warning", "assessment", "other")
YES_NO = ("yes", "no")
N_CAPABILITY_COLUMNS = 3  # the spreadsheet's capability_1..3 drop-downs (more: ';'-joined in `capabilities`)
# the coded fields: name -> allowed labels (None: the capability list)
FIELDS = {"is_statement": YES_NO, "speech_act": ACTS, "aid_related": YES_NO, "capabilities": None,
          "speaker_is_official": YES_NO}
SHEET_INFO = ["sample_id", "statement_id", "article_id", "published", "outlet", "title", "url", "speaker",
              "speaker_role", "cue", "statement", "context"]
CODER_COLUMNS = ["is_statement", "speech_act", "aid_related", "capabilities", "speaker_is_official", "note"]
CONTEXT_PARAGRAPHS = 1  # paragraphs before and after the statement's own


def capability_categories() -> list[str]:
    """The capability categories, in the codebook's order."""
    return [r["label"] for r in codebook() if r["field"] == "capabilities" and r["label"] != "*"]


def codebook() -> list[dict]:
    """The codebook rows (`data/reference/codebook.csv`): field, label, definition, example."""
    return config.reference_rows("codebook.csv")


def _yes_no(v) -> str:
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return ""
    return "yes" if bool(v) else "no"


def _caps(v) -> list[str]:
    from .analysis import as_list

    return sorted(as_list(v))


def allocate(sizes: pd.Series, n: int, allocation: str = "equal") -> pd.Series:
    """How many to draw from each stratum. `equal`: the same number from each (a rare act gets as many as a common
    one), capped at the stratum's size, the rest shared among the larger strata; `proportional`: in proportion to
    size (largest remainders). The counts sum to min(n, total)."""
    sizes = sizes.astype(int)
    n = min(int(n), int(sizes.sum()))
    alloc = pd.Series(0, index=sizes.index, dtype=int)
    if allocation == "proportional":
        exact = sizes / sizes.sum() * n
        alloc = np.floor(exact).astype(int)
        rest = n - int(alloc.sum())
        order = (exact - alloc).sort_values(ascending=False, kind="stable").index[:rest]
        alloc[order] += 1
        return alloc.astype(int)
    if allocation != "equal":
        raise ValueError(f"allocation must be 'equal' or 'proportional', not {allocation!r}")
    left = n
    open_ = [s for s in sizes.index if sizes[s] > 0]
    while left > 0 and open_:
        share = max(1, left // len(open_))
        for s in list(open_):
            take = min(share, sizes[s] - alloc[s], left)
            alloc[s] += take
            left -= take
            if alloc[s] >= sizes[s]:
                open_.remove(s)
            if left == 0:
                break
    return alloc


def strata_of(statements: pd.DataFrame, strata: list[str] | None) -> pd.Series:
    """The stratum of each statement: the values of the strata columns joined by '|' ('all' without strata).
    `month` is derived from `published`; a list column (capabilities) is stratified by whether it is empty."""
    if not strata:
        return pd.Series("all", index=statements.index)
    parts = []
    for col in strata:
        if col == "month":
            v = pd.to_datetime(statements.get("published"), errors="coerce").dt.strftime("%Y-%m").fillna("undated")
        elif col not in statements.columns:
            raise ValueError(f"--strata: no column {col!r} in the statements table")
        elif col == "capabilities":
            v = statements[col].map(lambda x: "capability" if _caps(x) else "no_capability")
        else:
            v = statements[col].map(lambda x: "" if x is None or (isinstance(x, float) and np.isnan(x)) else str(x))
            v = v.replace("", "(none)")
        parts.append(v.astype(str))
    out = parts[0]
    for p in parts[1:]:
        out = out + "|" + p
    return out


def draw(statements: pd.DataFrame, n: int, strata: list[str] | None = None, seed: int = 1,
         allocation: str = "equal") -> pd.DataFrame:
    """A stratified random sample (without replacement within each stratum) of the statements, with columns
    `sample_id`, `stratum`, `stratum_size`, `stratum_n`, `inclusion_prob` added. Rows keep the statements' columns."""
    if "statement_id" not in statements.columns:
        raise ValueError("the statements table has no statement_id column")
    st = statements.reset_index(drop=True)
    stratum = strata_of(st, strata)
    sizes = stratum.value_counts().sort_index()
    alloc = allocate(sizes, n, allocation)
    rng = np.random.default_rng(seed)
    picked = []
    for s in sizes.index:  # sorted strata, positions sorted: the same seed gives the same sample
        pos = np.flatnonzero((stratum == s).to_numpy())
        k = int(alloc[s])
        if k:
            picked.append(np.sort(rng.choice(pos, size=k, replace=False)))
    rows = np.concatenate(picked) if picked else np.array([], dtype=int)
    out = st.iloc[rows].copy()
    out["stratum"] = stratum.iloc[rows].to_numpy()
    out["stratum_size"] = out["stratum"].map(sizes).astype(int)
    out["stratum_n"] = out["stratum"].map(alloc).astype(int)
    out["inclusion_prob"] = out["stratum_n"] / out["stratum_size"]
    out = out.sample(frac=1.0, random_state=seed).reset_index(drop=True)  # coders see strata mixed
    out.insert(0, "sample_id", [f"s{i + 1:04d}" for i in range(len(out))])
    return out


def context_of(text: str, start: int, end: int, paragraphs: int = CONTEXT_PARAGRAPHS) -> str:
    """The statement's paragraph(s) with `paragraphs` paragraphs before and after, the statement marked [[...]]."""
    if not isinstance(text, str) or start is None or end is None or pd.isna(start) or pd.isna(end):
        return ""
    start, end = int(start), int(end)
    marked = text[:start] + "[[" + text[start:end] + "]]" + text[end:]
    paras = marked.split("\n\n")
    pos, first, last = 0, None, None
    for i, p in enumerate(paras):
        lo, hi = pos, pos + len(p)
        if first is None and hi >= start:
            first = i
        if lo <= end + 4:
            last = i
        pos = hi + 2
    first = 0 if first is None else first
    last = first if last is None else max(last, first)
    lo, hi = max(0, first - paragraphs), min(len(paras), last + paragraphs + 1)
    return "\n\n".join(p.strip() for p in paras[lo:hi] if p.strip())


def machine_labels(df: pd.DataFrame) -> pd.DataFrame:
    """The machine's labels in the coding sheet's vocabulary (yes/no, ';'-joined capabilities)."""
    out = pd.DataFrame(index=df.index)
    out["machine_speech_act"] = df.get("speech_act", pd.Series("", index=df.index)).fillna("")
    out["machine_aid_related"] = df.get("aid_related", pd.Series(None, index=df.index)).map(_yes_no)
    out["machine_capabilities"] = df.get("capabilities", pd.Series([[]] * len(df), index=df.index)).map(
        lambda v: ";".join(_caps(v)))
    out["machine_speaker_is_official"] = df.get("speaker_is_official", pd.Series(None, index=df.index)).map(_yes_no)
    return out


def coding_sheet(sample: pd.DataFrame, articles: pd.DataFrame | None, *, show_predictions: bool = False,
                 strata: list[str] | None = None) -> pd.DataFrame:
    """The sheet coders fill in: one row per sampled statement, the coder columns empty."""
    arts = (articles.set_index("article_id") if articles is not None and len(articles) else pd.DataFrame())

    def art(col):
        if col in arts.columns:
            return sample["article_id"].map(arts[col])
        return pd.Series(None, index=sample.index)

    text = art("text")
    sheet = pd.DataFrame({
        "sample_id": sample["sample_id"],
        "statement_id": sample["statement_id"],
        "article_id": sample["article_id"],
        "published": pd.to_datetime(sample.get("published"), errors="coerce").dt.strftime("%Y-%m-%d"),
        "outlet": sample.get("outlet", pd.Series(None, index=sample.index)).fillna(art("outlet")),
        "title": art("title"),
        "url": art("url"),
        "speaker": sample.get("speaker_name", pd.Series("", index=sample.index)),
        "speaker_role": sample.get("speaker_role", pd.Series("", index=sample.index)),
        "cue": sample.get("cue", pd.Series("", index=sample.index)),
        "statement": sample.get("text", pd.Series("", index=sample.index)),
        "context": [context_of(t, s, e) for t, s, e in zip(text, sample.get("char_start", [None] * len(sample)),
                                                            sample.get("char_end", [None] * len(sample)), strict=False)],
    })
    leaks = bool(set(strata or []) & {"speech_act", "aid_related", "capabilities", "speaker_is_official",
                                      "speaker_country", "frames"})
    if show_predictions or not leaks:
        sheet["stratum"] = sample["stratum"]
        sheet["inclusion_prob"] = sample["inclusion_prob"].round(6)
    if show_predictions:
        sheet = pd.concat([sheet, machine_labels(sample)], axis=1)
    for c in CODER_COLUMNS:
        sheet[c] = ""
    return sheet.fillna("")


def design_table(sample: pd.DataFrame) -> pd.DataFrame:
    """What `agree` and the corrected estimates need: ids, stratum, inclusion probability, machine labels, month."""
    d = sample[["sample_id", "statement_id", "article_id", "stratum", "stratum_size", "stratum_n",
                "inclusion_prob"]].copy()
    d["published"] = pd.to_datetime(sample.get("published"), errors="coerce").dt.strftime("%Y-%m-%d")
    return pd.concat([d, machine_labels(sample)], axis=1)


def sampling_frame(statements: pd.DataFrame, include_repeats: bool = False) -> pd.DataFrame:
    """The statements a sample is drawn from: all of them with include_repeats or where the table has no
    `is_repeat` column (an older run), else the first copies only (`is_repeat` false), as the charts count them."""
    if include_repeats or "is_repeat" not in statements.columns:
        return statements
    return statements[~statements["is_repeat"].fillna(False).astype(bool)]


def write_sample(processed: Path | str, out: Path | str, n: int = 300, *, strata: list[str] | None = None,
                 seed: int = 1, allocation: str = "equal", show_predictions: bool = False,
                 include_repeats: bool = False) -> dict:
    """Draw the sample from the processed tables and write every file; return the settings and counts."""
    processed, out = Path(processed), Path(out)
    every = pd.read_parquet(processed / "statements.parquet")
    statements = sampling_frame(every, include_repeats)
    articles_path = processed / "articles.parquet"
    articles = pd.read_parquet(articles_path) if articles_path.is_file() else None
    sample = draw(statements, n, strata, seed, allocation)
    from .sample_sheets import label_studio_config, label_studio_tasks, write_xlsx  # (they read this module's lists)

    out.mkdir(parents=True, exist_ok=True)
    sheet = coding_sheet(sample, articles, show_predictions=show_predictions, strata=strata)
    write_csv(design_table(sample), out / "design.csv")
    write_csv(sheet, out / "sample.csv")
    write_xlsx(sheet, out / "sample.xlsx")
    tasks = label_studio_tasks(sheet)
    write_text(json.dumps(tasks, ensure_ascii=False, indent=1), out / "tasks.json")
    write_text(label_studio_config(), out / "labeling_config.xml")
    counts = sample.groupby("stratum").agg(size=("stratum_size", "first"), drawn=("stratum_n", "first"))
    meta = {"processed": str(processed), "n": int(len(sample)), "n_statements": int(len(statements)),
            "n_repeats_left_out": int(len(every) - len(statements)), "include_repeats": include_repeats,
            "strata": strata or [], "allocation": allocation, "seed": seed, "show_predictions": show_predictions,
            "strata_counts": {s: {"size": int(r["size"]), "drawn": int(r["drawn"])} for s, r in counts.iterrows()}}
    write_text(json.dumps(meta, indent=1), out / "sample.json")
    return meta


def add_arguments(p) -> None:
    p.add_argument("--processed", type=Path, default=config.PROCESSED, help="folder with statements.parquet")
    p.add_argument("--n", type=int, default=300, help="statements to draw (default 300)")
    p.add_argument("--strata", nargs="*", default=None,
                   help="columns to stratify by (speech_act, month, outlet, aid_related, capabilities ...)")
    p.add_argument("--allocation", choices=("equal", "proportional"), default="equal",
                   help="equal: the same number per stratum (rare acts get enough); proportional: by stratum size")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--show-predictions", action="store_true", help="show the machine's labels in the sheet")
    p.add_argument("--include-repeats", action="store_true",
                   help="draw from every row, the later copies of a statement (is_repeat) too")
    p.add_argument("--out", type=Path, required=True, help="folder for the sample and coding sheets")


def main(args) -> int:
    if not (Path(args.processed) / "statements.parquet").is_file():
        print(f"[sample] {args.processed}/statements.parquet not found: run `pledgewatch run --out "
              f"{args.processed}` first", file=sys.stderr)
        return 2
    meta = write_sample(args.processed, args.out, args.n, strata=args.strata, seed=args.seed,
                        allocation=args.allocation, show_predictions=args.show_predictions,
                        include_repeats=args.include_repeats)
    print(f"[sample] {meta['n']} of {meta['n_statements']:,} statements drawn into {args.out} "
          f"(strata: {', '.join(meta['strata']) or 'none'}; allocation {meta['allocation']}; seed {meta['seed']})")
    if meta["n_repeats_left_out"]:
        print(f"  {meta['n_repeats_left_out']:,} later copies of a statement (is_repeat) are not in the frame, as in "
              f"the charts' counts (--include-repeats draws from them too)")
    for s, c in meta["strata_counts"].items():
        print(f"  {s:<28} {c['drawn']:>4} of {c['size']:>6,}  (inclusion probability {c['drawn'] / c['size']:.4f})")
    print(f"  code {args.out}/sample.xlsx (or sample.csv, or import tasks.json + labeling_config.xml into Label "
          f"Studio), then: pledgewatch agree --sample {args.out} --coded FILE")
    return 0
