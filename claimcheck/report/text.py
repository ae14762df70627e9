"""The report for a person at a terminal: per article, per claim, then article-level findings.

Arabic text is printed as written, each quoted piece on a line of its own after an English label,
so that a terminal's bidirectional rendering cannot reorder a label and its value.
"""

from __future__ import annotations

from claimcheck.model import ArticleReport, Claim, RunReport
from claimcheck.report.formatter import FormatOptions

COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
RESET = "\033[0m"


def _severity(sev: str, options: FormatOptions) -> str:
    return f"{COLORS[sev]}{sev}{RESET}" if options.color and sev in COLORS else sev


def _claim_lines(claim: Claim, report: ArticleReport, options: FormatOptions) -> list[str]:
    line, col = report.article.line_col(claim.content.start)
    lines = [f"  [{claim.id}] {claim.kind} at {line}:{col}"
             + (f" (nested in {claim.parent})" if claim.parent else "")]
    if claim.source:
        where = f" at {claim.source.span.start}-{claim.source.span.end}" if claim.source.span else ""
        lines.append(f"      source ({claim.source.type}{where}): {claim.source.name}")
    if claim.cue:
        lines.append(f"      cue ({claim.cue.lemma}, {claim.cue.stance}): {claim.cue.span.text}")
    lines.append(f"      content: {claim.content.text}")
    if claim.scores:
        scores = ", ".join(f"{d} {s.value:.2f}" for d, s in claim.scores.items())
        lines.append(f"      scores: {scores}")
        for dim, score in claim.scores.items():
            if score.reason and dim != "overall":
                lines.append(f"        {dim}: {score.reason}")
    for key, value in claim.meta.items():
        if key != "extractor" and isinstance(value, str | int | float):
            lines.append(f"      {key}: {value}")
    for finding in report.findings_for(claim):
        lines.append(f"      {_severity(finding.severity, options)} {finding.rule}: "
                     f"{finding.message}")
    return lines


def render_article(report: ArticleReport, options: FormatOptions) -> list[str]:
    article = report.article
    head = f"{article.path}" + (f" [{article.id}]" if article.id else "")
    lines = [head, "=" * min(len(head), 78)]
    if article.title:
        lines.append(f"title: {article.title}")
    published = article.published.isoformat() if article.published else "unknown"
    lines.append(f"language: {article.lang}   published: {published}"
                 + (f" (from {article.published_from})" if article.published_from else ""))
    score = f"{report.score:.2f}" if report.score is not None else "n/a"
    lines.append(f"claims: {len(report.claims)}   findings: {len(report.findings)}   "
                 f"score: {score}")
    lines.append("")
    for claim in report.claims:
        lines.extend(_claim_lines(claim, report, options))
        lines.append("")
    loose = [f for f in report.findings if not f.claims]
    if loose:
        lines.append("  article findings:")
        for finding in loose:
            where = ""
            if finding.span:
                line, col = article.line_col(finding.span.start)
                where = f" at {line}:{col}"
            lines.append(f"    {_severity(finding.severity, options)} {finding.rule}{where}: "
                         f"{finding.message}")
        lines.append("")
    return lines


def render_text(run: RunReport, options: FormatOptions) -> str:
    lines: list[str] = []
    for report in run.articles:
        lines.extend(render_article(report, options))
    return "\n".join(lines).rstrip("\n") + "\n"
