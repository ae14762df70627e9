"""Inline suppressions in drafts: ``<!-- claimcheck-disable RULE... -->`` and friends.

- ``<!-- claimcheck-disable [RULE...] -->`` silences the rules (ids or categories; none: all) from
  its line until a matching ``claimcheck-enable`` or the end of the file;
- ``<!-- claimcheck-enable [RULE...] -->`` ends them (none: ends every disable);
- ``<!-- claimcheck-disable-next-line [RULE...] -->`` silences them on the next line only.

Findings are matched by their first line. An article-level finding (no span) is silenced only by a
disable that still holds at the end of the file. The comments are read from ``Article.text``, the
input as written, so they work in Markdown, HTML and plain text alike. This module is also a plugin:
it registers ``claimcheck.unknown-suppression`` and reports each rule id in a comment that names no
registered rule or category (a typo would otherwise silence nothing, quietly).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimcheck.hookspecs import hookimpl
from claimcheck.model import Article, Example, Finding, Rule, Span

UNKNOWN_RULE = "claimcheck.unknown-suppression"
ALL = "*"
COMMENT = re.compile(
    r"<!--\s*claimcheck-(?P<verb>disable-next-line|disable|enable)\b(?P<rules>[^>]*?)\s*-->")
RULE_TOKEN = re.compile(r"[^\s,]+")


@dataclass
class Directive:
    verb: str  # "disable", "enable" or "disable-next-line"
    line: int  # 1-based line where the comment starts
    rules: list[Span] = field(default_factory=list)  # empty: every rule
    end_line: int = 0  # where it ends (a comment may run over several lines)


def directives(article: Article) -> list[Directive]:
    found = []
    for match in COMMENT.finditer(article.text):
        line, _col = article.line_col(match.start())
        rules = [article.span(match.start("rules") + m.start(), match.start("rules") + m.end())
                 for m in RULE_TOKEN.finditer(match.group("rules"))]
        end_line = article.line_col(match.end())[0]
        found.append(Directive(match.group("verb"), line, rules, end_line))
    return found


def _covers(pattern: str, rule_id: str) -> bool:
    return pattern == ALL or rule_id == pattern or rule_id.startswith(pattern.rstrip(".") + ".")


@dataclass
class Suppressions:
    """Which rules are silenced on which lines of one article."""

    ranges: list[tuple[str, int, int | None]] = field(default_factory=list)  # rule, first, last

    @classmethod
    def of(cls, article: Article) -> Suppressions:
        out = cls()
        open_: dict[str, int] = {}  # pattern -> line where its disable starts
        for d in directives(article):
            names = [s.text for s in d.rules] or [ALL]
            if d.verb == "disable-next-line":
                out.ranges.extend((name, d.end_line + 1, d.end_line + 1) for name in names)
            elif d.verb == "disable":
                for name in names:
                    open_.setdefault(name, d.line)
            else:  # enable: the named patterns, or all of them
                closing = list(open_) if not d.rules else [n for n in names if n in open_]
                for name in closing:
                    out.ranges.append((name, open_.pop(name), d.line))
        out.ranges.extend((name, first, None) for name, first in open_.items())
        return out

    def silences(self, finding: Finding, article: Article) -> bool:
        if finding.rule == UNKNOWN_RULE:
            return False  # a broken suppression comment must not silence its own report
        line = article.line_col(finding.span.start)[0] if finding.span is not None else None
        for pattern, first, last in self.ranges:
            if not _covers(pattern, finding.rule):
                continue
            if line is None:
                if last is None:
                    return True
            elif first <= line and (last is None or line <= last):
                return True
        return False


def unknown_rule_findings(article: Article, known: set[str]) -> list[Finding]:
    """A finding on each rule id in a suppression comment that is no rule and no category."""
    categories = {rule_id.split(".", 1)[0] for rule_id in known}
    out = []
    for d in directives(article):
        for span in d.rules:
            if span.text in known or span.text.rstrip(".") in categories:
                continue
            out.append(Finding(
                rule=UNKNOWN_RULE, severity="warning", span=span,
                message=f"claimcheck-{d.verb} names {span.text!r}, which is no known rule or "
                        f"category; the comment silences nothing for it"))
    return out


# -- the plugin: register the rule, report unknown ids -------------------------------------------

RULES = [Rule(
    id=UNKNOWN_RULE,
    description="A claimcheck-disable/enable comment names a rule id that no plugin registers "
                "(a typo or a removed rule), so it silences nothing.",
    severity="warning",
    flag=[
        Example("<!-- claimcheck-disable attribution.anonymous-sauce -->\n"
                "وقال مسؤول كبير إن المحادثات ستستأنف الأسبوع المقبل.", "ar"),
        Example("<!-- claimcheck-disable-next-line dates.weekday-missmatch -->\n"
                "The minister said on Tuesday that talks would resume.", "en"),
    ],
    pass_=[
        Example("<!-- claimcheck-disable claimcheck.unknown-suppression -->\n"
                "وقال مسؤول كبير إن المحادثات ستستأنف الأسبوع المقبل.", "ar"),
        Example("<!-- claimcheck-disable-next-line claimcheck -->\n"
                "The minister said on Tuesday that talks would resume.", "en"),
    ],
    origin="claimcheck.suppress",
)]


@hookimpl
def claimcheck_register_rules() -> list[Rule]:
    return RULES


@hookimpl
def claimcheck_check_article(analysis) -> list[Finding]:
    known = getattr(analysis, "rules", None)
    if not known or "claimcheck-" not in analysis.article.text:
        return []
    return unknown_rule_findings(analysis.article, set(known))
