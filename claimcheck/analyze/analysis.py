"""The Analysis: everything known about one article while the pipeline runs over it.

Two coordinate systems meet here, and this class is where they are converted:

- spaCy objects (``doc``, its tokens, sentences and spans) live in the coordinates of ``view``, the
  analysed text: the article body with front matter cut off and markup dropped;
- model objects (:class:`~claimcheck.model.Span`, claims, findings, times) live in the coordinates
  of ``article.text``, the input exactly as read.

``analysis.span(...)`` turns view offsets or spaCy objects into model spans; never build a model
``Span`` from ``doc.text`` offsets by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claimcheck.model import Article, Claim, Finding, Rule, Span, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

    from claimcheck.analyze.textview import TextView
    from claimcheck.config import Config


@dataclass
class Mention:
    """A known source named in the text (from a gazetteer), in article coordinates."""

    span: Span
    name: str  # canonical name
    type: str  # a SourceType
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Analysis:
    article: Article
    lang: str
    view: TextView  # the analysed text, mapped to article.text
    doc: Doc  # spaCy Doc over view.text
    config: Config
    paragraphs: list[DocSpan] = field(default_factory=list)  # spans of doc, in text order
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # filled as checks run
    data: dict[str, Any] = field(default_factory=dict)  # per-plugin scratch space, by plugin name
    rules: dict[str, Rule] = field(default_factory=dict)  # the registry (rule id -> Rule)

    @property
    def text(self) -> str:
        """The analysed text (``view.text`` == ``doc.text``)."""
        return self.view.text

    @property
    def sentences(self) -> list[DocSpan]:
        return list(self.doc.sents)

    def span(self, start: int | DocSpan | Token, end: int | None = None) -> Span:
        """A model span in article coordinates, from view offsets or from a spaCy token/span."""
        if end is None:
            obj = start
            if hasattr(obj, "idx") and not hasattr(obj, "start_char"):  # Token
                start, end = obj.idx, obj.idx + len(obj.text)
            else:  # spaCy Span
                start, end = obj.start_char, obj.end_char
        a, b = self.view.origin_offsets(int(start), int(end))
        return self.article.span(a, b)

    def view_offsets(self, span: Span) -> tuple[int, int] | None:
        """The view offsets of an article span, or None if it lies outside the analysed text."""
        return self.view.view_offsets(span.start, span.end)

    def claim(self, claim_id: str) -> Claim | None:
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        return None
