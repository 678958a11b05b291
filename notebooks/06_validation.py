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
# # 06 · Validation: extraction quality and pledges against actual commitments
# 1. Extraction quality on the gold sets in `../shared/eval` (`pledgewatch.evaluation.gold.score_all()`, the numbers of
#    `score.py`), with the error analysis.
# 2. Pledge statements by month against the Kiel Institute Ukraine Support Tracker's monthly commitments, with the
#    correlation at several lags, and by donor country.
# 3. Coding quality on a hand-coded random sample (`validation`: `../shared/eval/coding_dev` by default, or a
#    `pledgewatch sample` folder with its coded sheet) and the pledge and appeal shares corrected with it
#    (prediction-powered inference, 95% intervals); docs/VALIDATION.md.
#
# **Inputs:** `statements.parquet`, `articles.parquet` in `processed`; `../shared/eval` (gold sets, optional);
# the Kiel tracker folder (`kiel_path`, default `../shared/reference/kiel_ukraine_support_tracker/`); a hand-coded
# sample (`validation`, optional).
# **Outputs:** figures `06_*.png` / `.svg` in `figures_dir`; tables `06_*.csv` in `tables_dir` (default: `processed`).

# %% tags=["parameters"]
processed = None  # folder of the pipeline's tables (None: data/processed/)
figures_dir = None  # None: reports/figures/
tables_dir = None  # None: the processed folder
official_only = True  # only statements by officials (speaker_is_official)
corpus_label = "the sample corpus"
run_eval = True  # score the gold sets (needs ../shared/eval)
eval_sets = None  # None: every set score_all() knows
kiel_path = None  # folder with the Kiel tracker CSVs (None: ../shared/reference/kiel_ukraine_support_tracker/)
lags = [-3, -2, -1, 0, 1, 2, 3]  # months
min_n = 5
validation = None  # hand-coded sample: coding_dev-style folder or `pledgewatch sample` folder (None: coding_dev)

# %%
import helpers as h

paths, tables, st, pop, unit, SOURCE = h.open_analysis(processed, figures_dir, tables_dir,
                                                       official_only=official_only, corpus_label=corpus_label)
h.show_notes(tables["statements"], st)

# %% [markdown]
# ## 1 · Extraction quality on the gold sets

# %%
scores = errors = None
if not run_eval:
    h.note("run_eval is False: gold-set scoring skipped.")
elif not (h.SHARED / "eval").is_dir():
    h.note(f"{h.SHARED / 'eval'} is absent (the gold sets are not distributed with the project): "
           "no gold-set scores.", "warning")
else:
    try:
        scores, errors = h.score_gold_sets(eval_sets)
    except Exception as exc:  # report, do not hide: the rest of the notebook still runs
        h.note(f"score_all() failed: {type(exc).__name__}: {exc}", "warning")

# %%
METRICS = ["statements_f1_03", "statements_f1_08", "speaker_acc", "cue_acc", "pledge_f1", "appeal_f1",
           "capabilities_f1"]
if scores is not None and len(scores):
    h.save_table(scores, "06_eval_scores")
    h.table(scores.set_index("set").T.rename_axis(index="metric", columns=None).reset_index(), max_rows=40,
            caption="Scores per gold set (score.py): one column per set")
    best = scores.set_index("set")["statements_f1_03"].astype(float) if "statements_f1_03" in scores else None
    title = (f"Statement F1@0.3 ranges from {best.min():.2f} ({best.idxmin()}) to {best.max():.2f} ({best.idxmax()})"
             if best is not None and best.notna().any() else "Extraction scores per gold set")
    h.metric_bars_chart(scores, metrics=METRICS, name="06_eval_scores", title=title,
                        caption=h.caption("../shared/eval gold sets scored with score.py", len(scores), "gold sets"))
if errors is not None and len(errors):
    h.save_table(errors, "06_eval_errors")
    kinds = errors.groupby(["set", "kind"]).size().unstack(fill_value=0)
    kinds.columns.name = None
    h.table(kinds.reset_index(), caption="Errors by set and kind")
    cols = [c for c in ("set", "kind", "text", "gold_speaker", "pred_speaker", "sentence") if c in errors.columns]
    h.table(errors.sample(min(15, len(errors)), random_state=0)[cols], max_rows=15, max_chars=160,
            caption="A random sample of errors (text escaped)")

