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
# # 05 · How does the rhetoric change over time?
# Frame shares (resolve, urgency, threat, victory) by quarter; the commitment-strength index by month with a
# bootstrap 95% interval; long-term commitment phrases ("as long as it takes" ...) by quarter; and Fightin' Words
# (log-odds ratio with an informative Dirichlet prior, Monroe, Colaresi & Quinn 2008) between two periods and
# between donors and Ukraine.
#
# **Inputs:** `statements.parquet` (`frames`, `commitment_strength`, `text`) and `articles.parquet` in `processed`;
# `data/reference/events.csv`.
# **Outputs:** figures `05_*.png` / `.svg` in `figures_dir`; tables `05_*.csv` in `tables_dir` (default: `processed`).

# %% tags=["parameters"]
processed = None  # folder of the pipeline's tables (None: data/processed/)
figures_dir = None  # None: reports/figures/
tables_dir = None  # None: the processed folder
official_only = True  # only statements by officials (speaker_is_official)
corpus_label = "the sample corpus"
events_path = None  # None: data/reference/events.csv
period_split = None  # date splitting 'before' and 'after' for Fightin' Words (None: the median statement date)
min_n = 5  # months with fewer scored statements get no index value
n_boot = 2000
min_count = 3  # Fightin' Words: words used fewer times are dropped
prior_scale = 0.1  # Fightin' Words: weight of the informative prior (background counts x prior_scale)
top_terms = 12

# %%
import helpers as h
from pledgewatch import analysis as A
from pledgewatch import charts as C

paths, tables, st, pop, unit, SOURCE = h.open_analysis(processed, figures_dir, tables_dir,
                                                       official_only=official_only, corpus_label=corpus_label)
events = h.load_events(events_path)
h.show_notes(tables["statements"], st)

# %% [markdown]
# ## Frames by quarter

# %%
frames = A.frame_shares(st)
h.save_table(frames, "05_frame_shares")
if len(frames) and frames["period"].nunique() >= 2 and frames["k"].sum() > 0:
    tot = frames.groupby("frame")["k"].sum().sort_values(ascending=False)
    n = int(frames.drop_duplicates("period")["n"].sum())
    C.frame_chart(frames, name="05_frame_shares", events=events,
                  title=f"'{tot.index[0]}' is the most common frame ({tot.iloc[0] / n:.0%} of {unit})",
                  caption=h.caption(SOURCE, n, unit, "Bands: Wilson 95% intervals. A statement can carry several "
                                    "frames. Dashed: decisions and rhetoric shifts (events.csv)."))
else:
    h.too_little("frame shares over time")
h.show_notes(frames)

# %% [markdown]
# ## Commitment-strength index by month
# The coding stage scores each statement's commitment from -1 (refusal, hedging) to +1 (firm, unconditional);
# the index is the monthly mean, with a percentile bootstrap 95% interval.

# %%
idx = A.commitment_index(st, n_boot=n_boot, min_n=min_n)
h.save_table(idx, "05_commitment_index_monthly")
if A.enough(idx, min_months=2) and idx["mean"].notna().sum() >= 2:
    trend = A.trend_phrase(idx, "mean", min_n=min_n, fmt="{:+.2f}", tol=0.05)
    overall = (idx["mean"] * idx["n"]).sum() / idx.loc[idx["mean"].notna(), "n"].sum()
    C.index_chart(idx, name="05_commitment_index_monthly", events=events,
                  title=f"Commitment strength {trend}" if trend else
                        f"Mean commitment strength {overall:+.2f} (months with ≥ {min_n} scored statements)",
                  caption=h.caption(SOURCE, int(idx["n"].sum()), f"scored {unit}",
                                    f"Band: percentile bootstrap 95% interval ({n_boot} resamples); months with fewer "
                                    f"than {min_n} scored statements have no value."))
else:
    h.too_little("the commitment-strength index by month")
h.show_notes(idx)

