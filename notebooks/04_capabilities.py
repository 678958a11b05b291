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
# # 04 · Which military capabilities do officials name?
# Capability × month, normalised per 100 aid-related statements (weapons in general left out: it would saturate the
# colour scale; months with few statements are marked, not hidden); named systems (Leopard, Abrams, Patriot, F-16)
# over time where the coding stage names them; what donor-side officials pledge against what Ukrainian officials
# ask for, side by side; the capabilities each speaker country names most. Repeated copies of a statement are
# counted once; intervals resample articles (docs/METHOD.md). All charts here are descriptive: no title claims a
# change over time.
#
# **Inputs:** `statements.parquet` (column `capabilities`, taxonomy categories) and `articles.parquet` in `processed`.
# **Outputs:** figures `04_*.png` / `.svg` in `figures_dir`; tables `04_*.csv` in `tables_dir` (default: `processed`).

# %% tags=["parameters"]
processed = None  # folder of the pipeline's tables (None: data/processed/)
figures_dir = None  # None: reports/figures/
tables_dir = None  # None: the processed folder
official_only = True  # only statements by officials (speaker_is_official)
corpus_label = "the sample corpus"
top_n = 12  # capabilities shown
top_countries = 8
min_aid = 10  # months with fewer aid-related statements are marked uncertain (hatched) in the heatmap
events_path = None  # None: data/reference/events.csv
validation = None  # hand-coded sample: coding_dev-style folder or `pledgewatch sample` folder (None: coding_dev)

# %%
import helpers as h

paths, tables, st, pop, unit, SOURCE = h.open_analysis(processed, figures_dir, tables_dir,
                                                       official_only=official_only, corpus_label=corpus_label)
events = h.load_events(events_path)
h.show_notes(tables["statements"], st)
if len(st):
    n_aid = int(st["aid_related"].fillna(False).astype(bool).sum())
    n_cap = int(st["capabilities"].map(len).gt(0).sum())
    h.note(f"{n_aid:,} of {len(st):,} {unit} are aid-related; {n_cap:,} name at least one capability.")

# %% [markdown]
# ## Capability × month, per 100 aid-related statements

# %%
cm = h.capability_month(st, top=top_n, min_n=min_aid)
h.save_table(cm, "04_capability_month")
if h.enough(cm, min_months=2) and cm["count"].sum() > 0 and cm.dropna(subset=["per_100"])["month"].nunique() >= 2:
    tot = cm.groupby("capability")["count"].sum().sort_values(ascending=False)
    h.heatmap_chart(cm, index="capability", columns="month", values="per_100", month_columns=True,
                    uncertain="uncertain", events=events, name="04_capability_month",
                    title="Capabilities officials name, by month: "
                          + " and ".join(f"'{c}' ({k})" for c, k in tot.head(2).items())
                          + " most often, beyond weapons in general",
                    cbar_label="statements naming it per 100 aid-related statements",
                    xlabel="month of publication", ylabel="capability (taxonomy category)",
                    caption=h.caption(SOURCE, int(cm.drop_duplicates("month")["n_aid"].sum()),
                                      f"aid-related {unit}",
                                      f"Top {top_n} capabilities other than weapons in general (left out: it "
                                      "saturates the colour scale). Hatched: fewer than "
                                      f"{min_aid} aid-related statements that month (a rate on few statements, "
                                      "shown but uncertain); grey: no aid-related statement. Numbers above "
                                      "the months: key events (table below). Descriptive: no test."))
    h.table(events.assign(number=range(1, len(events) + 1))[["number", "date", "label"]], max_rows=40,
            caption="Key events (data/reference/events.csv), numbered as above the months")
    h.drilldown(st[st["capabilities"].map(len).gt(0)], "The statements naming a capability", tables["articles"])
else:
    h.too_little("the capability × month heatmap (needs two or more months with aid-related statements naming "
                 "capabilities)")
h.show_notes(cm)

# %% [markdown]
# ## Named systems over time
# Leopard, Abrams, Patriot, F-16 ...: the `system` column of `statement_capabilities` (coding stage).

# %%
systems = h.systems_month(st, tables["statement_capabilities"], top=top_n)
h.save_table(systems, "04_systems_month")
if h.enough(systems, min_months=2) and systems["count"].sum() > 0:
    stot = systems.groupby("system")["count"].sum().sort_values(ascending=False)
    h.heatmap_chart(systems, index="system", columns="month", values="count", month_columns=True, annotate=True,
                    events=events, name="04_systems_month",
                    title=f"Named systems by month: '{stot.index[0]}' is named in the most statements ({int(stot.iloc[0])})",
                    cbar_label="statements naming the system (count)", xlabel="month of publication",
                    ylabel="system", caption=h.caption(SOURCE, int(systems["count"].sum()),
                                                       f"{unit} naming a system",
                                                       "Counts, not rates. Grey: no statement of these speakers "
                                                       "that month (a gap, not a zero). Numbers above the months: "
                                                       "key events. Descriptive."))
    named = set(tables["statement_capabilities"].dropna(subset=["system"])["statement_id"])
    h.drilldown(st[st["statement_id"].isin(named)], "The statements naming a system", tables["articles"])