# %% [markdown]
# ## 2 · Pledges against the Kiel Ukraine Support Tracker

# %%
kiel = h.load_kiel_monthly(kiel_path)
release = h.kiel_release(kiel_path)
donors = h.among(st, "donor")  # only donor-side officials can pledge aid to Ukraine
monthly = h.monthly_share(donors, ("pledge",), min_n=min_n, articles=tables["articles"])
h.show_notes(kiel)
if len(kiel) and h.enough(monthly, min_rows=2) and monthly["k"].sum() > 0:
    lo, hi = monthly["month"].min(), monthly["month"].max()
    joined = monthly.merge(kiel, on="month", how="left")
    h.save_table(joined, "06_pledges_vs_kiel_monthly")
    corr = h.lag_table(monthly, kiel, lags=lags)
    h.save_table(corr, "06_lag_correlations")
    h.kiel_chart(monthly, kiel, name="06_pledges_vs_kiel",
                 title=f"Pledge statements by donor-side officials and Kiel commitments, {lo:%b %Y} to {hi:%b %Y}",
                 caption=h.caption(f"{SOURCE}; {release}", int(monthly["k"].sum()), "pledges by donor-side officials",
                                   "Kiel: commitments by all donors, EUR bn per month. Hatched: months without "
                                   "any article in the corpus (a gap, not zero pledges); grey: months without "
                                   "statements of donor-side officials."))
    c0 = corr[(corr["pledge_series"] == "share") & (corr["kiel_series"] == "total")] if len(corr) else corr
    if len(c0) and c0["spearman_rho"].notna().any():
        prim = c0[c0["primary"]].iloc[0]
        n_sig = int((corr["spearman_p_holm"] < 0.05).sum() + (corr["pearson_p_holm"] < 0.05).sum())
        n_tests = int(corr["spearman_p"].notna().sum() + corr["pearson_p"].notna().sum())
        verdict = (f"significant at 5% (p = {prim['spearman_p']:.3f})" if prim["spearman_p"] < 0.05 else
                   f"not significant at 5% (p = {prim['spearman_p']:.2f})")
        h.lag_chart(c0, name="06_lag_correlations", primary_lag=h.PRIMARY_LAG["lag"],
                    title=f"Primary comparison (same month): Spearman ρ = {prim['spearman_rho']:.2f}, {verdict}, "
                          f"{int(prim['n_months'])} months; {n_sig} of {n_tests} lag correlations "
                          f"{'survives' if n_sig == 1 else 'survive'} Holm correction",
                    caption=h.caption(f"{SOURCE}; {release}", int(c0["n_months"].max()), "months",
                                      "Pledge share of donor-side officials' statements vs Kiel total commitments. "
                                      "The primary comparison (lag 0, Spearman), named before looking, is tested at "
                                      "5%; the other lags are exploratory: * marks a Holm-adjusted p < 0.05 over all "
                                      f"{n_tests} correlations computed (lags x count/share x total/military, "
                                      "Pearson and Spearman)."))
    else:
        h.too_little("correlations (fewer than 6 months overlap between the corpus and the tracker)")
    h.table(corr, max_rows=60, caption="Correlation by lag, pledge series (count k or share) and Kiel series, with "
                                       "Holm-adjusted p-values over the whole table; primary = the comparison named "
                                       "in advance")
    h.drilldown(st[st["speech_act"] == "pledge"], "The pledge statements behind this chart", tables["articles"])
else:
    h.too_little("the comparison with the Kiel tracker (needs the tracker data and pledges dated in two or more "
                 "months)")

# %%
kc = h.load_kiel_by_country(kiel_path)
byc = h.pledges_vs_kiel_by_country(donors, kc)
if len(byc):  # shares of countries quoted fewer than min_n times are noise: left out, listed in the table
    byc = byc.assign(pledge_share=byc["pledges"] / byc["statements"])
    few = byc[byc["statements"] < min_n]
    byc = byc[byc["statements"] >= min_n]
    if len(few):
        h.note(f"{len(few)} donor countries with fewer than {min_n} statements left out: "
               + ", ".join(few["country"]))
