"""pledgewatch.sampling (the stratified draw and the coding sheets) and pledgewatch.agreement (machine against coder,
coder against coder), on a small statements table built from real-looking news text, and on a slice of the shared
corpus (skipped where ../shared is absent)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import numpy as np
import pandas as pd
import pytest

from pledgewatch import sample_sheets, sampling
from pledgewatch.evaluation import agreement

SENTENCES = {  # (speech act, aid_related, capabilities, official): statement texts from different articles
    "pledge": (True, ["air_defence"], True, [
        "Germany will send two more Patriot systems to Ukraine", "we will stand by Kyiv as long as it takes",
        "the UK would give Kyiv a few anti-aircraft vehicles"]),
    "appeal": (True, ["weapons_general"], True, [
        "we need more weapons and we need them now", "allies must speed up deliveries of arms to Ukraine",
        "Kuleba pressed NATO partners for more weapons"]),
    "assessment": (False, [], False, [
        "the situation in the east is extremely difficult", "Russia is likely to run short of artillery crews",
        "the offensive has stalled for now"]),
    "other": (False, [], False, [
        "five civilians were killed in the shelling of Kharkiv", "talks will resume in Istanbul next week",
        "the minister met his counterpart on Tuesday"]),
    "warning": (False, [], True, [
        "Putin will not stop at Ukraine", "Moscow would respond to any attack on Crimea",
        "the Kremlin will pay a severe price for this aggression"]),
}


def make_tables(n_per_act=(60, 30, 120, 150, 40)) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A statements table and its articles: each statement is one sentence of a three-paragraph article."""
    rows, arts = [], []
    k = 0
    for (act, (aid, caps, off, texts)), n in zip(SENTENCES.items(), n_per_act, strict=False):
        for i in range(n):
            text = texts[i % len(texts)]
            aid_id = f"a{k:04d}"
            body = f"Title {k}\n\nOpening paragraph {k}.\n\n\"{text}\", the minister said.\n\nClosing paragraph {k}."
            start = body.index(text)
            arts.append({"article_id": aid_id, "title": f"Title {k}", "text": body, "outlet": "Daily Example",
                         "url": f"https://example.org/{k}", "published": pd.Timestamp("2022-03-01")
                         + pd.Timedelta(days=k % 300)})
            rows.append({"statement_id": f"st{k:05d}", "article_id": aid_id, "published": arts[-1]["published"],
                         "outlet": "Daily Example", "text": text, "cue": "said", "speaker_name": "Jane Minister",
                         "speaker_role": "Defence Minister", "speaker_country": "Germany",
                         "speaker_is_official": off, "char_start": start, "char_end": start + len(text),
                         "speech_act": act, "aid_related": aid, "capabilities": list(caps)})
            k += 1
    return pd.DataFrame(rows), pd.DataFrame(arts)


@pytest.fixture
def processed(tmp_path):
    st, arts = make_tables()
    d = tmp_path / "processed"
    d.mkdir()
    st.to_parquet(d / "statements.parquet", index=False)
    arts.to_parquet(d / "articles.parquet", index=False)
    return d


# ------------------------------------------------------------------------------------------------------ sampling
def test_allocate_equal_caps_small_strata_and_shares_the_rest():
    sizes = pd.Series({"delivery": 5, "other": 1000, "pledge": 40})
    a = sampling.allocate(sizes, 90, "equal")
    assert a.to_dict() == {"delivery": 5, "other": 45, "pledge": 40}
    p = sampling.allocate(sizes, 90, "proportional")
    assert p.sum() == 90 and p["other"] > p["pledge"] > p["delivery"]
    assert sampling.allocate(sizes, 5000, "equal").to_dict() == sizes.to_dict()  # n above the total: everything


