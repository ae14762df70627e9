"""Helpers for the CI tests: a local plugin that flags words deterministically, drafts, git.

The plugin stands in for the real rule modules (built at the same time by others) so these tests
depend only on the CI machinery: it registers two rules and flags fixed words in Arabic and English.
(A module of its own, not conftest.py: several test folders have a conftest, and ``import conftest``
would get whichever was imported first.)
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_85d54ae7857c55e9.md"
SCHEMA = REPO / "tests" / "data" / "sarif-schema-2.1.0.json"
OURS = "newsroom,claimcheck"

PLUGIN = '''
"""A newsroom's house-style plugin, as a test writes it: two rules flagging fixed words."""
import re

from claimcheck.hookspecs import hookimpl
from claimcheck.model import Example, Finding, Rule

HEDGES = ["allegedly", "يُزعم", "المزعوم"]  # warning
LOADED = ["slammed", "هاجم", "المتشددين", "🚨"]  # error


@hookimpl
def claimcheck_register_rules():
    return [
        Rule("newsroom.hedge", "A hedge word that weakens a claim. Say who alleges it.", "warning",
             flag=[Example("The minister allegedly lied.", "en")],
             pass_=[Example("The minister lied, the court found.", "en")]),
        Rule("newsroom.loaded", "A loaded verb in place of a neutral one.", "error",
             flag=[Example("وقال إن الوزير هاجم التقرير.", "ar")],
             pass_=[Example("وقال إن الوزير انتقد التقرير.", "ar")]),
    ]


@hookimpl
def claimcheck_check_article(analysis):
    article = analysis.article
    body = article.text[article.body_start:article.body_end]
    out = []
    for rule, words in (("newsroom.hedge", HEDGES), ("newsroom.loaded", LOADED)):
        severity = "warning" if rule == "newsroom.hedge" else "error"
        for word in words:
            for m in re.finditer(re.escape(word), body):
                start = article.body_start + m.start()
                out.append(Finding(rule, f"{word!r}: use a neutral word", severity,
                                   span=article.span(start, start + len(word))))
    return out
'''

AR_DRAFT = """\
---
title: الوزير والتقرير
published: 2024-03-12
lang: ar
---
وقال مسؤول كبير في الوزارة إن الوزير هاجم التقرير يوم الثلاثاء.
وأضاف المسؤول أن الاجتماع المزعوم لم يُعقد أصلاً.
وذكرت الوكالة في بيان أن المحادثات ستستأنف الأسبوع المقبل.
"""

EN_DRAFT = """\
---
title: Minister and the report
published: 2024-03-12
lang: en
---
The minister slammed the report on Tuesday, a senior official said.
The official said the meeting had allegedly never taken place.
Talks will resume next week, the agency said in a statement.
"""


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout


def findings(report: dict) -> list[tuple[str, str, int]]:
    """(path, rule, line) of every finding in a JSON report."""
    return [(a["path"], f["rule"], f["line"]) for a in report["articles"] for f in a["findings"]]


def utf16_offset_to_cp(line_text: str, column: int) -> int:
    """Code-point index in ``line_text`` of a 1-based UTF-16 column."""
    units = 0
    for i, ch in enumerate(line_text):
        if units == column - 1:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    assert units == column - 1
    return len(line_text)


def region_text(text: str, region: dict) -> str:
    """What a SARIF region covers in ``text``, read the way GitHub reads it (lines, UTF-16)."""
    lines = text.split("\n")
    line_starts = [0]
    for line in lines[:-1]:
        line_starts.append(line_starts[-1] + len(line) + 1)
    start = line_starts[region["startLine"] - 1] + utf16_offset_to_cp(
        lines[region["startLine"] - 1], region["startColumn"])
    end = line_starts[region["endLine"] - 1] + utf16_offset_to_cp(
        lines[region["endLine"] - 1], region["endColumn"])
    return text[start:end]
