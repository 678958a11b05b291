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
# Frame shares (resolve, urgency, threat, victory) by quarter, with the key decisions and rhetoric shifts
# numbered; the commitment-strength index by month; long-term commitment phrases ("as long as it takes" ...) by
# quarter; and Fightin' Words (log-odds ratio with an informative Dirichlet prior, Monroe, Colaresi & Quinn 2008)
# before and after a named decision in `events.csv`, and between donor-side and Ukrainian officials. Names of
# people, places and organisations are left out of the distinctive words (they say what a statement is about, not
# how it is said). Intervals resample articles; a title states a change only when a test with article-clustered
# errors supports it at 5% (docs/METHOD.md). Repeated copies of a statement are counted once.
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
period_event = "Tank decision"  # Fightin' Words before/after the first event whose label contains this
period_split = None  # or a date (YYYY-MM-DD) to split at instead of the event
min_n = 5  # months with fewer scored statements get no index value
n_boot = 2000
min_count = 3  # Fightin' Words: words used fewer times are dropped
prior_scale = 0.1  # Fightin' Words: weight of the informative prior (background counts x prior_scale)
top_terms = 12

# %%
import helpers as h

paths, tables, st, pop, unit, SOURCE = h.open_analysis(processed, figures_dir, tables_dir,
                                                       official_only=official_only, corpus_label=corpus_label)
events = h.load_events(events_path)
h.show_notes(tables["statements"], st)

# %% [markdown]
# ## Frames by quarter

# %%
frames = h.frame_shares(st)
h.save_table(frames, "05_frame_shares")
if len(frames) and frames["period"].nunique() >= 2 and frames["k"].sum() > 0:
    tot = frames.groupby("frame")["k"].sum().sort_values(ascending=False)
    n = int(frames.drop_duplicates("period")["n"].sum())
    h.frame_chart(frames, name="05_frame_shares", events=events,
                  title=f"'{tot.index[0]}' is the most common frame ({tot.iloc[0] / n:.0%} of {unit}); "
                        "frame shares by quarter with decisions and rhetoric shifts numbered",
                  caption=h.caption(SOURCE, n, unit, f"Bands: {h.INTERVAL_NOTE}. A statement can carry several "
                                    "frames. Quarters with fewer than 20 statements have no share. Numbered dashed "
                                    "lines: decisions and rhetoric shifts (events.csv; table below the panels). "
                                    "Descriptive: no test of change."))
    h.drilldown(st[st["frames"].map(len).gt(0)], "The statements carrying a frame", tables["articles"])
else:
    h.too_little("frame shares over time")
h.show_notes(frames)

# %% [markdown]
# ## Commitment-strength index by month
# The coding stage scores each statement's commitment from -1 (refusal, hedging) to +1 (firm, unconditional);
# the index is the monthly mean, with a 95% interval resampling articles.

# %%
idx = h.commitment_index(st, n_boot=n_boot, min_n=min_n)
h.save_table(idx, "05_commitment_index_monthly")
if h.enough(idx, min_months=2) and idx["mean"].notna().sum() >= 2:
    ic = h.index_claim(st)
    h.index_chart(idx, name="05_commitment_index_monthly", events=events, title=ic["phrase"],
                  caption=h.caption(SOURCE, int(idx["n"].sum()), f"scored {unit}",
                                    f"Band: 95% interval, articles resampled ({n_boot} draws); months with fewer "
                                    f"than {min_n} scored statements have no value. Test: {ic['test']}."))
    h.drilldown(st[st["commitment_strength"].notna()], "The scored statements behind the index", tables["articles"])
else:
    h.too_little("the commitment-strength index by month")
h.show_notes(idx)

# %% [markdown]
# ## Long-term commitment phrases by quarter
# A transparent lexical indicator that needs no coding: the share of statements using "as long as it takes",
# "as long as we can", "stand with Ukraine", "continue to support" or "unwavering/steadfast" (patterns in
# `pledgewatch.analysis.COMMITMENT_PHRASES`).

