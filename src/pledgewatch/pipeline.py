"""run(): the stages in order, raw -> articles -> statements -> coded statements -> tables in data/processed/.

Stages only ever read the previous stage's output (one-way data flow). Every table is schema-checked before it is
written, and every write is atomic.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from tqdm.auto import tqdm

from . import coding, config, ingest, schema, statements
from .io import write_csv, write_parquet

STATEMENT_COLUMNS = list(schema.STATEMENTS.columns)


@dataclass
class RunResult:
    out: Path
    articles: pd.DataFrame
    statements: pd.DataFrame
    capabilities: pd.DataFrame
    manifest: pd.DataFrame
    paths: dict = field(default_factory=dict)

    def summary(self) -> str:
        counts = self.manifest["status"].value_counts().to_dict() if len(self.manifest) else {}
        lines = [f"records: {len(self.manifest)}  " + "  ".join(f"{k}: {v}" for k, v in sorted(counts.items())),
                 f"articles processed: {len(self.articles)}  statements: {len(self.statements)}",
                 f"tables written to {self.out}"]
        return "\n".join(lines)


def statement_id(article_id: str, char_start: int, char_end: int) -> str:
    """Stable across runs: a hash of the article id and the statement's offsets in the clean text."""
    return hashlib.sha1(f"{article_id}\x1f{char_start}\x1f{char_end}".encode()).hexdigest()[:16]


def extract_statements(articles: pd.DataFrame, nlp=None, *, batch_size: int = 16, n_process: int = 1,
                       progress: bool = True) -> pd.DataFrame:
    """Parse each article once with nlp.pipe and collect its statements."""
    from .nlp import load_nlp

    nlp = nlp or load_nlp()
    rows = []
    records = articles.to_dict("records")
    docs = nlp.pipe((a["text"] for a in records), batch_size=batch_size, n_process=n_process)
    for art, doc in tqdm(zip(records, docs), total=len(records), desc="statements", unit="article",
                         disable=not progress):
        for st in statements.extract(doc, art):
            st = dict(st)
            st["article_id"] = art["article_id"]
            st["published"] = art.get("published")
            st["outlet"] = art.get("outlet")
            st["statement_id"] = statement_id(art["article_id"], st["char_start"], st["char_end"])
            rows.append(st)
    df = pd.DataFrame(rows)
    if df.empty:
        df = pd.DataFrame(columns=[c for c in STATEMENT_COLUMNS if c not in ("speech_act", "aid_related", "capabilities")])
    return df


def _order(df: pd.DataFrame) -> pd.DataFrame:
    first = [c for c in STATEMENT_COLUMNS if c in df.columns]
    return df[first + [c for c in df.columns if c not in first]]


def run(raw: str | Path = config.RAW, out: str | Path = config.PROCESSED, *, mapping=None, nlp_name: str | None = None,
        n_process: int = 1, batch_size: int = 16, progress: bool = True) -> RunResult:
    from .nlp import load_nlp

    out = Path(out)
    articles, manifest = ingest.ingest(raw, mapping=mapping)
    if articles.empty:
        articles = schema.empty("articles")
    nlp = load_nlp(nlp_name)
    st = extract_statements(articles, nlp, batch_size=batch_size, n_process=n_process, progress=progress)
    st = coding.code_statements(st) if len(st) else st.assign(speech_act=[], aid_related=[], capabilities=[])
    st = _order(st).sort_values(["article_id", "char_start", "char_end"], kind="stable").reset_index(drop=True)
    caps = coding.capability_table(st)

    articles = schema.validate("articles", articles)
    manifest = schema.validate("manifest", manifest)
    st = schema.validate("statements", st)
    caps = schema.validate("statement_capabilities", caps)
    paths = {
        "articles": write_parquet(articles, out / "articles.parquet"),
        "statements": write_parquet(st, out / "statements.parquet"),
        "statements_csv": write_csv(st, out / "statements.csv"),
        "statement_capabilities": write_parquet(caps, out / "statement_capabilities.parquet"),
        "manifest": write_csv(manifest, out / "manifest.csv"),
    }
    return RunResult(out, articles, st, caps, manifest, paths)
