"""The report for a person at a terminal: per article, per claim, then article-level findings.

Arabic text is printed as written, each quoted piece on a line of its own after an English label,
so that a terminal's bidirectional rendering cannot reorder a label and its value. Each article
lists its findings first, most severe first, each starting with ``path:line:column`` (code points,
as in the JSON report) so editors can jump to it; then its claims, each naming its findings by id;
the run ends with one summary line: articles, claims and findings per severity.
"""

from __future__ import annotations

from collections import Counter

from claimcheck.model import SEVERITIES, ArticleReport, Claim, Finding, RunReport, severity_rank
from claimcheck.report.formatter import FormatOptions

COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
RESET = "\033[0m"


def _severity(sev: str, options: FormatOptions) -> str:
    return f"{COLORS[sev]}{sev}{RESET}" if options.color and sev in COLORS else sev


def _where(claim: Claim) -> str:
    span = claim.source.span if claim.source else None
    return f" at {span.start}-{span.end}" if span else ""


def _source_label(claim: Claim) -> str:
    """The source as written; its normalized name only where it says more (a resolved pronoun)."""
    from claimcheck.analyze.normalize import normalize_ar

    source = claim.source
    assert source is not None
    if source.span is None:
        return source.name or ("(agentless)" if source.meta.get("agentless") else "(unnamed)")
    written = source.span.text
    if source.name and normalize_ar(source.name).casefold() != normalize_ar(written).casefold():
        return f"{written} (= {source.name})"
    return written


def _claim_lines(claim: Claim, report: ArticleReport, options: FormatOptions) -> list[str]:
    line, col = report.article.line_col(claim.content.start)
    lines = [f"  [{claim.id}] {claim.kind} at {line}:{col}"
             + (f" (nested in {claim.parent})" if claim.parent else "")]
    if claim.source and claim.source.type == "self" and not claim.source.name:
        lines.append("      source: the outlet's own voice")
    elif claim.source:
        lines.append(f"      source ({claim.source.type}{_where(claim)}): {_source_label(claim)}")
    if claim.cue:
        lines.append(f"      cue ({claim.cue.lemma}, {claim.cue.stance}): {claim.cue.span.text}")
    lines.append(f"      content: {claim.content.text}")
    for time in claim.times:  # what the date module read, so a reader can check its arithmetic
        lines.append(f"      time ({time.value or 'unresolved'}, {time.granularity}): "
                     f"{time.span.text}")
    if claim.scores:
        scores = ", ".join(f"{d} {s.value:.2f}" for d, s in claim.scores.items())
        lines.append(f"      scores: {scores}")
        for dim, score in claim.scores.items():
            if score.reason and dim != "overall":
                lines.append(f"        {dim}: {score.reason}")
    for key, value in claim.meta.items():
        if key != "extractor" and isinstance(value, str | int | float):
            lines.append(f"      {key}: {value}")
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            lines.append(f"      {key}:")  # records a plugin attached (verdicts and links)
            for item in value:
                shown = [f"{k}: {v}" for k, v in item.items()
                         if isinstance(v, str | int | float) and not isinstance(v, bool)]
                lines.append("        - " + "; ".join(shown))
    for finding in report.findings_for(claim):  # in full in the article's findings above
        lines.append(f"      finding {finding.id}: {_severity(finding.severity, options)} "
                     f"{finding.rule}")
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
    lines.append(f"claims: {len(report.claims)}   findings: {len(report.findings)}"
                 f"{_counts(report.findings, options)}   score: {score}")
    lines.append("")
    if report.findings:  # what a person acts on comes first, most severe first
        lines.append("findings:")
        ranked = sorted(report.findings, key=lambda f: -severity_rank(f.severity))
        for finding in ranked:
            lines.extend(_finding_lines(report, finding, options, indent="  "))
        lines.append("")
    if report.claims:
        lines.append("claims:")
    for claim in report.claims:
        lines.extend(_claim_lines(claim, report, options))
        lines.append("")
    return lines


def _counts(findings: list[Finding], options: FormatOptions) -> str:
    counts = Counter(f.severity for f in findings)
    parts = [f"{counts[s]} {_severity(s, options)}" for s in reversed(SEVERITIES) if counts[s]]
    return f" ({', '.join(parts)})" if parts else ""


def _finding_lines(report: ArticleReport, finding: Finding, options: FormatOptions,
                   indent: str) -> list[str]:
    """``path:line:col: severity rule: message`` (as editors parse it), the text on its own line."""
    where = report.article.path
    if finding.span is not None:
        line, col = report.article.line_col(finding.span.start)
        where += f":{line}:{col}"
    message = " ".join(finding.message.split())
    # ids before the message: after Arabic text a terminal's bidi could carry them to its side
    about = f" [{finding.id}" + (f" in {' '.join(finding.claims)}]" if finding.claims else "]")
    lines = [f"{indent}{where}: {_severity(finding.severity, options)} {finding.rule}{about}: "
             f"{message}"]
    if finding.span is not None and finding.span.text.strip():
        lines.append(f"{indent}    text: {_one_line(finding.span.text)}")
    return lines


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _summary(run: RunReport, options: FormatOptions) -> str:
    every = [f for _r, f in run.all_findings()]
    total = len(every)
    detail = _counts(every, options)
    claims = sum(len(r.claims) for r in run.articles)
    hidden = options.extra.get("hidden")
    note = f"; {hidden}" if hidden else ""
    return (f"{len(run.articles)} article(s), {claims} claim(s), {total} finding(s)"
            f"{detail}{note}")


def render_text(run: RunReport, options: FormatOptions) -> str:
    lines: list[str] = []
    for report in run.articles:
        lines.extend(render_article(report, options))
    lines.append(_summary(run, options))
    return "\n".join(lines).rstrip("\n") + "\n"
