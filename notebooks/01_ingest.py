# ---
# jupyter:
#   jupytext:
#     cell_metadata_filter: tags,-all
#     formats: ipynb,py:percent
#     notebook_metadata_filter: kernelspec,jupytext
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 01 · Ingest: what went into the corpus
# Which raw records became articles (and why others did not), when the articles were published, where from,
# and how long they are.
#
# **Inputs:** `manifest.csv` and `articles.parquet` in `processed` (written by `pledgewatch run`).
# **Outputs:** figures `01_*.png` / `.svg` in `figures_dir`; tables `01_*.csv` in `tables_dir` (default: `processed`).

# %% tags=["parameters"]
processed = None  # folder of the pipeline's tables (None: data/processed/)
figures_dir = None  # None: reports/figures/
tables_dir = None  # None: the processed folder
raw = None  # the raw input the tables were built from (shown for the record)
corpus_label = "the sample corpus"  # how captions name the corpus
sample_rows = 12  # articles shown (a random sample)
seed = 0

# %%
import helpers as h
from pledgewatch import analysis as A
from pledgewatch import charts as C

paths = h.notebook_setup(processed, figures_dir, tables_dir)
tables = h.load_tables(paths["processed"])
articles, manifest = tables["articles"], tables["manifest"]
SOURCE = f"pledgewatch ingest of {corpus_label}"
h.note(f"Tables from {paths['processed']}" + (f"; raw input {raw}" if raw else ""))
h.show_notes(articles, manifest)

# %% [markdown]
# ## Records and their status

# %%
if len(manifest) and "status" in manifest.columns:
    status = manifest["status"].value_counts().rename_axis("status").rename("records").reset_index()
    h.save_table(status, "01_manifest_status")
    processed_ok = status["status"].isin(h.processed_statuses())
    ok = int(status.loc[processed_ok, "records"].sum())
    print(h.ingest_summary(manifest))  # the summary `pledgewatch run` prints
    C.bar_chart(status.set_index("status")["records"], name="01_manifest_status",
                title=f"{ok:,} of {len(manifest):,} raw records became articles",
                caption=h.caption(SOURCE, len(manifest), "raw records", "Status per record from manifest.csv."),
                xlabel="raw records (count)")
    reasons = manifest[manifest["status"].ne("ok")]
    if len(reasons):
        h.table(reasons[[c for c in ("source", "status", "reason", "duplicate_of") if c in reasons.columns]],
                caption="Records not processed (or processed with a flag: truncated, decode_fallback), with the reason")
else:
    h.too_little("the manifest")

# %% [markdown]
# ## Articles over time

# %%
if len(articles) and "published" in articles.columns:
    pub = A.pd.to_datetime(articles["published"], errors="coerce")
    per_month = (pub.dropna().dt.to_period("M").dt.to_timestamp().value_counts().sort_index()
                 .rename_axis("month").rename("articles").reset_index())
    h.save_table(per_month, "01_articles_monthly")
    if len(per_month) >= 2:
        top = per_month.loc[per_month["articles"].idxmax()]
        C.monthly_bars_chart(per_month, value="articles", name="01_articles_monthly",
                             title=f"Coverage is uneven: most articles in {top['month']:%B %Y} ({top['articles']})",
                             caption=h.caption(SOURCE, int(per_month["articles"].sum()), "dated articles",
                                               f"{int(pub.isna().sum())} articles without a date left out."),
                             ylabel="articles (count)")
    else:
        h.too_little("articles by month (needs dated articles in two or more months)")
    if pub.isna().any():
        h.note(f"{int(pub.isna().sum())} of {len(articles)} articles have no publication date.")
    if "date_source" in articles.columns:
        cols = [c for c in ("date_source", "date_reason") if c in articles.columns]
        dates = (articles.assign(date_source=articles["date_source"].fillna("unknown"))
                 .groupby("date_source", dropna=False).size().rename("articles").reset_index())
        h.save_table(dates, "01_date_sources")
        h.table(dates, caption="Where each article's date comes from (unknown: no date could be decided)")
        undated = articles[articles["date_source"].fillna("unknown").eq("unknown")]
        if len(undated):
            h.table(undated[["article_id", *cols[1:]]], caption="Articles without a date, and why")
else:
    h.too_little("articles over time")

# %% [markdown]
# ## Outlets and article length

# %%
if len(articles):
    outlets = articles.get("outlet").fillna("(unknown)") if "outlet" in articles.columns else None
    if outlets is not None and outlets.nunique() > 1:
        top_outlets = outlets.value_counts().head(15)
        h.save_table(top_outlets.rename_axis("outlet").rename("articles").reset_index(), "01_outlets")
        C.bar_chart(top_outlets, name="01_outlets", title=f"{top_outlets.index[0]} supplies the most articles",
                    caption=h.caption(SOURCE, len(articles), "articles"), xlabel="articles (count)")
    else:
        h.note("Outlet is unknown or the same for every article: no outlet chart.")
    if len(articles) >= 10:
        med = int(articles["n_chars"].median())
        C.hist_chart(articles["n_chars"], name="01_article_length", logx=True,
                     title=f"Half the articles are shorter than {med:,} characters",
                     caption=h.caption(SOURCE, len(articles), "articles", "Log scale."),
                     xlabel="article length (characters, log scale)")
    else:
        h.too_little("the article-length distribution (fewer than 10 articles)")

# %% [markdown]
# ## A look at the articles
# A random sample as ingested: title and the start of the clean text (escaped: markup in an article shows as text).

# %%
if len(articles):
    sample = articles.sample(min(sample_rows, len(articles)), random_state=seed).sort_values("published")
    sample = sample.assign(excerpt=sample["text"].str.slice(0, 220)) if "text" in sample.columns else sample
    cols = [c for c in ("article_id", "published", "outlet", "title", "excerpt", "n_chars") if c in sample.columns]
    h.table(sample[cols], max_rows=sample_rows, max_chars=220)
