"""The data model every stage shares: articles, spans, claims, findings, times and reports.

All offsets are Unicode code-point offsets, end exclusive, into ``Article.text``: the input document
exactly as decoded, before any normalization, front matter and markup included. A ``Span`` always
carries the exact characters it points at, so ``article.text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("info", "warning", "error")  # ascending

ClaimKind = Literal["direct", "indirect", "mixed", "according_to", "unattributed"]
SourceType = Literal["person", "organization", "government", "anonymous", "document", "self"]
Stance = Literal["neutral", "assertive", "doubtful", "denial", "accusation"]
Granularity = Literal["day", "week", "month", "year", "quarter", "range", "decade", "unknown"]


def severity_rank(severity: str) -> int:
    """0 for info, 1 for warning, 2 for error; used to compare with --fail-on."""
    return SEVERITIES.index(severity)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the input document: [start, end) and the exact characters there."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """The span of ``source`` between ``start`` and ``end``, with its text taken from it."""
        if not 0 <= start <= end <= len(source):
            raise ValueError(f"span [{start}, {end}) outside a text of {len(source)} characters")
        return cls(start, end, source[start:end])

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Article:
    """One document to check, as the loader produced it.

    ``text`` is the whole input as decoded. ``body_start``/``body_end`` delimit the part that is the
    article (front matter excluded). For markup formats (HTML) ``visible`` lists the [start, end)
    pieces of ``text`` a reader sees, as ``(visible_text, start, end)`` with markup dropped and
    character references decoded; analysis runs on those only.
    """

    text: str
    path: str = "<string>"
    lang: str | None = None
    title: str | None = None
    published: date | None = None
    published_from: str | None = None  # "cli", "front-matter", "record", "dateline" or None
    id: str | None = None
    body_start: int = 0
    body_end: int | None = None
    visible: list[tuple[str, int, int]] | None = None
    title_span: Span | None = None  # where the title stands in ``text``, when it does
    encoding: str = "utf-8"
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.body_end is None:
            self.body_end = len(self.text)

    def span(self, start: int, end: int) -> Span:
        return Span.of(self.text, start, end)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of ``offset`` in ``text``."""
        line = self.text.count("\n", 0, offset) + 1
        line_start = self.text.rfind("\n", 0, offset) + 1
        return line, offset - line_start + 1


@dataclass
class Source:
    """Who stands behind a claim: the span naming them, a normalized name and a type."""

    type: SourceType
    name: str
    span: Span | None = None  # None for agentless ("it is said") and for self
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = self.span.to_dict() if self.span else {"text": None, "start": None,
                                                                       "end": None}
        out.update(type=self.type, name=self.name)
        if self.meta:
            out["meta"] = self.meta
        return out


@dataclass
class Cue:
    """The reporting expression (said, told, قال، أضاف، بحسب...) with its lemma and stance."""

    span: Span
    lemma: str
    stance: Stance = "neutral"

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "lemma": self.lemma, "stance": self.stance}


@dataclass
class TimeExpression:
    """A temporal expression and its value resolved against the publication date.

    ``value`` is ISO 8601: "2017-05-02", "2017-05", "2017", or a range "2017-05-03/2017-05-04";
    None when it cannot be resolved (for want of an anchor, say).
    """

    span: Span
    value: str | None
    granularity: Granularity = "unknown"
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out = {**self.span.to_dict(), "value": self.value, "granularity": self.granularity}
        if self.meta:
            out["meta"] = self.meta
        return out


@dataclass
class Score:
    """One dimension of a claim's score, with the reason a person can read."""

    dimension: str  # "attribution", "consistency", "dates" or a plugin's own
    value: float  # in [0, 1], 1 is best
    reason: str = ""


@dataclass
class Claim:
    """One statement in the article: who said what, with exact spans."""

    id: str
    kind: ClaimKind
    content: Span
    source: Source | None = None
    cue: Cue | None = None
    sentence: Span | None = None  # the sentence(s) the claim stands in
    parent: str | None = None  # id of the claim this one is nested in
    times: list[TimeExpression] = field(default_factory=list)
    scores: dict[str, Score] = field(default_factory=dict)
    findings: list[str] = field(default_factory=list)  # finding ids
    related: dict[str, list[str]] = field(default_factory=dict)  # "repeats"/"contradicts" -> ids
    meta: dict[str, Any] = field(default_factory=dict)  # what plugins attach (verdicts, links...)

    @property
    def overall(self) -> float | None:
        return self.scores["overall"].value if "overall" in self.scores else None


@dataclass
class Finding:
    """What a rule found: a message at a place in the article, about zero or more claims."""

    rule: str
    message: str
    severity: Severity
    span: Span | None = None  # the primary place; None for article-level findings
    claims: list[str] = field(default_factory=list)
    related: list[Span] = field(default_factory=list)  # every other span involved
    data: dict[str, Any] = field(default_factory=dict)  # expected/found and the like
    id: str = ""  # assigned by the engine ("f1", "f2"...)
    plugin: str | None = None  # which plugin produced it; set by the engine

    @property
    def category(self) -> str:
        return self.rule.split(".", 1)[0]


@dataclass
class Example:
    """A text a rule must flag (or must pass), in the rule's language."""

    text: str
    lang: str
    published: date | None = None
    title: str | None = None


@dataclass
class Rule:
    """A rule's identity card: id, what it checks, how bad it is, and its examples."""

    id: str  # "<category>.<name>"
    description: str
    severity: Severity
    flag: list[Example] = field(default_factory=list)
    pass_: list[Example] = field(default_factory=list)
    help_url: str | None = None
    origin: str = ""  # plugin name or rule-pack file it came from
    langs: tuple[str, ...] = ()  # empty: every language

    @property
    def category(self) -> str:
        return self.id.split(".", 1)[0]


@dataclass
class ArticleReport:
    """The result for one article, as the formatters render it."""

    article: Article
    claims: list[Claim] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    score: float | None = None
    summary: dict[str, Any] = field(default_factory=dict)  # per-module article-level summaries
    errors: list[str] = field(default_factory=list)  # plugin errors, one line each

    def findings_for(self, claim: Claim) -> list[Finding]:
        ids = set(claim.findings)
        return [f for f in self.findings if f.id in ids]


@dataclass
class RunReport:
    """Everything one `claimcheck check` run produced."""

    articles: list[ArticleReport] = field(default_factory=list)
    rules: dict[str, Rule] = field(default_factory=dict)

    def all_findings(self) -> Iterable[tuple[ArticleReport, Finding]]:
        for report in self.articles:
            for finding in report.findings:
                yield report, finding
