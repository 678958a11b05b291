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
# # 03 · How often do officials pledge aid?
# The monthly count and share of pledge statements among officials' statements (Wilson 95% intervals), by
# speaker country and by the most active officials, and how specific the pledges are, with key events (Contact
# Group meetings, large packages, the tank and F-16 decisions, the shift from "as long as it takes" to "as long as
# we can") marked on the time axis.
#
# **Inputs:** `statements.parquet`, `articles.parquet` in `processed`; `data/reference/events.csv`.
# **Outputs:** figures `03_*.png` / `.svg` in `figures_dir`; tables `03_*.csv` in `tables_dir` (default: `processed`).

# %% tags=["parameters"]
processed = None  # folder of the pipeline's tables (None: data/processed/)
figures_dir = None  # None: reports/figures/
tables_dir = None  # None: the processed folder
official_only = True  # only statements by officials (speaker_is_official)
corpus_label = "the sample corpus"
events_path = None  # None: data/reference/events.csv
top_n = 12  # countries / officials shown
min_n = 5  # months and groups with fewer statements get no share

# %%
import helpers as h
from pledgewatch import analysis as A
from pledgewatch import charts as C

paths, tables, st, pop, unit, SOURCE = h.open_analysis(processed, figures_dir, tables_dir,
                                                       official_only=official_only, corpus_label=corpus_label)
events = h.load_events(events_path)
CI = "Bars/lines with whiskers or bands: Wilson 95% intervals."
h.show_notes(tables["statements"], st, events)

# %% [markdown]
# ## Pledges by month

# %%
monthly = A.monthly_share(st, ("pledge",), min_n=min_n)
h.save_table(monthly, "03_pledges_monthly")
if A.enough(monthly, min_rows=2) and monthly["k"].sum() > 0:
    pk = A.peak(monthly, min_n=max(min_n, 20))  # a peak claimed on a handful of statements would be noise
    trend = A.trend_phrase(monthly, "share", min_n=min_n)
    k_pk = int(monthly.loc[monthly["month"] == pk[0], "k"].iloc[0]) if pk else 0
    title = (f"Pledges peaked at {pk[1]:.0%} of {pop}' statements in {pk[0]:%B %Y} ({k_pk} of {pk[2]})" if pk
             else f"{monthly['k'].sum()} pledge statements; too few per month for a reliable share")
    title += f"; the share {trend}" if trend else ""
    C.monthly_share_chart(monthly, name="03_pledges_monthly", title=title, events=events,
                          share_label="pledges (% of statements)",
                          caption=h.caption(SOURCE, int(monthly["n"].sum()), unit,
                                            f"Band: Wilson 95% interval; months with fewer than {min_n} statements "
                                            "have no share; grey: months without statements in the corpus. "
                                            "Dashed lines: key events (data/reference/events.csv)."))
else:
    h.too_little("pledges by month (needs pledge statements dated in two or more months)")
h.show_notes(monthly)

# %% [markdown]
# ## By speaker country and by official

# %%
by_country = A.share_by(st, "speaker_country", top=top_n, min_n=min_n)
h.save_table(by_country, "03_pledges_by_country")
if len(by_country) >= 2:
    big = by_country[by_country["n"] >= 20]  # a title claim needs more than a handful of statements
    lead = (big if len(big) else by_country).sort_values("share", ascending=False).iloc[0]
    C.share_by_chart(by_country, "speaker_country", name="03_pledges_by_country",
                     title=f"Speakers from {lead['speaker_country']} pledge most often: {lead['share']:.0%} of "
                           f"their statements ({int(lead['k'])} of {int(lead['n'])})",
                     xlabel=f"pledges (% of the country's {unit})",
                     caption=h.caption(SOURCE, int(by_country["n"].sum()), unit,
                                       f"Countries with the most pledges among those with ≥ {min_n} statements; "
                                       f"k/n beside each. {CI}"))
else:
    h.too_little("pledges by speaker country")
h.show_notes(by_country)

# %%
people = st[st.get("speaker_type", A.pd.Series("person", index=st.index)).eq("person")] if len(st) else st
by_official = A.share_by(people, "speaker", top=top_n, min_n=min_n)
h.save_table(by_official, "03_pledges_by_official")
if len(by_official) >= 2:
    lead = by_official.sort_values(["k", "n"], ascending=False).iloc[0]
    top_share = by_official.sort_values(["share", "n"], ascending=False).iloc[0]
    share_note = ("" if top_share["speaker"] == lead["speaker"] else
                  f"; {top_share['speaker']} pledges in the largest share ({int(top_share['k'])} of "
                  f"{int(top_share['n'])})")
    C.share_by_chart(by_official, "speaker", name="03_pledges_by_official",
                     title=f"{lead['speaker']} makes the most pledges ({int(lead['k'])} of "
                           f"{int(lead['n'])} statements){share_note}",
                     xlabel="pledges (% of the speaker's statements)",
                     caption=h.caption(SOURCE, int(by_official["n"].sum()), unit,
                                       f"The {top_n} speakers with the most pledges (≥ {min_n} statements). {CI}"))
else:
    h.too_little("pledges by official")
h.show_notes(by_official)

# %% [markdown]
# ## How specific are the pledges?
# A pledge is *specific* when it names an amount, a system or a delivery date, *vague* otherwise (coding stage).

# %%
spec = A.specificity_monthly(st, min_n=min_n)
h.save_table(spec, "03_pledge_specificity_monthly")
if A.enough(spec, min_rows=2) and (spec["specific"] + spec["vague"]).sum() > 0:
    coded = spec.assign(n=spec["specific"] + spec["vague"], k=spec["specific"], share=spec["share_specific"])
    trend = A.trend_phrase(coded, "share", min_n=min_n)
    overall = coded["k"].sum() / coded["n"].sum()
    C.specificity_chart(spec, name="03_pledge_specificity_monthly", events=events,
                        title=f"Specific pledges {trend}" if trend else
                              f"{overall:.0%} of coded pledges are specific ({coded['k'].sum()} of {coded['n'].sum()})",
                        caption=h.caption(SOURCE, int(spec["n_pledges"].sum()), f"pledge {unit}",
                                          f"{CI} Months with fewer than {min_n} coded pledges have no share."))
else:
    h.too_little("pledge specificity over time")
h.show_notes(spec)

# %% [markdown]
# ## Key events on the time axis

# %%
h.table(events, max_rows=40, caption="data/reference/events.csv (edit to add events)")


# %% [markdown]
# ## Corrected estimates
# The machine's pledge and appeal shares corrected with a hand-coded random sample (prediction-powered inference,
# 95% intervals; docs/VALIDATION.md). `validation`: a coding_dev-style folder or a `pledgewatch sample` folder
# with its coded sheet; default `../shared/eval/coding_dev` when present.

# %%
validation = globals().get("validation")  # a papermill parameter where given (None: coding_dev)
h.corrected_estimates(st, tables["statements"], validation, name="03_corrected_shares", source=SOURCE, population=unit)
