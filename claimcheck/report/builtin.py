"""The built-in output formats, registered as a plugin like any other."""

from __future__ import annotations

from claimcheck.hookspecs import hookimpl
from claimcheck.report.formatter import Formatter
from claimcheck.report.github import render_github
from claimcheck.report.jsonreport import render_json, render_jsonl
from claimcheck.report.junit import render_junit
from claimcheck.report.markdown import render_markdown
from claimcheck.report.sarif import render_sarif
from claimcheck.report.text import render_text


@hookimpl
def claimcheck_register_formatters() -> list[Formatter]:
    return [
        Formatter("text", "a report per article and claim, for a person", render_text),
        Formatter("json", "one JSON object (schema claimcheck/report@1)", render_json,
                  "application/json"),
        Formatter("jsonl", "one JSON article report per line", render_jsonl,
                  "application/jsonl"),
        Formatter("sarif", "SARIF 2.1.0 for GitHub code scanning (UTF-16 columns)", render_sarif,
                  "application/sarif+json"),
        Formatter("github", "GitHub Actions workflow commands (annotations)", render_github),
        Formatter("junit", "JUnit XML: a testsuite per file, a testcase per finding",
                  render_junit, "application/xml"),
        Formatter("markdown", "a summary for a pull-request comment", render_markdown,
                  "text/markdown"),
    ]
