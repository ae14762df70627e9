"""Baselines: record today's findings, then report only new ones (--write-baseline, --baseline).

A baseline counts findings per file, rule and fingerprint. The fingerprint hashes the rule and the
finding's text (whitespace folded), never its line or offset, so edits that shift lines leave it
valid. Counting keeps repeats honest: with two of a kind recorded and three found, one is new.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

from claimcheck.errors import ConfigError
from claimcheck.model import ArticleReport, Finding

SCHEMA = "claimcheck/baseline@1"
Known = dict[str, Counter[tuple[str, str]]]  # per file: how many of each (rule, fingerprint)


def finding_text(finding: Finding) -> str:
    text = finding.span.text if finding.span is not None else finding.message
    return " ".join(text.split())


def fingerprint(finding: Finding) -> str:
    """A line-independent fingerprint of a finding: its rule and its text."""
    digest = hashlib.sha256(f"{finding.rule}\0{finding_text(finding)}".encode())
    return digest.hexdigest()[:16]


def _key(report: ArticleReport) -> str:
    return report.article.path  # records carry their number and id in it ("a.jsonl#2:id")


def build(reports: list[ArticleReport]) -> dict[str, Any]:
    files: dict[str, dict[str, dict[str, int]]] = {}
    for report in reports:
        per_rule: dict[str, dict[str, int]] = {}
        for finding in report.findings:
            counts = per_rule.setdefault(finding.rule, {})
            fp = fingerprint(finding)
            counts[fp] = counts.get(fp, 0) + 1
        if per_rule:
            files[_key(report)] = {rule: dict(sorted(c.items())) for rule, c in
                                   sorted(per_rule.items())}
    return {"schema": SCHEMA, "files": dict(sorted(files.items()))}


def write(path: Path, reports: list[ArticleReport]) -> None:
    path.write_text(json.dumps(build(reports), ensure_ascii=False, indent=2) + "\n",
                    encoding="utf-8")


def read(path: Path) -> Known:
    """The baseline at ``path`` as per-file counters of (rule, fingerprint)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: baseline file not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: not a readable baseline ({_one_line(exc)})") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise ConfigError(f"{path}: not a claimcheck baseline (expected schema {SCHEMA!r})")
    out: Known = {}
    try:
        for key, rules in data.get("files", {}).items():
            out[key] = Counter({(rule, fp): int(n) for rule, counts in rules.items()
                                for fp, n in counts.items()})
    except (AttributeError, TypeError, ValueError):
        raise ConfigError(f"{path}: malformed baseline entry") from None
    return out


def filter_new(report: ArticleReport, baseline: Known) -> int:
    """Drop the findings the baseline already holds, by count; return how many were dropped."""
    known = Counter(baseline.get(_key(report), Counter()))
    kept: list[Finding] = []
    for finding in report.findings:
        key = (finding.rule, fingerprint(finding))
        if known[key] > 0:
            known[key] -= 1
        else:
            kept.append(finding)
    dropped = len(report.findings) - len(kept)
    report.findings = kept
    return dropped


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