def test_draw_records_stratum_and_inclusion_probability_and_is_reproducible():
    st, _ = make_tables()
    s = sampling.draw(st, 100, ["speech_act"], seed=3)
    assert len(s) == 100 and s["statement_id"].is_unique
    sizes = st["speech_act"].value_counts()
    for act, g in s.groupby("stratum"):
        assert (g["stratum_size"] == sizes[act]).all()
        assert (g["speech_act"] == act).all()
        assert g["inclusion_prob"].iloc[0] == pytest.approx(len(g) / sizes[act])
    assert s["sample_id"].tolist()[:2] == ["s0001", "s0002"]
    again = sampling.draw(st, 100, ["speech_act"], seed=3)
    assert again["statement_id"].tolist() == s["statement_id"].tolist()
    other = sampling.draw(st, 100, ["speech_act"], seed=4)
    assert other["statement_id"].tolist() != s["statement_id"].tolist()
    # without strata: a simple random sample, every statement with the same chance
    srs = sampling.draw(st, 40, None, seed=1)
    assert set(srs["stratum"]) == {"all"} and np.allclose(srs["inclusion_prob"], 40 / len(st))


def test_context_marks_the_statement_between_its_neighbouring_paragraphs():
    text = "Headline\n\nFirst para.\n\nSecond para. \"We will send tanks,\" she said.\n\nThird para.\n\nFourth."
    start = text.index("We will")
    ctx = sampling.context_of(text, start, start + len("We will send tanks"))
    assert ctx == "First para.\n\nSecond para. \"[[We will send tanks]],\" she said.\n\nThird para."


