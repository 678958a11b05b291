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
# Pledges and deliveries are counted among **donor-side officials** (governments and bodies that support Ukraine,
# `side` in `data/reference/countries.csv`): Russian or Belarusian officials cannot pledge aid to Ukraine, and counting
# them would make the share measure how often Russia is quoted. Appeals are counted among **recipient-side
# (Ukrainian) officials**; warnings per side. Each repeated copy of a statement (`is_repeat`) is counted once.
#
# Statements come in articles, so intervals resample whole articles (cluster bootstrap) and a title states a rise,
# fall or peak only when a logistic regression with article-clustered errors supports it at the 5% level
# (docs/METHOD.md). The **primary comparison**, named in advance, is the trend of the donor-side pledge share over
# time; the breakdowns by source, country and official are exploratory (no test across groups).
#
# **Inputs:** `statements.parquet`, `articles.parquet` in `processed`; `data/reference/events.csv`,
# `data/reference/countries.csv`.
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
min_n_peak = 20  # months with fewer statements are not compared in the peak test
validation = None  # hand-coded sample: coding_dev-style folder or `pledgewatch sample` folder (None: coding_dev)

# %%
import helpers as h

paths, tables, st, pop, unit, SOURCE = h.open_analysis(processed, figures_dir, tables_dir,
                                                       official_only=official_only, corpus_label=corpus_label)
articles = tables["articles"]
events = h.load_events(events_path)
donors = h.among(st, "donor")
recipients = h.among(st, "recipient")
CI = h.INTERVAL_NOTE + "."
GAPS = ("Grey: months in which no statement of these speakers was found; hatched: months without any article in "
        "the corpus (a gap in coverage, not a zero). Numbered lines: key events (table below the chart).")
h.show_notes(tables["statements"], st, events)
h.note(f"Speakers counted: {len(donors):,} statements by donor-side officials, {len(recipients):,} by "
       f"recipient-side (Ukrainian) officials, of {len(st):,} {unit}.")


def monthly_section(df, acts, what, name, count_label, share_label):
    """Chart one speech act's monthly share among the speakers of df, with the title its trend test allows."""
    who, who_unit = h.population(df)
    t = h.monthly_share(df, acts, min_n=min_n, articles=articles)
    h.save_table(t, name)
    if not (h.enough(t, min_rows=2) and t["k"].sum() > 0):
        h.too_little(f"{what} by month (needs {what} dated in two or more months)")
        return t, None
    claim = h.trend_claim(df, acts, what=f"the {what} share of {who}", min_n=min_n_peak)
    h.monthly_share_chart(t, name=name, title=h.capitalise(claim["phrase"]), events=events,
                          count_label=count_label, share_label=share_label,
                          caption=h.caption(SOURCE, int(t["n"].sum()), who_unit,
                                            f"Counted: {who}. Band and whiskers: {CI} Months with fewer than {min_n} "
                                            f"statements, or all from one article, have no share. {GAPS} "
                                            f"{claim['test']}"))
    h.drilldown(df[df["speech_act"].isin(acts)], f"The {what} statements of {who} behind this chart", articles)
    return t, claim


# %% [markdown]
# ## Pledges by month among donor-side officials (the primary comparison)

# %%
monthly, claim = monthly_section(donors, ("pledge",), "pledge", "03_pledges_monthly",
                                 "pledge statements (count)", "pledges (% of statements)")
if claim:
    tr = claim["trend"]
    h.note(f"Trend test: {tr['test']}; direction at 5%: {tr['direction']}. Peak test: {claim['peak']['test']}.",
           "finding" if tr["direction"] in ("rise", "fall") else "note")
h.show_notes(monthly)

# %% [markdown]
# ## Deliveries by month among donor-side officials

# %%
deliveries, _ = monthly_section(donors, ("delivery",), "delivery", "03_deliveries_monthly",
                                "delivery statements (count)", "deliveries (% of statements)")

# %% [markdown]
# ## Appeals by month among recipient-side (Ukrainian) officials

# %%
appeals, _ = monthly_section(recipients, ("appeal",), "appeal", "03_appeals_monthly",
                             "appeal statements (count)", "appeals (% of statements)")

# %% [markdown]
# ## Warnings per side
# A warning (a threat of consequences) is shown for each side separately: the sides warn about different things.

# %%
warn = h.share_by(st.assign(side_label=st["side"].map(h.SIDE_LABELS)), "side_label", ("warning",), top=10,
                  min_n=min_n)
h.save_table(warn, "03_warnings_by_side")
if len(warn) >= 2:
    h.share_by_chart(warn, "side_label", name="03_warnings_by_side",
                     title="Warnings as a share of each side's officials' statements: "
                           + "; ".join(f"{r['side_label'].split(' (')[0]} {r['share']:.0%}"
                                       for _, r in warn.sort_values("share", ascending=False).iterrows()),
                     xlabel=f"warnings (% of the side's {unit})",
                     caption=h.caption(SOURCE, int(warn["n"].sum()), unit,
                                       "Counted: officials by the side of their country (countries.csv). "
                                       f"Descriptive, no test between sides. {CI}"))
    h.drilldown(st[st["speech_act"].eq("warning")], "The warnings behind this chart", articles)
else:
    h.too_little("warnings by side")