h.save_table(byc, "06_pledges_vs_kiel_by_country")
if len(byc) >= 3:
    share_corr = h.spearman(byc["pledge_share"], byc["kiel_eur_bn"])
    volume_corr = h.spearman(byc["statements"], byc["kiel_eur_bn"])
    h.scatter_chart(byc[byc["kiel_eur_bn"] > 0], x="kiel_eur_bn", y="pledge_share", label="country", logx=True,
                    name="06_pledges_vs_kiel_by_country",
                    title=(f"By country, the pledge share {'rises' if share_corr['rho'] > 0 else 'falls'} with "
                           "money committed" if share_corr["p"] < 0.05 else
                           "By country, the pledge share does not track money committed at the 5% level")
                          + f" (Spearman ρ = {share_corr['rho']:.2f}, p = {share_corr['p']:.2f}, {len(byc)} "
                            "countries; exploratory)",
                    xlabel="Kiel commitments over the corpus months (EUR bn, log scale)",
                    ylabel="pledges (share of the country's statements)",
                    caption=h.caption(f"{SOURCE}; {release}", int(byc["statements"].sum()),
                                      "statements by donor-side officials",
                                      "The pledge share, not the pledge count: counts mostly track how often a "
                                      f"country is quoted (statements vs commitments: ρ = {volume_corr['rho']:.2f}). "
                                      f"Countries with ≥ {min_n} statements. "
                                      "Exploratory, one test among many. Points whose label would overlap are left "
                                      "unlabelled (all in the table below)."))
    h.table(byc, max_rows=40, caption="Pledge statements of donor-side officials and Kiel commitments by country")
    h.drilldown(donors[donors["speech_act"] == "pledge"], "The donors' pledge statements", tables["articles"])
else:
    h.too_little("pledges against commitments by country (fewer than three donor countries matched)")

# %% [markdown]
# ## 3 · Coding quality on a hand-coded sample, and corrected estimates
# A random sample of statements coded by hand tells how often the machine's speech act is right, and, since
# each coded statement's chance of being drawn is known, how far off the machine's counts are for the corpus.
# The corrected share is the machine's share plus the machine's average error on the coded sample, weighted by
# 1 / inclusion probability (prediction-powered inference; docs/VALIDATION.md).

# %%
coded = h.coding_quality(tables["statements"], validation, name="06_coding_agreement")

# %%
corrected = h.corrected_estimates(st, tables["statements"], validation, name="06_corrected_shares", source=SOURCE,
                                  population=unit)
if corrected is not None:
    h.table(corrected.round(4), max_rows=20, caption="Machine and corrected shares, overall and per year")
if coded is not None:
    h.drilldown(h.coded_disagreements(coded, tables["statements"], "pledge"),
                "Coded statements where the machine and the coders disagree about a pledge", tables["articles"],
                max_rows=None)

# %% [markdown]
# ## Caveats
# - **Different things are measured.** The tracker records *commitments* (government decisions, EUR) by the month
#   they were announced; the corpus records what outlets chose to *quote*. News attention, outlet mix and the
#   number of articles per month drive pledge counts as much as policy does; the share of pledges among
#   statements corrects for volume, not for selection.
# - **Few months.** A few dozen monthly points give wide confidence intervals. One comparison is primary, named in
#   advance (pledge share against total commitments in the same month, Spearman); the other lags and series are
#   exploratory, with Holm-adjusted p-values over all of them. Read the lag pattern, not one p-value.
# - **Extraction error** (section 1) propagates: missed or mis-typed pledges bias the series, and not uniformly
#   over time if wording changes.
# - **Coverage.** The corpus ends in mid-2024 while the tracker continues; only overlapping months are compared.
# - **Corrected estimates** are only as good as the coded sample: its items must be a random draw from the same
#   statements (coding_dev was drawn from an earlier extractor's output; items are matched to this run's statements
#   by their words, and the few that match nothing are left out). Years with few coded statements get wide intervals.