# %% [markdown]
# ## Long-term commitment phrases by quarter
# A transparent lexical indicator that needs no coding: the share of statements using "as long as it takes",
# "as long as we can", "stand with Ukraine", "continue to support" or "unwavering/steadfast" (patterns in
# `pledgewatch.analysis.COMMITMENT_PHRASES`).

# %%
phr = A.phrase_share(st)
h.save_table(phr, "05_commitment_phrases")
anyp = phr[phr["phrase"] == "any of these"] if len(phr) else phr
if len(anyp) >= 2 and anyp["k"].sum() > 0:
    trend = A.trend_phrase(anyp, "share", time_col="period", min_n=min_n, k=2, fmt="{:.1%}", tol=0.005,
                           unit="quarters")
    top = phr[phr["phrase"] != "any of these"].groupby("phrase")["k"].sum().sort_values(ascending=False)
    C.frame_chart(phr.rename(columns={"phrase": "frame"}), name="05_commitment_phrases", events=events,
                  ylabel="statements with phrase (%)",
                  title=(f"Long-term commitment phrases {trend}" if trend else
                         f"{anyp['k'].sum()} of {anyp['n'].sum()} {unit} use a long-term commitment phrase")
                        + f"; most used: '{top.index[0]}'",
                  caption=h.caption(SOURCE, int(anyp["n"].sum()), unit, "Bands: Wilson 95% intervals."))
else:
    h.too_little("commitment phrases over time")

# %% [markdown]
# ## Fightin' Words: which words distinguish two periods, and donors from Ukraine
# z-scores of the log-odds ratio with an informative Dirichlet prior (the word's frequency in all statements);
# |z| > 1.96 marks words that distinguish the groups beyond chance. The most distinctive words are labelled.

# %%
before, after, cut = A.split_periods(st, period_split)
fw = A.fightin_words(after["text"], before["text"], background=st["text"], min_count=min_count,
                     prior_scale=prior_scale)
h.save_table(fw, "05_fightin_words_periods")
if len(fw) >= 10:
    C.fightin_words_chart(fw, label_a=f"from {cut}", label_b=f"before {cut}", name="05_fightin_words_periods",
                          top=top_terms,
                          title=A.describe_fightin(fw, f"From {cut}", f"before {cut}"),
                          caption=h.caption(SOURCE, f"{len(before):,} + {len(after):,}", f"{unit} before + after",
                                            "Log-odds ratio, informative Dirichlet prior (Monroe, Colaresi & Quinn "
                                            f"2008; prior = {prior_scale} x all statements' word counts); "
                                            "dotted: |z| = 1.96."))
else:
    h.too_little("Fightin' Words between periods (too few words in one of the periods)")

# %%
donors, ukraine = st[st["side"] == "donor"], st[st["side"] == "Ukraine"]
fw2 = A.fightin_words(donors["text"], ukraine["text"], background=st["text"], min_count=min_count,
                      prior_scale=prior_scale)
h.save_table(fw2, "05_fightin_words_donors_ukraine")
if len(fw2) >= 10:
    C.fightin_words_chart(fw2, label_a="donors", label_b="Ukraine", name="05_fightin_words_donors_ukraine",
                          top=top_terms,
                          title=A.describe_fightin(fw2, "Donors", "Ukraine"),
                          caption=h.caption(SOURCE, f"{len(donors):,} + {len(ukraine):,}",
                                            f"{unit} by donors + Ukrainian speakers",
                                            f"Log-odds ratio, informative Dirichlet prior ({prior_scale} x all "
                                            "statements' word counts); dotted: |z| = 1.96."))
else:
    h.too_little("Fightin' Words between donors and Ukraine (needs statements with speaker countries on both sides)")
sides = st["side"].value_counts() if len(st) else A.pd.Series(dtype=int)
h.note(f"Speaker sides: {sides.get('donor', 0):,} donor statements, {sides.get('Ukraine', 0):,} Ukrainian, "
       f"{sides.get('Russia', 0):,} Russian/Belarusian, {sides.get('other', 0):,} other, "
       f"{sides.get('unknown', 0):,} without a country.")
