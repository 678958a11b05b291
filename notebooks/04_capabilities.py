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
# Capability × month, normalised per 100 aid-related statements; what donors pledge against what Ukraine asks
# for, side by side; the capabilities each speaker country names most.
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
min_aid = 10  # months with fewer aid-related statements get no rate (grey in the heatmap)

# %%
import helpers as h
from pledgewatch import analysis as A
from pledgewatch import charts as C

paths, tables, st, pop, unit, SOURCE = h.open_analysis(processed, figures_dir, tables_dir,
                                                       official_only=official_only, corpus_label=corpus_label)
h.show_notes(tables["statements"], st)
if len(st):
    n_aid = int(st["aid_related"].fillna(False).astype(bool).sum())
    n_cap = int(st["capabilities"].map(len).gt(0).sum())
    h.note(f"{n_aid:,} of {len(st):,} {unit} are aid-related; {n_cap:,} name at least one capability.")

# %% [markdown]
# ## Capability × month, per 100 aid-related statements

# %%
cm = A.capability_month(st, top=top_n, min_n=min_aid)
h.save_table(cm, "04_capability_month")
if A.enough(cm, min_months=2) and cm["count"].sum() > 0 and cm.dropna(subset=["per_100"])["month"].nunique() >= 2:
    tot = cm.groupby("capability")["count"].sum().sort_values(ascending=False)
    pk = cm.loc[cm["per_100"].idxmax()]
    C.heatmap_chart(cm, index="capability", columns="month", values="per_100", month_columns=True,
                    name="04_capability_month",
                    title=f"'{tot.index[0]}' is named most often; the peak is '{pk['capability']}' in "
                          f"{pk['month']:%B %Y} ({pk['per_100']:.0f} per 100 aid-related statements)",
                    cbar_label="statements naming it per 100 aid-related statements",
                    xlabel="month of publication", ylabel="capability (taxonomy category)",
                    caption=h.caption(SOURCE, int(cm.drop_duplicates("month")["n_aid"].sum()),
                                      f"aid-related {unit}", f"Top {top_n} capabilities. Grey: fewer than {min_aid} "
                                      "aid-related statements that month (no rate; counts in 04_capability_month.csv)."))
else:
    h.too_little(f"the capability × month heatmap (needs two or more months with at least {min_aid} aid-related "
                 "statements naming capabilities)")
h.show_notes(cm)

# %% [markdown]
# ## What donors pledge vs what Ukraine asks for
# Donors: speakers from a government in the Kiel tracker, the EU, NATO, G7, IMF or World Bank
# (`pledgewatch.analysis.DONORS`), in pledge and delivery statements. Ukraine: Ukrainian speakers' appeals.

# %%
pva = A.pledges_vs_appeals(st, top=top_n)
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
    C.paired_bars_chart(pva, name="04_pledges_vs_appeals",
                        title=("Beyond weapons in general, d" if ranked is specific else "D")
                        + f"onors' pledges name {d_top['capability']} most ({d_top['per_100']:.0f} per 100); "
                          f"Ukraine's appeals name {u_top['capability']} most ({u_top['per_100']:.0f} per 100)",
                        caption=h.caption(SOURCE, int(pva.groupby("group")["n"].first().sum()), unit,
                                          "Whiskers: Wilson 95% intervals."))
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
cc = A.capabilities_by_country(st, top_countries=top_countries, top_caps=top_n)
h.save_table(cc, "04_capabilities_by_country")
if len(cc) and cc["speaker_country"].nunique() >= 2:
    top = cc.loc[cc["count"].idxmax()]
    cc_lab = cc.assign(country=cc["speaker_country"] + "\n(n = " + cc["n_aid"].astype(str) + ")")
    C.heatmap_chart(cc_lab, index="capability", columns="country", values="per_100", annotate=True,
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
else:
    h.too_little("capabilities by speaker country")
h.show_notes(cc)


# %% [markdown]
# ## Corrected estimates
# The machine's pledge and appeal shares corrected with a hand-coded random sample (prediction-powered inference,
# 95% intervals; docs/VALIDATION.md). `validation`: a coding_dev-style folder or a `pledgewatch sample` folder
# with its coded sheet; default `../shared/eval/coding_dev` when present.

# %%
validation = globals().get("validation")  # a papermill parameter where given (None: coding_dev)
h.corrected_estimates(st, tables["statements"], validation, name="04_corrected_shares", source=SOURCE, population=unit)
