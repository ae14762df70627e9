"""The built-in output formats, registered as a plugin like any other."""

from __future__ import annotations

from claimcheck.hookspecs import hookimpl
from claimcheck.report.formatter import Formatter
from claimcheck.report.jsonreport import render_json, render_jsonl
from claimcheck.report.text import render_text


@hookimpl
def claimcheck_register_formatters() -> list[Formatter]:
    return [
        Formatter("text", "a report per article and claim, for a person", render_text),
        Formatter("json", "one JSON object (schema claimcheck/report@1)", render_json,
                  "application/json"),
        Formatter("jsonl", "one JSON article report per line", render_jsonl,
                  "application/jsonl"),
    ]
