"""SARIF 2.1.0 output, as GitHub code scanning reads it (``--format sarif``).

One run; ``tool.driver.rules`` lists every registered rule (id, descriptions, help, default level);
each result names its rule by id and index, points at a repository-relative ``artifactLocation``
(``uriBaseId`` %SRCROOT%) and a region, carries ``partialFingerprints`` that survive line shifts,
and lists the finding's other spans as ``relatedLocations``. Columns are UTF-16 code units, SARIF's
default and what GitHub counts in; ``run.columnKind`` says so explicitly.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from claimcheck import __version__
from claimcheck.baseline import fingerprint
from claimcheck.model import Article, ArticleReport, Finding, Rule, RunReport, Span
from claimcheck.report.formatter import FormatOptions
from claimcheck.report.positions import line_col, record_of, relative_path, utf16_len

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/claimcheck/claimcheck"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "claimcheck/v1"


def _rule_dict(rule: Rule) -> dict[str, Any]:
    short = rule.description.split(". ")[0].rstrip(".") + "."
    examples = [(f"flags ({e.lang})", " ".join(e.text.split())) for e in rule.flag[:2]]
    examples += [(f"passes ({e.lang})", " ".join(e.text.split())) for e in rule.pass_[:2]]
    help_text = rule.description + "".join(
        f"\n- {label}: {text}" for label, text in examples)
    help_markdown = rule.description + "".join(
        f"\n- {label}: `{text.replace('`', '')}`" for label, text in examples)
    out: dict[str, Any] = {
        "id": rule.id,
        "name": "".join(part.title() for part in rule.id.replace(".", "-").split("-")),
        "shortDescription": {"text": short},
        "fullDescription": {"text": rule.description},
        "help": {"text": help_text, "markdown": help_markdown},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "warning")},
        "properties": {"tags": sorted({rule.category, "claimcheck"}), "origin": rule.origin},
    }
    if rule.help_url:
        out["helpUri"] = rule.help_url
    return out


def _region(article: Article, span: Span) -> dict[str, Any]:
    start_line, start_col = line_col(article, span.start)
    end_line, end_col = line_col(article, span.end)
    return {"startLine": start_line, "startColumn": start_col, "endLine": end_line,
            "endColumn": end_col,
            # character offsets count in columnKind's unit too
            "charOffset": utf16_len(article.text[:span.start]), "charLength": utf16_len(span.text),
            "snippet": {"text": span.text}}


def _location(uri: str, article: Article, span: Span | None, root_known: bool) -> dict[str, Any]:
    record = record_of(uri)
    artifact: dict[str, Any] = {"uri": record[0] if record else uri}
    if root_known:
        artifact["uriBaseId"] = "%SRCROOT%"
    physical: dict[str, Any] = {"artifactLocation": artifact}
    # An article-level finding has no span, and a record's offsets are into its own text, not the
    # file: GitHub needs a line, so those point at the file's first one.
    if span is not None and record is None:
        physical["region"] = _region(article, span)
    else:
        physical["region"] = {"startLine": 1}
    location: dict[str, Any] = {"physicalLocation": physical}
    if record is not None:
        where = ""
        if span is not None:
            line, column = article.line_col(span.start)
            where = f", line {line}, column {column} of its text"
        location["message"] = {"text": f"record {record[1]}{where}"}
    return location


def _result(report: ArticleReport, finding: Finding, rule_index: dict[str, int], uri: str,
            root_known: bool, seen: Counter[tuple[str, str]]) -> dict[str, Any]:
    fp = fingerprint(finding)
    seen[uri, fp] += 1  # the n-th identical finding in a file keeps its own fingerprint
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": LEVELS.get(finding.severity, "warning"),
        "message": {"text": finding.message},
        "locations": [_location(uri, report.article, finding.span, root_known)],
        "partialFingerprints": {FINGERPRINT_KEY: f"{fp}:{seen[uri, fp]}"},
        "properties": {"findingId": finding.id, "claims": list(finding.claims),
                       "category": finding.category},
    }
    if finding.rule in rule_index:
        result["ruleIndex"] = rule_index[finding.rule]
    related = []
    for n, span in enumerate(finding.related, 1):
        loc = _location(uri, report.article, span, root_known)
        loc["id"] = n
        loc["message"] = {"text": span.text}  # (a record's place is in the primary location)
        related.append(loc)
    if related:
        result["relatedLocations"] = related
    return result


def sarif_dict(run: RunReport, options: FormatOptions) -> dict[str, Any]:
    rules = sorted(run.rules.values(), key=lambda r: r.id)
    rule_index = {rule.id: n for n, rule in enumerate(rules)}
    root_known = options.root is not None
    results: list[dict[str, Any]] = []
    artifacts: list[dict[str, Any]] = []
    seen: Counter[tuple[str, str]] = Counter()
    files: set[str] = set()
    for report in run.articles:
        uri = relative_path(report.article.path, options.root)
        record = record_of(uri)
        if not report.article.path.startswith("<") and (record is None or record[0] not in files):
            files.add(record[0] if record else uri)
            artifact: dict[str, Any] = {"location": {"uri": record[0] if record else uri},
                                        "encoding": "UTF-8"}
            if root_known:
                artifact["location"]["uriBaseId"] = "%SRCROOT%"
            artifacts.append(artifact)
        results.extend(_result(report, f, rule_index, uri, root_known, seen)
                       for f in report.findings)
    sarif_run: dict[str, Any] = {
        "tool": {"driver": {"name": "claimcheck", "version": __version__,
                            "semanticVersion": __version__, "informationUri": INFORMATION_URI,
                            "rules": [_rule_dict(r) for r in rules]}},
        "columnKind": "utf16CodeUnits",
        "results": results,
        "artifacts": artifacts,
    }
    if root_known:
        sarif_run["originalUriBaseIds"] = {
            "%SRCROOT%": {"uri": Path(options.root).resolve().as_uri() + "/"}}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [sarif_run]}


def render_sarif(run: RunReport, options: FormatOptions) -> str:
    return json.dumps(sarif_dict(run, options), ensure_ascii=False, indent=2) + "\n"
