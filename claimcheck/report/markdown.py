"""A Markdown summary fit for a pull-request comment (``--format markdown``).

Counts per severity, then one table row per finding. Arabic text is left exactly as written (only
the table's own syntax, ``|`` and line breaks, is escaped), so GitHub's bidirectional rendering
shows it as the writer typed it. Long runs are cut at ``MAX_ROWS`` rows, with a note saying so,
because a comment holds at most 65536 characters.
"""

from __future__ import annotations

from collections import Counter

from claimcheck.model import SEVERITIES, RunReport
from claimcheck.report.formatter import FormatOptions
from claimcheck.report.positions import region, relative_path

MAX_ROWS = 200
ICONS = {"error": "🔴", "warning": "🟠", "info": "🔵"}


def _cell(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")


def render_markdown(run: RunReport, options: FormatOptions) -> str:
    counts = Counter(f.severity for _r, f in run.all_findings())
    total = sum(counts.values())
    files_with = sum(1 for r in run.articles if r.findings)
    lines = ["## claimcheck", ""]
    if not total:
        lines.append(f"No findings in {len(run.articles)} article(s). ✅")
        return "\n".join(lines) + "\n"
    lines += [f"{total} finding(s) in {files_with} of {len(run.articles)} article(s).", "",
              "| Severity | Count |", "| --- | ---: |"]
    for severity in reversed(SEVERITIES):
        lines.append(f"| {ICONS[severity]} {severity} | {counts.get(severity, 0)} |")
    lines += ["", "| | File | Line | Rule | Message | Text |",
              "| --- | --- | ---: | --- | --- | --- |"]
    rows = 0
    for report in run.articles:
        path = relative_path(report.article.path, options.root)
        for finding in report.findings:
            if rows == MAX_ROWS:
                break
            rows += 1
            where = region(report.article, finding, unit="cp")
            line = str(where.start_line) if where else ""
            text = _cell(finding.span.text, 80) if finding.span else ""
            lines.append(f"| {ICONS.get(finding.severity, '')} | `{_cell(path)}` | {line} | "
                         f"`{finding.rule}` | {_cell(finding.message)} | {text} |")
    if total > rows:
        lines += ["", f"_{total - rows} more finding(s) not shown; see the full report._"]
    return "\n".join(lines) + "\n"
