"""The organization report as one self-contained HTML file (``openwash org OWNER --format html``).

No external stylesheet, script, font or image: the file can be mailed, attached to a CI run or opened from
disk.  Everything that comes from a repository is escaped; links are only the http(s) URLs the API gave.
A small inline script filters the repository table; without it the page reads the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from openwash.report.org_common import VERDICT_WORDS, action_words, rule_titles, safe_url, where
from openwash.safetext import html_text

if TYPE_CHECKING:
    from openwash.github.org.model import OrgReport
    from openwash.github.org.outcome import RepoOutcome

CSS = """
:root { --fg:#1f2328; --muted:#59636e; --bg:#fff; --panel:#f6f8fa; --line:#d1d9e0; --pass:#1a7f37;
        --fail:#cf222e; --warn:#9a6700; --info:#0969da; }
@media (prefers-color-scheme: dark) {
  :root { --fg:#e6edf3; --muted:#9198a1; --bg:#0d1117; --panel:#151b23; --line:#3d444d; --pass:#3fb950;
          --fail:#f85149; --warn:#d29922; --info:#4493f8; } }
* { box-sizing: border-box; }
body { font: 15px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg);
       background: var(--bg); margin: 0 auto; max-width: 1100px; padding: 24px; }
h1 { font-size: 1.6em; margin: 0 0 4px; } h2 { font-size: 1.25em; margin: 32px 0 8px;
     border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.muted { color: var(--muted); }
a { color: var(--info); text-decoration: none; } a:hover { text-decoration: underline; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin: 16px 0; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 12px; }
.card .n { font-size: 1.8em; font-weight: 600; } .card .l { color: var(--muted); font-size: .9em; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top;
         overflow-wrap: break-word; }
table.findings { table-layout: fixed; } table.findings td, #repos td:first-child { overflow-wrap: anywhere; }
.badge, th { white-space: nowrap; } table.findings col.sev { width: 6.5em; } table.findings col.rule { width: 5.5em; }
table.findings col.where { width: 30%; }
p, li, summary { overflow-wrap: anywhere; }
th { background: var(--panel); font-weight: 600; } td.num, th.num { text-align: right; }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: .85em; font-weight: 600;
         color: #fff; } .pass { background: var(--pass); } .fail { background: var(--fail); }
.error, .empty { background: var(--muted); } .sev-error { color: var(--fail); font-weight: 600; }
.sev-warning { color: var(--warn); font-weight: 600; } .sev-notice { color: var(--info); }
details { border: 1px solid var(--line); border-radius: 8px; margin: 8px 0; padding: 8px 12px; }
summary { cursor: pointer; font-weight: 600; } .hint { color: var(--muted); font-size: .92em; }
input[type=search] { width: 100%; padding: 6px 10px; border: 1px solid var(--line); border-radius: 6px;
                     background: var(--bg); color: var(--fg); font: inherit; }
.bar { height: 10px; background: var(--panel); border-radius: 5px; overflow: hidden; border: 1px solid var(--line); }
.bar span { display: block; height: 100%; background: var(--pass); }
"""

SCRIPT = """
document.getElementById('filter').addEventListener('input', function (e) {
  var q = e.target.value.toLowerCase();
  document.querySelectorAll('#repos tbody tr').forEach(function (tr) {
    tr.style.display = tr.textContent.toLowerCase().indexOf(q) >= 0 ? '' : 'none';
  });
});
"""


def _e(text: Any) -> str:
    return html_text(text)


def _a(text: str, url: str) -> str:
    url = safe_url(url)
    return f'<a href="{_e(url)}">{text}</a>' if url else text


def _badge(verdict: str) -> str:
    return f'<span class="badge {_e(verdict)}">{_e(VERDICT_WORDS.get(verdict, verdict))}</span>'


def _license(o: RepoOutcome) -> str:
    ids = ", ".join(o.license.names) or "none found"
    return f"{_e(ids)} <span class=\"muted\">({_e(o.license.category)})</span>"


def render(report: OrgReport, **_: object) -> str:
    s = report.summary()
    titles = rule_titles()
    parts: list[str] = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>openwash: {_e(report.owner)}</title>", f"<style>{CSS}</style>", "</head>", "<body>",
        f"<h1>openwash organization report: {_e(report.owner)}</h1>",
        f'<p class="muted">{s["repositories"]} repositories of {s["listed"]} listed'
        + (f", {s['skipped_by_filters']} skipped by filters" if s["skipped_by_filters"] else "")
        + f" · generated {_e(report.generated)} · central policy: {_e(' → '.join(report.central_policy))}</p>",
    ]
    cards = [("pass", s["pass"], "passing"), ("fail", s["fail"], "failing"),
             ("error", s["error"], "could not be checked"), ("", s["model_releases"], "model releases"),
             ("", s["claiming_open_source"], "claim open source"), ("pass", s["backed"], "back the claim"),
             ("fail", s["not_backed"], "do not back it")]
    parts.append('<div class="cards">')
    for _cls, n, label in cards:
        parts.append(f'<div class="card"><div class="n">{n}</div><div class="l">{_e(label)}</div></div>')
    parts.append("</div>")
    if s["claiming_open_source"]:
        pct = round(100 * s["backed"] / s["claiming_open_source"])
        parts.append(f'<p>{pct}% of the repositories that claim to be open source back the claim.</p>'
                     f'<div class="bar" title="{pct}%"><span style="width:{pct}%"></span></div>')
    if s["by_rule"]:
        parts += ["<h2>Findings by rule</h2>", "<table><thead><tr><th>rule</th><th>what</th>"
                  '<th class="num">repositories</th><th class="num">findings</th></tr></thead><tbody>']
        for rule, row in s["by_rule"].items():
            parts.append(f"<tr><td>{_e(rule)}</td><td>{_e(titles.get(rule, ''))}</td>"
                         f'<td class="num">{row["repositories"]}</td><td class="num">{row["findings"]}</td></tr>')
        parts.append("</tbody></table>")
    if s["license_categories"]:
        parts += ["<h2>License categories</h2>", '<table><thead><tr><th>category</th>'
                  '<th class="num">repositories</th></tr></thead><tbody>']
        for cat, n in s["license_categories"].items():
            parts.append(f'<tr><td>{_e(cat)}</td><td class="num">{n}</td></tr>')
        parts.append("</tbody></table>")
    failing = [o for o in report.outcomes if o.verdict == "fail"]
    if failing:
        parts.append("<h2>Failing repositories</h2>")
        for o in failing:
            kind = "model release" if o.is_model_release else "not a model release"
            parts.append(f"<details open><summary>{_e(o.repository)} {_badge('fail')}</summary>")
            parts.append(f"<p>{_a(_e(o.url), o.url)} · license: {_license(o)} · {kind} · "
                         f"{o.claims_open_source} open-source claim(s) · policy: "
                         f"{_e(' → '.join(o.policy))}</p>")
            parts.append('<table class="findings"><colgroup><col class="sev"><col class="rule"><col class="where">'
                         "<col></colgroup><thead><tr><th>severity</th><th>rule</th><th>where</th><th>finding</th>"
                         "</tr></thead><tbody>")
            for f in o.active_findings:
                hint = f'<div class="hint">how to fix: {_e(f["hint"])}</div>' if f.get("hint") else ""
                parts.append(f'<tr><td class="sev-{_e(f["severity"])}">{_e(f["severity"])}</td>'
                             f'<td title="{_e(titles.get(f["rule"], ""))}">{_e(f["rule"])}</td>'
                             f'<td>{_a(_e(where(f)), f.get("url", ""))}</td><td>{_e(f["message"])}{hint}</td></tr>')
            parts.append("</tbody></table></details>")
    errors = [o for o in report.outcomes if o.verdict == "error"]
    if errors:
        parts += ["<h2>Repositories that could not be checked</h2>", "<ul>"]
        parts += [f"<li>{_a(_e(o.repository), o.url)}: {_e(o.error)}</li>" for o in errors]
        parts.append("</ul>")
    parts += ["<h2>All repositories</h2>",
              '<input type="search" id="filter" placeholder="Filter repositories, verdicts, licenses…" '
              'aria-label="filter the table">',
              '<table id="repos"><thead><tr><th>repository</th><th>verdict</th>'
              '<th class="num">open-source claims</th><th>backed</th><th>license</th><th class="num">errors</th>'
              '<th class="num">warnings</th></tr></thead><tbody>']
    for o in report.outcomes:
        backed = {True: "yes", False: "<strong>no</strong>", None: "—"}[o.backed]
        lic = _license(o) if o.checked else "—"
        parts.append(f"<tr><td>{_a(_e(o.repository), o.url)}</td><td>{_badge(o.verdict)}</td>"
                     f'<td class="num">{o.claims_open_source}</td><td>{backed}</td><td>{lic}</td>'
                     f'<td class="num">{o.summary.get("error", 0)}</td><td class="num">{o.summary.get("warning", 0)}</td>'
                     "</tr>")
    parts.append("</tbody></table>")
    if report.issues:
        parts += ["<h2>Issues</h2>", "<ul>"]
        for a in report.issues:
            label = f"{_e(a['repository'])}: {_e(action_words(a))}" + (f" #{a['number']}" if a.get("number") else "")
            parts.append(f"<li>{_a(label, a.get('url', ''))}</li>")
        parts.append("</ul>")
    parts += [f'<p class="muted">openwash · {s["repositories"]} repositories · '
              f'{_e(report.requests.get("requests", 0))} API requests</p>', f"<script>{SCRIPT}</script>",
              "</body>", "</html>"]
    return "\n".join(parts) + "\n"