def test_sample_writes_blind_sheets_with_dropdowns_codebook_and_label_studio(processed, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "sample"
    meta = sampling.write_sample(processed, out, 80, strata=["speech_act"], seed=1)
    assert meta["n"] == 80 and sum(c["drawn"] for c in meta["strata_counts"].values()) == 80
    sheet = pd.read_csv(out / "sample.csv", dtype=str, keep_default_na=False)
    assert len(sheet) == 80
    # strata are machine labels: neither the labels nor the stratum are shown to the coder
    assert not [c for c in sheet.columns if c.startswith("machine_") or c in ("stratum", "inclusion_prob")]
    assert {"title", "published", "outlet", "url", "context", "statement"} <= set(sheet.columns)
    assert sheet["context"].str.contains(r"\[\[", regex=True).all()
    design = pd.read_csv(out / "design.csv")
    assert {"stratum", "inclusion_prob", "machine_speech_act"} <= set(design.columns)
    wb = load_workbook(out / "sample.xlsx")
    assert wb.sheetnames[:2] == ["coding", "codebook"]
    ws = wb["coding"]
    header = [c.value for c in ws[1]]
    formulas = {}
    for dv in ws.data_validations.dataValidation:
        for rng in str(dv.sqref).split():
            formulas[header[ws[rng.split(":")[0]].column - 1]] = dv.formula1
    assert formulas["speech_act"].startswith("lists!$A$1:$A$7")
    assert formulas["aid_related"] == formulas["is_statement"] == "lists!$B$1:$B$2"
    assert formulas["capability_1"].startswith("lists!$C$1") and "capability_3" in formulas
    assert [wb["lists"].cell(row=i, column=1).value for i in range(1, 8)] == list(sampling.ACTS)
    book = [r[0].value for r in wb["codebook"].iter_rows(min_row=2)]
    assert {"speech_act", "capabilities", "aid_related"} <= set(book)
    tasks = json.loads((out / "tasks.json").read_text(encoding="utf-8"))
    assert len(tasks) == 80 and tasks[0]["data"]["sample_id"] == "s0001" and "machine_speech_act" not in tasks[0]["data"]
    cfg = ET.fromstring((out / "labeling_config.xml").read_text(encoding="utf-8"))
    names = {c.get("name"): c.get("choice") for c in cfg.iter("Choices")}
    assert names == {"is_statement": "single", "speech_act": "single", "aid_related": "single",
                     "capabilities": "multiple", "speaker_is_official": "single"}
    shown = tmp_path / "shown"
    sampling.write_sample(processed, shown, 80, strata=["speech_act"], seed=1, show_predictions=True)
    sheet2 = pd.read_csv(shown / "sample.csv", dtype=str, keep_default_na=False)
    assert (sheet2["machine_speech_act"] == sheet2["stratum"]).all()
    assert sheet2["sample_id"].tolist() == sheet["sample_id"].tolist()


def test_xlsx_keeps_article_text_that_looks_like_a_formula_as_text(tmp_path):
    from openpyxl import load_workbook

    st, arts = make_tables((3, 0, 0, 0, 0))
    st.loc[0, "text"] = "=HYPERLINK(\"http://evil.example\",\"click\")"
    s = sampling.draw(st, 3, None, seed=1)
    sheet = sampling.coding_sheet(s, arts)
    sample_sheets.write_xlsx(sheet, tmp_path / "x.xlsx")
    ws = load_workbook(tmp_path / "x.xlsx")["coding"]
    col = [c.value for c in ws[1]].index("statement") + 1
    cells = [ws.cell(row=r, column=col) for r in range(2, 5)]
    evil = [c for c in cells if str(c.value).startswith("=HYPERLINK")]
    assert evil and evil[0].data_type == "s"


# ------------------------------------------------------------------------------------------------------ agreement
def coded_with_flips(out, flips: dict[str, int]) -> pd.DataFrame:
    """The machine's own labels as a coded sheet, with flips[act] rows of that act recoded: pledge -> assessment,
    appeal -> other; and 10 aid_related labels flipped."""
    design = pd.read_csv(out / "design.csv", dtype=str, keep_default_na=False)
    sheet = pd.read_csv(out / "sample.csv", dtype=str, keep_default_na=False)
    sheet["is_statement"] = "yes"
    m = design.set_index("sample_id").loc[sheet["sample_id"]]
    sheet["speech_act"] = m["machine_speech_act"].to_numpy()
    sheet["aid_related"] = m["machine_aid_related"].to_numpy()
    sheet["speaker_is_official"] = m["machine_speaker_is_official"].to_numpy()
    sheet["capabilities"] = m["machine_capabilities"].to_numpy()
    to = {"pledge": "assessment", "appeal": "other"}
    for act, k in flips.items():
        rows = sheet.index[sheet["speech_act"] == act][:k]
        sheet.loc[rows, "speech_act"] = to[act]
    aid_rows = sheet.index[:10]
    sheet.loc[aid_rows, "aid_related"] = sheet.loc[aid_rows, "aid_related"].map({"yes": "no", "no": "yes"})
    return sheet


def test_agree_reproduces_known_error_rates(processed, tmp_path):
    out = tmp_path / "sample"
    sampling.write_sample(processed, out, 150, strata=["speech_act"], seed=2)
    sheet = coded_with_flips(out, {"pledge": 6, "appeal": 3})
    sheet.to_csv(tmp_path / "coded.csv", index=False)
    res = agreement.agree(out, [tmp_path / "coded.csv"], n_boot=200)
    m = res["machine"]["the coder"]
    n = len(sheet)
    acts = m["speech_act"]
    n_pledge = int((pd.read_csv(out / "design.csv")["machine_speech_act"] == "pledge").sum())
    n_appeal = int((pd.read_csv(out / "design.csv")["machine_speech_act"] == "appeal").sum())
    assert acts["accuracy"] == pytest.approx(round(1 - 9 / n, 4))
    # the machine said pledge n_pledge times; the coder agrees on n_pledge - 6: precision falls, recall stays 1
    assert acts["classes"]["pledge"]["precision"] == pytest.approx(round((n_pledge - 6) / n_pledge, 4))
    assert acts["classes"]["pledge"]["recall"] == 1.0
    assert acts["classes"]["appeal"]["precision"] == pytest.approx(round((n_appeal - 3) / n_appeal, 4))
    # assessment: the coder's 6 extra assessments were coded otherwise by the machine: recall drops
    a = acts["classes"]["assessment"]
    assert a["recall"] == pytest.approx(round(a["predicted"] / (a["predicted"] + 6), 4))
    assert acts["confusion"]["assessment"]["pledge"] == 6 and acts["confusion"]["other"]["appeal"] == 3
    lo, hi = acts["classes"]["pledge"]["precision_ci"]
    assert lo < acts["classes"]["pledge"]["precision"] <= hi
    assert m["aid_related"]["accuracy"] == pytest.approx(round(1 - 10 / n, 4))
    assert m["capabilities"]["exact_match"] == 1.0 and m["speaker_is_official"]["accuracy"] == 1.0
    md = (out / "agreement.md").read_text(encoding="utf-8")
    assert "| pledge |" in md and "Confusion matrix" in md
    assert json.loads((out / "agreement.json").read_text())["machine"]["the coder"]["speech_act"]["n"] == n


def test_agree_reads_xlsx_and_label_studio_exports_alike(processed, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "sample"
    sampling.write_sample(processed, out, 60, strata=["speech_act"], seed=5)
    sheet = coded_with_flips(out, {"pledge": 2})
    ref = agreement.read_coded(_csv(sheet, tmp_path), agreement.load_design(out))
    # the xlsx sheet, filled in cell by cell as a coder would (capabilities in the capability_N drop-downs)
    wb = load_workbook(out / "sample.xlsx")
    ws = wb["coding"]
    header = [c.value for c in ws[1]]
    for i, r in sheet.iterrows():
        for f in ("is_statement", "speech_act", "aid_related", "speaker_is_official"):
            ws.cell(row=i + 2, column=header.index(f) + 1, value=r[f])
        for j, cap in enumerate([c for c in r["capabilities"].split(";") if c], start=1):
            ws.cell(row=i + 2, column=header.index(f"capability_{j}") + 1, value=cap)
    wb.save(tmp_path / "coded.xlsx")
    pd.testing.assert_frame_equal(agreement.read_coded(tmp_path / "coded.xlsx", agreement.load_design(out)), ref)
    # a Label Studio full export of the tasks
    tasks = json.loads((out / "tasks.json").read_text(encoding="utf-8"))
    by_id = sheet.set_index("sample_id")
    for t in tasks:
        r = by_id.loc[t["data"]["sample_id"]]
        result = [{"from_name": f, "to_name": "statement", "type": "choices", "value": {"choices": [r[f]]}}
                  for f in ("is_statement", "speech_act", "aid_related", "speaker_is_official")]
        caps = [c for c in r["capabilities"].split(";") if c]
        if caps:
            result.append({"from_name": "capabilities", "type": "choices", "value": {"choices": caps}})
        t["annotations"] = [{"id": 1, "result": result, "was_cancelled": False}]
    (tmp_path / "export.json").write_text(json.dumps(tasks), encoding="utf-8")
    pd.testing.assert_frame_equal(agreement.read_coded(tmp_path / "export.json", agreement.load_design(out)), ref)


def _csv(sheet, tmp_path, name="coded.csv"):
    sheet.to_csv(tmp_path / name, index=False)
    return tmp_path / name


@pytest.mark.parametrize("damage, message", [
    (lambda s: s.drop(index=7), "missing, first: sample_id s0008"),
    (lambda s: s.assign(speech_act=s["speech_act"].where(s.index != 4, "pledged")),
     "row 6 (sample_id s0005): speech_act 'pledged' is not one of"),
    (lambda s: s.assign(statement_id=s["statement_id"].where(s.index != 2, "st99999")),
     "row 4 (sample_id s0003): statement_id 'st99999' differs from the sample's"),
    (lambda s: s.assign(sample_id=s["sample_id"].where(s.index != 9, "s9999")),
     "row 11 (sample_id s9999): sample_id 's9999' is not in the sample"),
    (lambda s: s.assign(capabilities=s["capabilities"].where(s.index != 0, "tanks;lasers")),
     "row 2 (sample_id s0001): capability 'lasers' is not in the codebook"),
    (lambda s: s.assign(aid_related=s["aid_related"].where(s.index != 1, "maybe")),
     "row 3 (sample_id s0002): aid_related 'maybe' is not one of yes, no"),
    (lambda s: s.assign(speech_act=s["speech_act"].where(s.index != 3, "")),
     "row 5 (sample_id s0004): speech_act is empty"),
])
def test_a_damaged_sheet_gets_an_error_naming_the_row(processed, tmp_path, damage, message):
    out = tmp_path / "sample"
    sampling.write_sample(processed, out, 30, strata=["speech_act"], seed=1)
    sheet = damage(coded_with_flips(out, {}))
    with pytest.raises(agreement.CodedSheetError, match=message.replace("(", r"\(").replace(")", r"\)")):
        agreement.read_coded(_csv(sheet, tmp_path), agreement.load_design(out))


def test_not_a_statement_rows_need_no_speech_act_and_are_left_out(processed, tmp_path):
    out = tmp_path / "sample"
    sampling.write_sample(processed, out, 40, strata=["speech_act"], seed=1)
    sheet = coded_with_flips(out, {})
    sheet.loc[:4, "is_statement"] = "no"
    sheet.loc[:4, "speech_act"] = ""
    res = agreement.agree(out, [_csv(sheet, tmp_path)], n_boot=50)["machine"]["the coder"]
    assert res["is_statement"]["not_statements"] == 5 and res["speech_act"]["n"] == len(sheet) - 5


def test_krippendorff_alpha_matches_the_published_example():
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", binary data, two observers: alpha = 0.095
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert agreement.krippendorff_alpha([[x, y] for x, y in zip(a, b, strict=False)]) == pytest.approx(0.0952, abs=1e-4)
    assert agreement.krippendorff_alpha([["pledge", "pledge"], ["appeal", "appeal"], ["other", None]]) == 1.0
    # chance-level coding is near zero
    rng = np.random.default_rng(0)
    x, y = rng.integers(0, 3, 2000), rng.integers(0, 3, 2000)
    assert abs(agreement.krippendorff_alpha([[i, j] for i, j in zip(x, y, strict=False)])) < 0.05


def test_two_coders_get_alpha_and_the_cli_reports_errors(processed, tmp_path, capsys):
    from pledgewatch.cli import main

    out = tmp_path / "sample"
    assert main(["sample", "--processed", str(processed), "--n", "60", "--strata", "speech_act",
                 "--out", str(out)]) == 0
    one = coded_with_flips(out, {"pledge": 3})
    two = coded_with_flips(out, {"appeal": 3})
    assert main(["agree", "--sample", str(out), "--coded", str(_csv(one, tmp_path, "a.csv")),
                 "--coded", str(_csv(two, tmp_path, "b.csv"))]) == 0
    res = json.loads((out / "agreement.json").read_text())
    units = [[x, y] for x, y in zip(one["speech_act"], two["speech_act"], strict=False)]
    assert res["coders"]["speech_act"] == pytest.approx(round(agreement.krippendorff_alpha(units), 4))
    assert 0.7 < res["coders"]["speech_act"] < 1 and res["coders"]["capabilities_mean"] == 1.0
    assert set(res["machine"]) == {"coder 1", "coder 2"}
    assert "between coders" in capsys.readouterr().out
    bad = one.drop(index=0)
    assert main(["agree", "--sample", str(out), "--coded", str(_csv(bad, tmp_path, "bad.csv"))]) == 2
    assert "missing, first: sample_id s0001" in capsys.readouterr().err


@pytest.mark.slow
def test_sample_then_agree_on_the_shared_corpus(shared, tmp_path):
    """On a slice of the shared corpus processed by the pipeline: a coded sheet with known flips gives back exactly
    those error rates."""
    from pledgewatch.pipeline import run

    raw = tmp_path / "raw"
    raw.mkdir()
    g = pd.read_csv(shared / "corpus" / "ukraine_news" / "guardian_2022.csv").head(25)
    g.to_csv(raw / "guardian.csv", index=False)
    run(raw, tmp_path / "processed", progress=False, cache=tmp_path / "cache")
    out = tmp_path / "sample"
    meta = sampling.write_sample(tmp_path / "processed", out, 120, strata=["speech_act"], seed=1)
    assert meta["n"] == 120
    design = pd.read_csv(out / "design.csv")
    pledges = design[design["machine_speech_act"] == "pledge"]
    n_pledge = len(pledges)
    assert n_pledge >= 3, "the slice holds enough pledges for two flips and a precision below 1"
    assert (pledges["stratum_n"] == pledges["stratum_size"]).all(), "equal allocation draws every rare act it can"
    sheet = coded_with_flips(out, {"pledge": 2})
    res = agreement.agree(out, [_csv(sheet, tmp_path)], n_boot=100)["machine"]["the coder"]
    assert res["speech_act"]["accuracy"] == pytest.approx(round(1 - 2 / 120, 4))
    assert res["speech_act"]["classes"]["pledge"]["precision"] == pytest.approx(round((n_pledge - 2) / n_pledge, 4))
    assert res["aid_related"]["accuracy"] == pytest.approx(round(1 - 10 / 120, 4))
    sheet_text = pd.read_csv(out / "sample.csv", dtype=str, keep_default_na=False)
    assert (sheet_text["title"] != "").all() and sheet_text["context"].str.contains(r"\[\[").all()


def test_a_coded_sample_folder_corrects_the_machine_share_by_its_known_flips(processed, tmp_path):
    """sample -> coded sheet with 6 machine pledges recoded -> corrected share: the weighted rectifier removes
    exactly 6 x (pledges in the corpus / pledges drawn) pledges from the machine's count."""
    from pledgewatch import correction

    out = tmp_path / "sample"
    sampling.write_sample(processed, out, 100, strata=["speech_act"], seed=4)
    coded_with_flips(out, {"pledge": 6}).to_csv(out / "coded.csv", index=False)
    st = pd.read_parquet(processed / "statements.parquet")
    v = correction.load_validation(out, st)
    assert len(v.coded) == 100 and v.n_unmatched == 0
    t = correction.corrected_shares(st, v, ("pledge",))
    row = t[t["domain"] == "all"].iloc[0]
    design = pd.read_csv(out / "design.csv")
    n_drawn = int((design["stratum"] == "pledge").sum())
    N_p, N = int((st["speech_act"] == "pledge").sum()), len(st)
    assert row["machine"] == pytest.approx(N_p / N)
    assert row["corrected"] == pytest.approx((N_p - 6 * N_p / n_drawn) / N)
    assert row["lo"] < row["corrected"] < row["hi"]
    # the sheet itself as the path gives the same
    v2 = correction.load_validation(out / "coded.csv", st)
    pd.testing.assert_frame_equal(v.coded, v2.coded)


def test_the_frame_leaves_out_later_copies_of_a_statement_as_the_charts_do(tmp_path):
    """A live blog repeats a quote: its later copies (is_repeat) are not drawn, so a repeated statement cannot be
    coded twice and the inclusion probabilities refer to the statements the charts count; --include-repeats keeps
    them."""
    st, arts = make_tables((20, 10, 10, 10, 10))
    st["is_repeat"] = [i % 4 == 3 for i in range(len(st))]  # every fourth row is a later copy
    d = tmp_path / "processed"
    d.mkdir()
    st.to_parquet(d / "statements.parquet", index=False)
    arts.to_parquet(d / "articles.parquet", index=False)
    first = int((~st["is_repeat"]).sum())
    meta = sampling.write_sample(d, tmp_path / "s", 1000, seed=1)  # n above the frame: the whole frame is drawn
    design = pd.read_csv(tmp_path / "s" / "design.csv")
    assert meta["n"] == meta["n_statements"] == first == len(design)
    assert meta["n_repeats_left_out"] == len(st) - first
    repeats = set(st.loc[st["is_repeat"], "statement_id"])
    assert not repeats & set(design["statement_id"])
    assert (design["inclusion_prob"] == 1.0).all()
    meta_all = sampling.write_sample(d, tmp_path / "all", 1000, seed=1, include_repeats=True)
    assert meta_all["n"] == len(st) and meta_all["n_repeats_left_out"] == 0
    older = st.drop(columns="is_repeat")  # an older run without the column: every row is in the frame
    assert len(sampling.sampling_frame(older)) == len(st)