else:
    h.note("Named systems over time: skipped. " + " ".join(h.notes(systems)), "warning")

# %% [markdown]
# ## What donors pledge vs what Ukraine asks for
# Donor-side officials (side `donor` in `data/reference/countries.csv`: governments in the Kiel tracker, the EU,
# NATO, G7, IMF, World Bank) in pledge and delivery statements; recipient-side (Ukrainian) officials' appeals.

# %%
pva = h.pledges_vs_appeals(st, top=top_n)
h.save_table(pva, "04_pledges_vs_appeals")
if len(pva) and pva["k"].sum() > 0 and pva.groupby("group")["n"].first().min() > 0:
    # the finding is the most-named *specific* capability ("weapons" in general says little), where one is named
    specific = pva[(pva["capability"] != "weapons_general") & (pva["k"] > 0)]
    ranked = specific if specific["group"].nunique() == 2 else pva
    top = ranked.sort_values("per_100", ascending=False).groupby("group").head(1).set_index("group")
    d_top, u_top = top.loc["Donors' pledges"].copy(), top.loc["Ukraine's appeals"].copy()
    for grp, t in (("Donors' pledges", d_top), ("Ukraine's appeals", u_top)):  # ties are named, not picked at random
        tied = ranked[(ranked["group"] == grp) & (ranked["per_100"] == t["per_100"])]["capability"].tolist()
        t["capability"] = " / ".join(f"'{c}'" for c in tied) if len(tied) <= 3 else f"{len(tied)} capabilities equally"
    h.paired_bars_chart(pva, name="04_pledges_vs_appeals",
                        title=("Beyond weapons in general, d" if ranked is specific else "D")
                        + f"onors' pledges name {d_top['capability']} most ({d_top['per_100']:.0f} per 100); "
                          f"Ukraine's appeals name {u_top['capability']} most ({u_top['per_100']:.0f} per 100)",
                        caption=h.caption(SOURCE, int(pva.groupby("group")["n"].first().sum()), unit,
                                          f"Whiskers: {h.INTERVAL_NOTE}. Descriptive: the two groups "
                                          "are not tested against each other."))
    h.drilldown(st[st["speech_act"].isin(["pledge", "delivery", "appeal"]) & st["capabilities"].map(len).gt(0)],
                "The pledges, deliveries and appeals naming a capability", tables["articles"])
elif len(pva) and pva["k"].sum() > 0:
    h.note("Only one side names capabilities: the comparison needs both donors' pledges and Ukraine's appeals.",
           "warning")
    h.table(pva)
else:
    h.too_little("donors' pledges against Ukraine's appeals")
h.show_notes(pva)

# %% [markdown]
# ## Top capabilities by speaker country

# %%
cc = h.capabilities_by_country(st, top_countries=top_countries, top_caps=top_n)
h.save_table(cc, "04_capabilities_by_country")
if len(cc) and cc["speaker_country"].nunique() >= 2:
    top = cc.loc[cc["count"].idxmax()]
    cc_lab = cc.assign(country=cc["speaker_country"] + "\n(n = " + cc["n_aid"].astype(str) + ")")
    h.heatmap_chart(cc_lab, index="capability", columns="country", values="per_100", annotate=True,
                    column_order=list(dict.fromkeys(cc_lab["country"])),
                    name="04_capabilities_by_country",
                    title=f"{top['speaker_country']} speakers name '{top['capability']}' most "
                          f"({int(top['count'])} statements)",
                    cbar_label="statements naming it per 100 aid-related statements of the country",
                    xlabel="speaker country", ylabel="capability (taxonomy category)",
                    caption=h.caption(SOURCE, int(cc.drop_duplicates("speaker_country")["n_aid"].sum()),
                                      f"aid-related {unit} with a speaker country",
                                      f"{top_countries} countries naming most capabilities, by number of "
                                      "aid-related statements (n); cells: per 100."))
    h.drilldown(st[st["aid_related"].fillna(False).astype(bool) & st["capabilities"].map(len).gt(0)],
                "The aid-related statements naming a capability", tables["articles"])
else:
    h.too_little("capabilities by speaker country")
h.show_notes(cc)


# %% [markdown]
# ## Corrected estimates
# The machine's pledge and appeal shares corrected with a hand-coded random sample (prediction-powered inference,
# 95% intervals; docs/VALIDATION.md). `validation`: a coding_dev-style folder or a `pledgewatch sample` folder
# with its coded sheet; default `../shared/eval/coding_dev` when present.

# %%
h.corrected_estimates(st, tables["statements"], validation, name="04_corrected_shares", source=SOURCE, population=unit)
