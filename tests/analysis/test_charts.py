"""Charts: every chart function draws from a tidy table, saves PNG + SVG with its title, and the text helpers
escape markup."""

from __future__ import annotations

import pandas as pd
import pytest
from PIL import Image
from test_analysis import synthetic_statements

from pledgewatch import analysis as A
from pledgewatch import charts as C


@pytest.fixture(scope="module")
def st():
    return A.prepare(synthetic_statements(900), official_only=False)


@pytest.fixture()
def figs(tmp_path):
    C.setup(tmp_path / "figures", tmp_path / "tables")
    return tmp_path / "figures"


def _check(paths, title):
    assert paths["png"].stat().st_size > 5000 and paths["svg"].stat().st_size > 5000
    with Image.open(paths["png"]) as im:
        assert im.width > 600 and im.text.get("Title") == title


def test_timeline_charts_with_events(st, figs):
    ev = A.load_events()
    t = A.monthly_share(st)
    _check(C.monthly_share_chart(t, name="m", title="T1 $40bn", caption="c", events=ev), "T1 $40bn")
    _check(C.specificity_chart(A.specificity_monthly(st), name="s", title="T2", caption="c", events=ev), "T2")
    _check(C.index_chart(A.commitment_index(st, n_boot=100), name="i", title="T3", caption="c", events=ev), "T3")
    _check(C.frame_chart(A.frame_shares(st), name="f", title="T4", caption="c", events=ev), "T4")


def test_other_charts(st, figs):
    _check(C.share_by_chart(A.share_by(st, "speaker_country"), "speaker_country", name="b", title="T", caption="c",
                            xlabel="%"), "T")
    _check(C.heatmap_chart(A.capability_month(st), index="capability", columns="month", values="per_100",
                           month_columns=True, name="h", title="T", caption="c", cbar_label="per 100", xlabel="m",
                           ylabel="c"), "T")
    _check(C.paired_bars_chart(A.pledges_vs_appeals(st), name="p", title="T", caption="c"), "T")
    donors, ukr = st[st["side"] == "donor"], st[st["side"] == "recipient"]
    _check(C.fightin_words_chart(A.fightin_words(donors["text"], ukr["text"]), label_a="donors", label_b="Ukraine",
                                 name="fw", title="T", caption="c"), "T")
    months = pd.date_range("2022-01-01", periods=12, freq="MS")
    kiel = pd.DataFrame({"month": months, "total": range(12), "military": range(12)})
    _check(C.kiel_chart(A.monthly_share(st), kiel, name="k", title="T", caption="c"), "T")
    lags = A.lag_correlations(pd.DataFrame({"month": months, "k": [1, 3, 2, 5, 4, 6, 8, 7, 9, 9, 10, 12]}), kiel)
    _check(C.lag_chart(lags, name="l", title="T", caption="c"), "T")


def test_table_escapes_markup(capsys):
    C.table(pd.DataFrame({"text": ['<script>window.__pwned=1</script> <img src=x onerror="x()">']}))
    out = capsys.readouterr().out  # outside IPython the table prints as text
    assert "window.__pwned" in out


def test_table_html_is_escaped(monkeypatch):
    shown = []
    monkeypatch.setattr(C.output, "_display_html", shown.append)  # where note() and table() look it up
    C.table(pd.DataFrame({"text": ['<script>window.__pwned=1</script>', '<img src=x onerror="x()">']}))
    C.note('<img src=x onerror="x()">')
    html = "".join(shown)
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=" in html


def test_save_table_writes_tidy_csv(tmp_path):
    p = C.save_table(pd.DataFrame({"month": pd.to_datetime([]), "n": []}), "empty", tmp_path)
    assert p.read_text().strip() == "month,n"
    p = C.save_table(pd.DataFrame({"a": [1], "caps": [["x", "y"]]}), "one", tmp_path)
    assert pd.read_csv(p).loc[0, "caps"] == "x;y"


def test_events_are_numbered_as_in_the_events_table_and_bars_sit_at_mid_month(st, figs):
    ev = A.load_events()
    later = ev[ev["date"] >= "2023-01-01"]
    inside = C._events_in(ev, pd.Timestamp("2023-01-01"), pd.Timestamp("2023-12-01"))
    # an event keeps its number in the whole table, whatever the chart's time range
    assert inside["number"].tolist() == [int(i) + 1 for i in later.index[later["date"] < "2024-01-01"]]
    assert inside.iloc[0]["label"].startswith("Bradley")
    mid = C.mid_month(pd.Series(pd.to_datetime(["2023-01-01", "2023-02-01"])))
    assert list(mid.dt.day) == [15, 15]
    tank = ev.loc[ev["label"].str.startswith("Tank decision"), "date"].iloc[0]
    assert pd.Timestamp("2023-01-01") < tank < pd.Timestamp("2023-02-01")  # inside January's bar, not after it


def test_coverage_chart_and_lag_chart(figs):
    arts = pd.DataFrame({"article_id": list("abcd"), "source": ["g.csv:row 1", "g.csv:row 2", "x.jsonl:line 1",
                                                                "x.jsonl:line 2"],
                         "published": pd.to_datetime(["2022-01-05", "2022-03-02", "2022-03-09", "2022-04-01"])})
    _check(C.coverage_chart(A.articles_per_month(arts), name="cov", title="T", caption="c"), "T")
    t = pd.DataFrame({"lag": [-1, 0, 1], "n_months": 12, "pearson_r": [0.1, 0.5, -0.2], "spearman_rho": [0.2, 0.4, 0],
                      "spearman_p_holm": [1, 0.01, 1], "pearson_p_holm": [1, 0.2, 1]})
    _check(C.lag_chart(t, name="lag", title="T", caption="c", primary_lag=0), "T")