# %% [markdown]
# ## Robustness: the pledge share by source
# The corpus mixes sources that cover different months (the Guardian file covers February-August 2022 only), so a
# change over time could be a change of source. Each source's own share, among donor-side officials:

# %%
by_source = h.share_by(donors, "source_group", ("pledge",), top=top_n, min_n=min_n)
h.save_table(by_source, "03_pledges_by_source")
if len(by_source) >= 1 and by_source["n"].sum() > 0:
    h.share_by_chart(by_source, "source_group", name="03_pledges_by_source",
                     title="Pledge share of donor-side officials by source: "
                           + "; ".join(f"{r['source_group']} {r['share']:.0%} ({int(r['k'])} of {int(r['n'])})"
                                       for _, r in by_source.head(4).iterrows()),
                     xlabel="pledges (% of donor-side officials' statements in the source)",
                     caption=h.caption(SOURCE, int(by_source["n"].sum()), "statements by donor-side officials",
                                       "Source: the article's outlet, else the input file it came from. "
                                       f"Descriptive robustness check, no test between sources. {CI}"))
    h.drilldown(donors[donors["speech_act"].eq("pledge")], "The pledges of donor-side officials, with their source",
                articles)
else:
    h.too_little("pledges by source")

# %% [markdown]
# ## By speaker country and by official (exploratory)

# %%
by_country = h.share_by(donors, "speaker_country", top=top_n, min_n=min_n)
h.save_table(by_country, "03_pledges_by_country")
if len(by_country) >= 2:
    most = by_country.sort_values(["k", "n"], ascending=False).iloc[0]
    h.share_by_chart(by_country, "speaker_country", name="03_pledges_by_country",
                     title=f"Pledge share by donor country; {most['speaker_country']} officials make the most "
                           f"pledges ({int(most['k'])} of {int(most['n'])} statements)",
                     xlabel="pledges (% of the country's statements by donor-side officials)",
                     caption=h.caption(SOURCE, int(by_country["n"].sum()), "statements by donor-side officials",
                                       f"The {top_n} donor countries with the most pledges among those with ≥ "
                                       f"{min_n} statements; k/n beside each. Exploratory: countries are not "
                                       f"tested against each other. {CI}"))
    h.drilldown(donors[donors["speech_act"].eq("pledge")], "The pledges behind this chart", articles)
else:
    h.too_little("pledges by speaker country")
h.show_notes(by_country)

# %%
people = donors[donors["speaker_type"].eq("person")] if "speaker_type" in donors.columns else donors
by_official = h.share_by(people, "speaker", top=top_n, min_n=min_n)
h.save_table(by_official, "03_pledges_by_official")
if len(by_official) >= 2:
    lead = by_official.sort_values(["k", "n"], ascending=False).iloc[0]
    h.share_by_chart(by_official, "speaker", name="03_pledges_by_official",
                     title=f"{lead['speaker']} makes the most pledges among donor-side officials "
                           f"({int(lead['k'])} of {int(lead['n'])} statements)",
                     xlabel="pledges (% of the speaker's statements)",
                     caption=h.caption(SOURCE, int(by_official["n"].sum()), "statements by donor-side officials",
                                       f"The {top_n} donor-side officials with the most pledges (≥ {min_n} "
                                       f"statements). Exploratory. {CI}"))
    h.drilldown(people[people["speech_act"].eq("pledge")], "The pledges behind this chart", articles)
else:
    h.too_little("pledges by official")
h.show_notes(by_official)

# %% [markdown]
# ## How specific are the pledges?
# A pledge is *specific* when it names an amount, a system or a delivery date, *vague* otherwise (coding stage);
# donor-side officials' pledges.

# %%
spec = h.specificity_monthly(donors, min_n=min_n)
h.save_table(spec, "03_pledge_specificity_monthly")
if h.enough(spec, min_rows=2) and (spec["specific"] + spec["vague"]).sum() > 0:
    sc = h.specificity_claim(donors)
    h.specificity_chart(spec, name="03_pledge_specificity_monthly", events=events, title=sc["phrase"],
                        caption=h.caption(SOURCE, int(spec["n_pledges"].sum()), "pledges by donor-side officials",
                                          f"{CI} Months with fewer than {min_n} coded pledges, or all from one "
                                          "article, have no share. "
                                          f"Test: {sc['test']}."))
    h.drilldown(donors[donors["speech_act"].eq("pledge")], "The pledges behind this chart (with their specificity)",
                articles)
else:
    h.too_little("pledge specificity over time")
h.show_notes(spec)

# %% [markdown]
# ## Key events on the time axis

# %%
h.table(events.assign(number=range(1, len(events) + 1))[["number", "date", "label", "kind", "source"]], max_rows=40,
        caption="data/reference/events.csv (edit to add events); the numbers are those on the charts' time axes")


# %% [markdown]
# ## Corrected estimates
# The machine's pledge and appeal shares corrected with a hand-coded random sample (prediction-powered inference,
# 95% intervals; docs/VALIDATION.md). `validation`: a coding_dev-style folder or a `pledgewatch sample` folder
# with its coded sheet; default `../shared/eval/coding_dev` when present.

# %%
h.corrected_estimates(st, tables["statements"], validation, name="03_corrected_shares", source=SOURCE, population=unit)