# %%
phr = h.phrase_share(st)
h.save_table(phr, "05_commitment_phrases")
anyp = phr[phr["phrase"] == "any of these"] if len(phr) else phr
if len(anyp) >= 2 and anyp["k"].sum() > 0:
    pc = h.phrase_claim(st)
    top = phr[phr["phrase"] != "any of these"].groupby("phrase")["k"].sum().sort_values(ascending=False)
    h.frame_chart(phr.rename(columns={"phrase": "frame"}), name="05_commitment_phrases", events=events,
                  ylabel="statements with phrase (%)", title=f"{pc['phrase']}; most used: '{top.index[0]}'",
                  caption=h.caption(SOURCE, int(anyp["n"].sum()), unit,
                                    f"Bands: {h.INTERVAL_NOTE}. Test: {pc['test']}."
                                    + (f" No statement matches: {', '.join(pc['unmatched'])}." if pc["unmatched"]
                                       else "")))
    if pc["unmatched"]:
        h.note("No statement in this corpus matches " + "; ".join(f"'{u}'" for u in pc["unmatched"])
               + ": a shift the events table names through these words cannot be seen here.", "warning")
else:
    h.too_little("commitment phrases over time")

# %% [markdown]
# ## Fightin' Words: which words distinguish the periods before and after a decision, and donors from Ukraine
# z-scores of the log-odds ratio with an informative Dirichlet prior (the word's frequency in all statements);
# |z| > 1.96 marks words that distinguish the groups beyond chance. The most distinctive words are labelled. Words
# the statements capitalise away from the start of a sentence (names of people, places, organisations) are left
# out.

# %%
names = h.proper_nouns(st["text"]) if len(st) else set()
if period_split:
    before, after, cut = h.split_periods(st, period_split)
    event_label = f"{cut}"
else:
    before, after, cut, event_label = h.event_split(st, events, period_event)
h.note(f"Periods: before and from {cut} ({event_label}); {len(names):,} names and places left out of the words "
       f"(e.g. {', '.join(sorted(names)[:8])}).")
mix = {label: part["source_group"].value_counts(normalize=True) for label, part in (("before", before), ("after", after))}
SOURCE_MIX = "Sources: " + "; ".join(f"{label} " + ", ".join(f"{g} {v:.0%}" for g, v in m.items())
                                     for label, m in mix.items()) + " (a change of words can be a change of source)."
fw = h.fightin_words(after["text"], before["text"], background=st["text"], min_count=min_count,
                     prior_scale=prior_scale, exclude=names)
h.save_table(fw, "05_fightin_words_periods")
if len(fw) >= 10:
    h.fightin_words_chart(fw, label_a=f"after {cut}", label_b=f"before {cut}", name="05_fightin_words_periods",
                          top=top_terms,
                          title=h.describe_fightin(fw, f"After {event_label}", "before"),
                          caption=h.caption(SOURCE, f"{len(before):,} + {len(after):,}", f"{unit} before + after",
                                            f"Periods split at {cut}: {event_label} (events.csv). Log-odds ratio, "
                                            "informative Dirichlet prior (Monroe, Colaresi & Quinn 2008; prior = "
                                            f"{prior_scale} x all statements' word counts); dotted: |z| = 1.96, "
                                            "not corrected for the number of words: read the list, not one word. "
                                            f"Names and places left out. {SOURCE_MIX}"))
else:
    h.too_little("Fightin' Words between periods (too few words in one of the periods)")

# %%
donors, ukraine = h.among(st, "donor"), h.among(st, "recipient")
fw2 = h.fightin_words(donors["text"], ukraine["text"], background=st["text"], min_count=min_count,
                      prior_scale=prior_scale, exclude=names)
h.save_table(fw2, "05_fightin_words_donors_ukraine")
if len(fw2) >= 10:
    h.fightin_words_chart(fw2, label_a="donor side", label_b="Ukraine", name="05_fightin_words_donors_ukraine",
                          top=top_terms,
                          title=h.describe_fightin(fw2, "Donor-side officials", "Ukrainian officials"),
                          caption=h.caption(SOURCE, f"{len(donors):,} + {len(ukraine):,}",
                                            f"{unit}: donor-side + recipient-side (Ukrainian) officials",
                                            f"Log-odds ratio, informative Dirichlet prior ({prior_scale} x all "
                                            "statements' word counts); dotted: |z| = 1.96, not corrected for the "
                                            "number of words. Names and places left out."))
else:
    h.too_little("Fightin' Words between donors and Ukraine (needs statements with speaker countries on both sides)")
sides = st["side"].value_counts() if len(st) else {}
h.note("Speaker sides: " + ", ".join(f"{sides.get(k, 0):,} {label}" for k, label in h.SIDE_LABELS.items())
       + " (data/reference/countries.csv).")
