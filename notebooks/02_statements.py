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
# # 02 · Statements: who said what
# How many statements the pipeline found, how they are quoted, who the speakers are, and what kind of speech
# act each is.
#
# **Inputs:** `statements.parquet` and `articles.parquet` in `processed`.
# **Outputs:** figures `02_*.png` / `.svg` in `figures_dir`; tables `02_*.csv` in `tables_dir` (default: `processed`).
# Under each chart, a collapsed table of the statements it counts (searchable and sortable in the HTML report;
# every statement: `statements.html`).

# %% tags=["parameters"]
processed = None  # folder of the pipeline's tables (None: data/processed/)
figures_dir = None  # None: reports/figures/
tables_dir = None  # None: the processed folder
all_speakers = True  # this notebook describes every statement; notebooks 03-06 default to officials only
corpus_label = "the sample corpus"
top_n = 15
sample_rows = 15
seed = 0

# %%
import helpers as h

paths, tables, st, pop, unit, SOURCE = h.open_analysis(processed, figures_dir, tables_dir,
                                                       official_only=not all_speakers, corpus_label=corpus_label)
firsts, n_copies = h.first_articles(tables["articles"])  # a copy of an earlier record: its statements are repeats
n_art = len(firsts)
h.note(f"{len(st):,} statements ({pop}) from {n_art:,} articles"
       + (f" (and {n_copies:,} copies of an earlier article, whose repeated statements are counted once)."
          if n_copies else "."))
h.show_notes(tables["statements"], st)

# %% [markdown]
# ## Statements per article and quote type

# %%
if len(st):
    per_article = st.groupby("article_id").size().reindex(firsts.get("article_id", []), fill_value=0)
    h.save_table(per_article.rename_axis("article_id").rename("statements").reset_index(), "02_statements_per_article")
    none = int((per_article == 0).sum())
    if len(per_article) >= 10:
        h.hist_chart(per_article, name="02_statements_per_article", bins=min(30, int(per_article.max()) + 1),
                     title=f"A median article yields {per_article.median():.0f} statements; {none} yield none",
                     caption=h.caption(SOURCE, n_art, "articles"), xlabel="statements per article (count)")
        h.drilldown(st, "The statements counted per article", tables["articles"])
    else:
        h.table(per_article.rename("statements").reset_index(), caption="Statements per article")
else:
    h.too_little("statement counts")

# %%
def share_bar(col, name, title_fmt, xlabel):
    if col not in st.columns:
        h.note(f"Column {col} is not in the statements table: no chart.")
        return
    if not len(st):
        return
    counts = st[col].fillna("").replace("", "(none)").value_counts().head(top_n)
    h.save_table(counts.rename_axis(col).rename("statements").reset_index(), name)
    top, share = counts.index[0], counts.iloc[0] / len(st)
    h.bar_chart(counts, name=name, title=title_fmt.format(top=top, share=share),
                caption=h.caption(SOURCE, len(st), unit), xlabel=xlabel)
    h.drilldown(st, f"The statements behind this chart (by {col})", tables["articles"])


share_bar("quote_type", "02_quote_type", "Most statements are {top} quotes ({share:.0%})", "statements (count)")
share_bar("speech_act", "02_speech_act", "'{top}' is the most common speech act ({share:.0%})", "statements (count)")
share_bar("speaker_type", "02_speaker_type", "Speakers are mostly of type '{top}' ({share:.0%})", "statements (count)")

# %% [markdown]
# ## Who speaks

# %%
if len(st):
    named = st[~st["speaker"].fillna("").str.strip().str.lower().isin(["", "unknown"])]
    if "speaker_type" in named.columns:
        named = named[named["speaker_type"] == "person"]
    speakers = named["speaker"].value_counts().head(top_n)
    h.save_table(speakers.rename_axis("speaker").rename("statements").reset_index(), "02_top_speakers")
    if len(speakers) >= 2:
        h.bar_chart(speakers, name="02_top_speakers",
                    title=f"{speakers.index[0]} is quoted most often ({speakers.iloc[0]} statements)",
                    caption=h.caption(SOURCE, len(named), "statements by a named person"),
                    xlabel="statements (count)")
        h.drilldown(named[named["speaker"].isin(speakers.index)], "The statements of these speakers", tables["articles"])
    else:
        h.too_little("a speaker ranking")
    if "speaker_country" in st.columns:
        country = st["speaker_country"].fillna("").str.strip()
        countries = country[country != ""].value_counts().head(top_n)
        h.save_table(country.replace("", "(unknown)").value_counts().rename_axis("speaker_country")
                     .rename("statements").reset_index(), "02_speaker_country")
        if len(countries) >= 2:
            h.bar_chart(countries, name="02_speaker_country",
                        title=f"Speakers from {countries.index[0]} are quoted most among those with a known country",
                        caption=h.caption(SOURCE, int((country != "").sum()), f"{unit} with a speaker country",
                                          f"{int((country == '').sum()):,} statements without a country not shown."),
                        xlabel="statements (count)")
            h.drilldown(st[country.isin(countries.index)], "The statements of these countries' speakers",
                        tables["articles"])
        else:
            h.note("Speaker country is unknown for (almost) every statement: no country chart.")
    if "speaker_is_official" in tables["statements"].columns:
        off = tables["statements"]["speaker_is_official"].fillna(False).astype(bool)
        h.note(f"{int(off.sum()):,} of {len(off):,} statements ({off.mean():.0%}) are by officials.")
    else:
        h.note("speaker_is_official is not in the statements table yet: officials cannot be told apart.")

# %% [markdown]
# ## A sample of statements
# Text is escaped: markup quoted in an article shows as text and never runs.

# %%
if len(st):
    cols = [c for c in ("published", "speaker_name", "speaker_role", "speaker_country", "quote_type", "speech_act",
                        "text") if c in st.columns]
    sample = st.sample(min(sample_rows, len(st)), random_state=seed).sort_values("published")
    h.table(sample[cols], max_rows=sample_rows, max_chars=260)
