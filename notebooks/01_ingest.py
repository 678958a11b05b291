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
# Which raw records became articles (and why others did not), when the articles were published and by which
# source (months without articles are gaps in coverage, not zeros), where from, and how long they are.
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
    h.bar_chart(status.set_index("status")["records"], name="01_manifest_status",
                title=f"{ok:,} of {len(manifest):,} raw records became articles",
                caption=h.caption(SOURCE, len(manifest), "raw records", "Status per record from manifest.csv."),
                xlabel="raw records (count)")
    copies = (manifest[manifest["status"].isin(h.processed_statuses()) & manifest["duplicate_of"].notna()]
              if "duplicate_of" in manifest.columns else manifest.iloc[:0])
    if len(copies):  # the same story in two records (two outlets, or saved twice): processed, its repeats marked
        h.table(copies[[c for c in ("article_id", "outlet", "duplicate_of", "similarity") if c in copies.columns]],
                caption="Copies of an earlier record, processed under their own id: their statements that repeat the "
                        "first copy's are marked is_repeat and counted once")
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
    coverage = h.articles_per_month(articles)
    h.save_table(coverage, "01_articles_monthly")
    pub = h.as_dates(articles["published"])
    if coverage["month"].nunique() >= 2:
        gaps = h.months_without_articles(articles)
        n_months = coverage["month"].nunique()
        spans = coverage[coverage["articles"] > 0].groupby("source_group")["month"].agg(["min", "max"])
        partial = [f"{g} covers only {r['min']:%b %Y}-{r['max']:%b %Y}" for g, r in spans.iterrows()
                   if r["min"] > coverage["month"].min() or r["max"] < coverage["month"].max()]
        h.coverage_chart(coverage, name="01_articles_monthly", events=None,
                         title=f"{len(gaps)} of {n_months} months have no article"
                               + (f"; {'; '.join(partial)}" if partial else ""),
                         caption=h.caption(SOURCE, int(coverage["articles"].sum()), "dated articles",
                                           "Stacked by source: the article's outlet where ingest filled it, else "
                                           "the input file. Hatched: months without any article (a gap in "
                                           "coverage: charts over time show no value there, not zero)."
                                           + (f" {int(pub.isna().sum())} articles without a date left out."
                                              if pub.isna().any() else "")))
        h.show_notes(coverage)  # copies of an earlier record (duplicate_of) counted once
        if gaps:
            h.note("Months without any article: " + ", ".join(f"{m:%b %Y}" for m in gaps), "warning")
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
    groups = h.source_group(articles)
    n_outlet = int(articles["outlet"].fillna("").astype(str).str.strip().ne("").sum()) if "outlet" in articles else 0
    h.note(f"Outlet known for {n_outlet:,} of {len(articles):,} articles; the others are grouped by the input file "
           "they came from. Every article has an outlet or a source.")
    if groups.nunique() > 1:
        top_outlets = groups.value_counts().head(15)
        h.save_table(top_outlets.rename_axis("source_group").rename("articles").reset_index(), "01_outlets")
        h.bar_chart(top_outlets, name="01_outlets",
                    title=f"{top_outlets.index[0]} supplies the most articles ({top_outlets.iloc[0]:,} of "
                          f"{len(articles):,})",
                    caption=h.caption(SOURCE, len(articles), "articles", "Outlet where known, else input file."),
                    xlabel="articles (count)")
    else:
        h.note("Every article has the same outlet or input file: no outlet chart.")
    if len(articles) >= 10:
        med = int(articles["n_chars"].median())
        h.hist_chart(articles["n_chars"], name="01_article_length", logx=True,
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
