"""Drill-down tables: from a chart to the statements it counts, as a collapsed, searchable, sortable table.

`table_html(statements, title=...)` renders the statements as a plain HTML table inside a collapsed `<details>`:
date, speaker, country, side (`pledgewatch.sides.side_of`), act, capabilities, the statement with its cue, the
article's title and link. Every value is escaped with `html.escape`: markup quoted in an article shows as text.
Without scripts it is a readable static table (in JupyterLab, and in any viewer).

In the HTML reports, `enable(page_html, csp)` makes every such table searchable and sortable with DataTables from
`itables`' offline bundle (`itables/html/dt_bundle.js`, MIT: DataTables + jQuery, nothing from the network). The
bundle and our few lines that attach it to `table.pw-dt` are one inline script of fixed text; the page's
Content-Security-Policy allows exactly that script by its SHA-256 hash (`script-src 'sha256-...'`) and still forbids
every other script. The table's data never passes through a script: DataTables reads the escaped cells from the
page. (itables' own offline mode loads the bundle through a `blob:` URL, which would need `script-src blob:` and
let any script in; hence the hash.)

Filters: a header cell with `data-pw-filter` (`exact`, `list`: comma-separated values, `month`: the first 7
characters of a date) gets a drop-down above the table (the explorer, `pledgewatch.explorer`, uses them).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import re
from pathlib import Path

import pandas as pd

MAX_ROWS = 150  # a drill-down under a chart: a random sample of this many (the explorer has them all)

COLUMNS = [  # (header, filter kind or None)
    ("date", "month"), ("speaker", "exact"), ("country", "exact"), ("side", "exact"), ("act", "exact"),
    ("capabilities", "list"), ("statement", None), ("title", None), ("link", None)]

ENHANCER = r"""
(function () {
  var DataTable = globalThis.__pwDataTable;
  var ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return ESC[c]; }); }
  var RENDER = {  // JSON-sourced tables (the explorer): every value escaped before it becomes HTML
    text: function (d, type) { return type === 'display' ? esc(d) : (d == null ? '' : d); },
    statement: function (d, type) {
      if (type !== 'display') return d[0] + ': ' + d[1];
      var cue = d[0] ? (/:$/.test(d[0]) ? d[0] : d[0] + ':') : '';
      return (cue ? '<span class="pw-cue">' + esc(cue) + '</span> ' : '') + esc(d[1]);
    },
    link: function (d, type) {
      if (type !== 'display') return d || '';
      return /^https?:\/\//.test(d || '') ? '<a href="' + esc(d) + '" rel="noopener noreferrer">link</a>' : '';
    }
  };
  function opt(sel, v, label) { var o = document.createElement('option'); o.value = v; o.textContent = label; sel.appendChild(o); }
  function init(t) {
    if (t.dataset.pwReady) return;
    t.dataset.pwReady = '1';
    var heads = Array.prototype.slice.call(t.tHead.rows[0].cells);
    var filters = [];
    heads.forEach(function (th, i) { if (th.dataset.pwFilter && t.classList.contains('pw-filters')) filters.push({ i: i, kind: th.dataset.pwFilter, name: th.textContent, value: '' }); });
    var data = t.dataset.source ? JSON.parse(document.getElementById(t.dataset.source).textContent) : null;
    var cells = data || Array.prototype.slice.call(t.tBodies[0].rows).map(function (tr) {
      return Array.prototype.map.call(tr.cells, function (td) { return (td.textContent || '').trim(); });
    });
    var values = cells.map(function (row) {
      return filters.map(function (f) {
        var s = row[f.i] == null ? '' : String(row[f.i]);
        if (f.kind === 'month') return [s.slice(0, 7)];
        if (f.kind === 'list') return s ? s.split(', ') : [];
        return [s];
      });
    });
    var opts = { pageLength: +(t.dataset.pageLength || 10), lengthMenu: [10, 25, 50, 100, 500], order: [],
                 autoWidth: false };
    if (data) {
      opts.data = data;
      opts.deferRender = true;
      opts.columns = heads.map(function (th, i) { return { data: i, render: RENDER[th.dataset.pwRender || 'text'] }; });
    }
    var dt = new DataTable(t, opts);
    if (!filters.length) return;
    DataTable.ext.search.push(function (settings, row, index) {
      if (settings.nTable !== t) return true;
      var v = values[index];
      for (var k = 0; k < filters.length; k++) {
        if (filters[k].value && v[k].indexOf(filters[k].value) < 0) return false;
      }
      return true;
    });
    var bar = document.createElement('div');
    bar.className = 'pw-filterbar';
    filters.forEach(function (f, k) {
      var seen = {};
      values.forEach(function (v) { v[k].forEach(function (x) { if (x) seen[x] = (seen[x] || 0) + 1; }); });
      var keys = Object.keys(seen).sort(f.kind === 'month' ? undefined : function (a, b) { return seen[b] - seen[a] || (a < b ? -1 : 1); });
      var label = document.createElement('label');
      label.textContent = (f.kind === 'month' ? 'month' : f.name) + ' ';
      var sel = document.createElement('select');
      sel.setAttribute('aria-label', 'filter by ' + f.name);
      sel.dataset.filter = f.name;
      opt(sel, '', 'all');
      keys.forEach(function (x) { opt(sel, x, x + ' (' + seen[x] + ')'); });
      sel.addEventListener('change', function () { f.value = sel.value; dt.draw(); });
      label.appendChild(sel);
      bar.appendChild(label);
    });
    var wrapper = t.closest('.dt-container') || t;
    wrapper.parentNode.insertBefore(bar, wrapper);
  }
  function all() { document.querySelectorAll('table.pw-dt').forEach(init); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', all); else all();
})();
"""

CSS = """
details.pw-drill { margin: 0.4em 0 1.4em; border: 1px solid #e3e3e3; border-radius: 3px; padding: 0.3em 0.6em; }
details.pw-drill > summary { cursor: pointer; color: #0072B2; font-size: 0.92em; }
table.pw-dt { font-size: 12px; width: 100%; }
table.pw-dt td { vertical-align: top; }
table.pw-dt td:first-child { white-space: nowrap; }
table.pw-dt td.pw-text { min-width: 280px; max-width: 520px; }
table.pw-dt .pw-cue { color: #666; font-style: italic; }
.pw-filterbar { display: flex; flex-wrap: wrap; gap: 0.4em 1em; margin: 0.5em 0; font-size: 0.9em; }
.pw-filterbar select { max-width: 16em; }
"""


def _bundle_path() -> Path:
    import itables

    return Path(itables.__file__).parent / "html" / "dt_bundle.js"


@functools.lru_cache(maxsize=1)
def script() -> str:
    """The one inline script: itables' DataTables bundle (its ES-module export turned into a global) + ENHANCER."""
    src = _bundle_path().read_text(encoding="utf-8")
    m = re.search(r"export\s*\{([^}]*)\}\s*;?\s*(/\*[\s\S]*\*/\s*)?$", src)
    if not m:
        raise RuntimeError(f"{_bundle_path()}: unexpected bundle layout (no final export clause)")
    names = {alias.strip(): local.strip() for local, alias in
             (part.split(" as ") for part in m.group(1).split(",") if " as " in part)}
    if "default" not in names:
        raise RuntimeError(f"{_bundle_path()}: the bundle exports no default DataTable")
    body = src[:m.start()] + f";globalThis.__pwDataTable = {names['default']};\n" + (m.group(2) or "")
    # '<script' and '<!--' occur in the bundle's regexes and strings; inside an inline script they could change how
    # the HTML parser finds the script's end, so they are written with the equivalent JavaScript escape \x3C
    body = re.sub(r"<(?=script|!--)", r"\\x3C", body, flags=re.I)
    text = "(function () {\n" + body + "\n})();\n" + ENHANCER
    if re.search(r"</script|<script|<!--", text, re.I):
        raise RuntimeError("the table script contains a script tag: it cannot be inlined safely")
    return text


@functools.lru_cache(maxsize=1)
def css() -> str:
    return _bundle_path().with_suffix(".css").read_text(encoding="utf-8") + CSS


def script_hash() -> str:
    """The CSP source that allows exactly the inline table script: 'sha256-<base64 digest>'."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script().encode("utf-8")).digest()).decode("ascii") + "'"


def has_tables(page_html: str) -> bool:
    return 'class="pw-dt' in page_html


def enable(page_html: str, csp: str) -> tuple[str, str]:
    """If the page holds drill-down tables: the page with the table script and styles added before </body>, and the
    CSP with script-src allowing that script's hash only. Otherwise both unchanged."""
    if not has_tables(page_html):
        return page_html, csp
    new_csp = re.sub(r"script-src [^;]*", f"script-src {script_hash()}", csp)
    if new_csp == csp:
        new_csp = csp.rstrip("; ") + f"; script-src {script_hash()}"
    tail = f"<style>{css()}</style>\n<script>{script()}</script>\n"
    at = page_html.rfind("</body>")
    page_html = page_html[:at] + tail + page_html[at:] if at >= 0 else page_html + tail
    return page_html, new_csp


def enable_page(page_html: str, csp: str) -> str:
    """enable() with the page's own CSP meta tag rewritten: the page as it should be written."""
    page, new_csp = enable(page_html, csp)
    return page if new_csp == csp else page.replace(f'content="{csp}"', f'content="{new_csp}"', 1)


def _e(v) -> str:
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return ""
    return html.escape(str(v), quote=True)


def _safe_url(u) -> str | None:
    u = "" if u is None or (isinstance(u, float) and pd.isna(u)) else str(u).strip()
    return u if re.match(r"^https?://[^\s\"'<>]+$", u) else None


def rows_frame(statements: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """The table's columns as text: date, speaker, country, side, act, capabilities, cue, text, title, url."""
    from .analysis import as_list
    from .sides import side_of

    st = statements
    n = len(st)

    def col(name, default=""):
        return st[name] if name in st.columns else pd.Series([default] * n, index=st.index)

    arts = articles.set_index("article_id") if articles is not None and len(articles) else None

    def art(name):
        if arts is not None and name in arts.columns and "article_id" in st.columns:
            return st["article_id"].map(arts[name])
        return pd.Series([None] * n, index=st.index)

    speaker = col("speaker", None) if "speaker" in st.columns else col("speaker_id", None)
    speaker = speaker.fillna(col("speaker_name", ""))
    published = pd.to_datetime(col("published", None), errors="coerce")
    country = col("speaker_country", "").fillna("")
    title = col("title", None) if "title" in st.columns else art("title")
    url = col("url", None) if "url" in st.columns else art("url")
    return pd.DataFrame({
        "date": published.dt.strftime("%Y-%m-%d").fillna(""), "speaker": speaker.fillna(""), "country": country,
        "side": country.map(side_of), "act": col("speech_act", "").fillna(""),
        "capabilities": col("capabilities", None).map(lambda v: ", ".join(as_list(v))),
        "cue": col("cue", "").fillna(""), "text": col("text", "").fillna(""), "title": title.fillna(""),
        "url": url}, index=st.index)


def table_html(statements: pd.DataFrame, title: str = "The statements behind this chart", *,
               articles: pd.DataFrame | None = None, max_rows: int | None = MAX_ROWS, seed: int = 0,
               open_: bool = False, filters: bool = False, page_length: int = 10, table_id: str | None = None) -> str:
    """A collapsed (`open_=False`), searchable, sortable table of the statements; at most max_rows of them (a random
    sample, said in the summary), newest first."""
    n = len(statements)
    st = statements
    if max_rows is not None and n > max_rows:
        st = statements.sample(max_rows, random_state=seed)
    rows = rows_frame(st, articles).sort_values("date", ascending=False, kind="stable")
    shown = (f"{n:,} statements" if len(rows) == n
             else f"a random {len(rows):,} of {n:,} statements (all of them: statements.html, the explorer)")
    head = "".join(f'<th data-pw-filter="{k}">{h}</th>' if k else f"<th>{h}</th>" for h, k in COLUMNS)
    body = []
    for r in rows.itertuples(index=False):
        url = _safe_url(r.url)
        link = f'<a href="{_e(url)}" rel="noopener noreferrer">link</a>' if url else ""
        cue = f'<span class="pw-cue">{_e(r.cue if r.cue.endswith(":") else r.cue + ":")}</span> ' if r.cue else ""
        body.append(f"<tr><td>{_e(r.date)}</td><td>{_e(r.speaker)}</td><td>{_e(r.country)}</td><td>{_e(r.side)}</td>"
                    f"<td>{_e(r.act)}</td><td>{_e(r.capabilities)}</td><td class=\"pw-text\">{cue}{_e(r.text)}</td>"
                    f"<td>{_e(r.title)}</td><td>{link}</td></tr>")
    classes = "pw-dt display compact" + (" pw-filters" if filters else "")
    tid = f' id="{_e(table_id)}"' if table_id else ""
    table = (f'<table class="{classes}"{tid} data-page-length="{int(page_length)}"><thead><tr>{head}</tr></thead>'
             f"<tbody>{''.join(body)}</tbody></table>")
    return (f'<details class="pw-drill"{" open" if open_ else ""}><summary>{_e(title)}: {shown}</summary>'
            f"{table}</details>")


__all__ = ["table_html", "enable", "enable_page", "script", "script_hash", "css", "rows_frame", "has_tables", "MAX_ROWS"]
