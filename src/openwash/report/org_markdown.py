"""The organization report as GitHub-flavoured Markdown (``openwash org OWNER --format markdown``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openwash.report.org_common import VERDICT_WORDS, action_words, md, rule_titles, safe_url, where

if TYPE_CHECKING:
    from openwash.github.org.model import OrgReport
    from openwash.github.org.outcome import RepoOutcome


def _link(text: str, url: str) -> str:
    url = safe_url(url)
    return f"[{text}]({url})" if url else text


def _license(o: RepoOutcome) -> str:
    ids = ", ".join(md(x) for x in o.license.names) or "none found"
    return f"{ids} ({md(o.license.category)})"


def render(report: OrgReport, **_: object) -> str:
    s = report.summary()
    titles = rule_titles()
    out: list[str] = [f"# openwash organization report: {md(report.owner)}", ""]
    skipped = f"; {s['skipped_by_filters']} skipped by filters" if s["skipped_by_filters"] else ""
    out.append(f"{s['repositories']} repositories of {s['listed']} listed{skipped}. "
               f"Generated {report.generated} by openwash; central policy: "
               f"{md(' -> '.join(report.central_policy))}.")
    out += ["", "## Summary", "", "| | repositories |", "|---|---:|"]
    rows = [("checked and passing", s["pass"]), ("checked and failing", s["fail"]),
            ("could not be checked", s["error"]), ("empty", s["empty"]),
            ("model releases", s["model_releases"]), ("claim to be open source", s["claiming_open_source"]),
            ("… and back the claim (training code, data, open license)", s["backed"]),
            ("… and do not back it", s["not_backed"])]
    out += [f"| {label} | {n} |" for label, n in rows]
    if s["by_rule"]:
        out += ["", "## Findings by rule", "", "| rule | what | repositories | findings |", "|---|---|---:|---:|"]
        for rule, row in s["by_rule"].items():
            out.append(f"| {rule} | {md(titles.get(rule, ''))} | {row['repositories']} | {row['findings']} |")
    if s["license_categories"]:
        out += ["", "## License categories", "", "| category | repositories |", "|---|---:|"]
        out += [f"| {md(cat)} | {n} |" for cat, n in s["license_categories"].items()]
    failing = [o for o in report.outcomes if o.verdict == "fail"]
    if failing:
        out += ["", "## Failing repositories"]
        for o in failing:
            out += ["", f"### {_link(md(o.repository), o.url)}", ""]
            kind = "model release" if o.is_model_release else "not a model release"
            out.append(f"License: {_license(o)} · {kind} · {o.claims_open_source} open-source "
                       f"claim(s) · policy: {md(' -> '.join(o.policy))}")
            out.append("")
            for f in o.active_findings:
                loc = _link(md(where(f)), f.get("url", ""))
                out.append(f"- **{f['severity']} {f['rule']}** {loc}: {md(f['message'])}")
                if f.get("hint"):
                    out.append(f"  - how to fix: {md(f['hint'])}")
    errors = [o for o in report.outcomes if o.verdict == "error"]
    if errors:
        out += ["", "## Repositories that could not be checked", ""]
        out += [f"- {_link(md(o.repository), o.url)}: {md(o.error)}" for o in errors]
    out += ["", "## All repositories", "",
            "| repository | verdict | open-source claims | backed | license | errors | warnings |",
            "|---|---|---:|---|---|---:|---:|"]
    for o in report.outcomes:
        backed = {True: "yes", False: "**no**", None: "—"}[o.backed]
        out.append(f"| {_link(md(o.repository), o.url)} | {VERDICT_WORDS.get(o.verdict, o.verdict)} "
                   f"| {o.claims_open_source} | {backed} | {_license(o) if o.checked else '—'} "
                   f"| {o.summary.get('error', 0)} | {o.summary.get('warning', 0)} |")
    if report.issues:
        out += ["", "## Issues", ""]
        for a in report.issues:
            number = f" #{a['number']}" if a.get("number") else ""
            out.append(f"- {md(a['repository'])}: {md(action_words(a))}{number}")
    return "\n".join(out) + "\n"
