"""pledgewatch.drilldown and pledgewatch.explorer without a browser: escaping, links, the inline script and its
CSP hash, the JSON data block. The browser test (test_report_browser.py) checks that the tables render and search."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import pandas as pd

from pledgewatch import drilldown, explorer
from pledgewatch.report import CSP

SCRIPT = "<script>window.__pwned=1</script>"


def statements():
    return pd.DataFrame([
        {"statement_id": "a", "article_id": "x1", "published": "2023-01-20", "speaker_name": "Boris Pistorius",
         "speaker_country": "Germany", "speech_act": "pledge", "capabilities": ["tanks", "ammunition"],
         "cue": "said", "text": f"we will deliver Leopard tanks {SCRIPT}", "speaker_is_official": True},
        {"statement_id": "b", "article_id": "x2", "published": "2022-06-01", "speaker_name": "Dmytro Kuleba",
         "speaker_country": "Ukraine", "speech_act": "appeal", "capabilities": ["artillery"],
         "cue": "urged", "text": "partners to speed up deliveries of howitzers", "speaker_is_official": True},
        {"statement_id": "c", "article_id": "x3", "published": None, "speaker_name": "Dmitry Peskov",
         "speaker_country": "Russia", "speech_act": "warning", "capabilities": [],
         "cue": "warned", "text": "the deliveries would <b>escalate</b> the conflict", "speaker_is_official": True},
    ])


def articles():
    return pd.DataFrame([
        {"article_id": "x1", "title": "Berlin <img src=x onerror=alert(1)> sends tanks",
         "url": "https://example.org/a?x=1&y=2"},
        {"article_id": "x2", "title": "Kuleba presses allies", "url": "javascript:alert(1)"},
        {"article_id": "x3", "title": "Kremlin warns", "url": None},
    ])


def test_table_escapes_article_text_and_links_only_web_addresses():
    out = drilldown.table_html(statements(), "Pledges <b>now</b>", articles=articles())
    assert SCRIPT not in out and "<b>escalate</b>" not in out and "<img src=x" not in out
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in out and "&lt;b&gt;escalate&lt;/b&gt;" in out
    assert "Pledges &lt;b&gt;now&lt;/b&gt;: 3 statements" in out
    assert 'href="https://example.org/a?x=1&amp;y=2"' in out
    assert "javascript:" not in out
    rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td>", out)
    assert rows[0] == ("2023-01-20", "Boris Pistorius", "Germany", "donor", "pledge", "tanks, ammunition")
    assert rows[1][2:4] == ("Ukraine", "recipient") and rows[2][0:4] == ("", "Dmitry Peskov", "Russia", "adversary")
    assert '<details class="pw-drill">' in out  # collapsed
    assert '<span class="pw-cue">urged:</span> partners to speed up' in out


def test_long_tables_are_sampled_and_say_so():
    many = pd.concat([statements()] * 100, ignore_index=True)
    out = drilldown.table_html(many, "All", max_rows=50)
    assert out.count("<tr><td>") == 50
    assert "a random 50 of 300 statements" in out
    assert drilldown.table_html(many, "All", max_rows=None).count("<tr><td>") == 300


def test_the_inline_script_is_allowed_by_its_hash_and_nothing_else():
    text = drilldown.script()
    assert not re.search(r"<script|</script|<!--", text, re.I)
    digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
    assert drilldown.script_hash() == f"'sha256-{digest}'"
    page = f"<html><head></head><body>{drilldown.table_html(statements())}</body></html>"
    out, csp = drilldown.enable(page, CSP)
    assert f"script-src {drilldown.script_hash()}" in csp and "script-src 'none'" not in csp
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert out.count("<script>") == 1 and out.index("<script>") > out.index("</table>")
    assert f"<script>{text}</script>" in out
    # a page without tables keeps script-src 'none'
    plain = "<html><body><p>no tables</p></body></html>"
    assert drilldown.enable(plain, CSP) == (plain, CSP)
    full = drilldown.enable_page(f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' + page, CSP)
    assert f'content="{csp}"' in full


def test_explorer_data_block_cannot_be_closed_by_article_text():
    rows = [["2023-01-01", "</script><script>window.__pwned=1</script>", "", "", "", "", ["said", "a & b <!--"],
             "", ""]]
    block = explorer.json_block(rows, "pw-data")
    inner = block[len('<script type="application/json" id="pw-data">'):-len("</script>")]
    assert "<" not in inner and ">" not in inner and "&" not in inner
    assert json.loads(inner) == rows


def test_explorer_page_holds_every_statement_with_filters():
    page = explorer.explorer_html(statements(), articles(), label="a test corpus")
    assert "3 statements from 3 articles of a test corpus" in page
    for f in ('data-pw-filter="month"', 'data-pw-filter="exact">speaker', 'data-pw-filter="exact">act',
              'data-pw-filter="list">capabilities', 'data-pw-render="statement"', 'data-pw-render="link"'):
        assert f in page
    data = json.loads(re.search(r'<script type="application/json" id="pw-data">(.*?)</script>', page, re.S).group(1))
    assert [r[0] for r in data] == ["2023-01-20", "2022-06-01", ""]  # newest first, undated last
    assert data[0][6] == ["said", f"we will deliver Leopard tanks {SCRIPT}"]  # escaped by the script when shown
    assert data[1][8] == "" and data[0][8].startswith("https://")  # javascript: dropped
    assert SCRIPT not in page.replace(json.dumps(data[0][6][1])[1:-1], "")
    assert f"script-src {drilldown.script_hash()}" in page


def test_a_colon_cue_is_not_doubled():
    st = statements().assign(cue=[":", "according to", ""])
    out = drilldown.table_html(st)
    assert '<span class="pw-cue">:</span> we will deliver' in out
    assert '<span class="pw-cue">according to:</span> partners' in out
    assert '<td class="pw-text">the deliveries would' in out
