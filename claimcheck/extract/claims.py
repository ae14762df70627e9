"""Claim assembly shared by the language extractors: spans, temporary ids, carried sources.

Extractors find offsets in view coordinates (``analysis.doc``); this module turns them into model
claims in article coordinates (through ``analysis.span``), trims content edges, gives each claim a
temporary id ("x1", "x2"...; the engine renumbers claims and remaps ``parent``) and copies a
previous claim's source onto a continuation ("وأضاف", "He added"):

- a carried source keeps the original's name and type, its span points at the ORIGINAL mention,
  and ``Source.meta["carried_from"]`` is the temporary id of the claim it was carried from;
- an agentless source ("قيل إن", "it is said") is ``Source("anonymous", "", None,
  {"agentless": True})``;
- ``Claim.meta["via"] = "statement"`` when the cue names a statement or document;
- a definite back-reference ("وتوقعت الوزارة" after "وزارة الصناعة والتجارة") keeps its own span
  and takes the earlier source's name, with ``Source.meta["antecedent"]`` = the earlier mention's
  text (the Arabic extractor sets it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claimcheck.model import Claim, Cue, Source

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan

    from claimcheck.analyze.analysis import Analysis

# Characters trimmed from both ends of a content span (quotation marks are kept when they enclose
# the whole content only if the extractor asks for the inner span itself).
EDGE = " \t\n\u00a0.,،؛;:!?؟-–—"
OPENERS = "«“„‹\"("
CLOSERS = "»”“›\")"
# A wire dateline before the first sentence of a story: "GENEVA, Sept 4 (Reuters) - ",
# "بيروت (رويترز) - ". Content that starts a paragraph begins after it.
DATELINE = re.compile(r"[^\n()]{1,60}\([^()\n]{1,40}\)\s*[-–—]+\s*")


@dataclass
class ClaimSet:
    """The claims of one article as an extractor builds them, in the order found."""

    analysis: Analysis
    claims: list[Claim] = field(default_factory=list)
    view_content: dict[str, tuple[int, int]] = field(default_factory=dict)  # id -> view offsets

    def trim(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` in the view without edge space and punctuation; an unbalanced
        quotation mark at one edge goes too."""
        text = self.analysis.text
        while start < end and text[start] in EDGE:
            start += 1
        while end > start and text[end - 1] in EDGE:
            end -= 1
        inner = text[start:end]
        if inner and inner[0] in OPENERS and not any(c in inner[1:] for c in CLOSERS):
            start += 1
        if inner and inner[-1] in CLOSERS and not any(c in inner[:-1] for c in OPENERS):
            end -= 1
        while start < end and text[start] in EDGE:
            start += 1
        while end > start and text[end - 1] in EDGE:
            end -= 1
        return start, end

    def after_dateline(self, start: int) -> int:
        """``start``, or past the wire dateline that opens the paragraph there."""
        text = self.analysis.text
        if start and text[start - 1] != "\n":
            return start
        found = DATELINE.match(text, start)
        return found.end() if found else start

    def add(self, kind: str, content: tuple[int, int], source: Source | None, cue: Cue | None,
            sentence: DocSpan | tuple[int, int] | None = None, parent: str | None = None,
            meta: dict[str, Any] | None = None, trim: bool = True) -> Claim | None:
        """Add a claim whose content is ``content`` (view offsets); None if the content is empty."""
        start, end = self.trim(*content) if trim else content
        if end - start < 2:
            return None
        span = self.analysis.span(start, end)
        claim_id = f"x{len(self.claims) + 1}"
        if sentence is not None and not isinstance(sentence, tuple):
            sentence = (sentence.start_char, sentence.end_char)
        sentence_span = None
        if sentence is not None:
            s0, s1 = self.trim(min(sentence[0], start), max(sentence[1], end))
            sentence_span = self.analysis.span(s0, s1)
        claim = Claim(id=claim_id, kind=kind, content=span, source=source, cue=cue,  # type: ignore[arg-type]
                      sentence=sentence_span, parent=parent, meta=dict(meta or {}))
        self.claims.append(claim)
        self.view_content[claim_id] = (start, end)
        return claim

    def covering(self, offset: int) -> Claim | None:
        """The innermost claim whose content contains view ``offset``."""
        best = None
        for claim in self.claims:
            start, end = self.view_content[claim.id]
            if start <= offset < end and (best is None or start >= self.view_content[best.id][0]):
                best = claim
        return best

    def covered(self, start: int, end: int) -> bool:
        """Whether any claim's content overlaps view ``[start, end)``."""
        return any(s < end and start < e for s, e in self.view_content.values())

    def last_speaker(self, before: int, *, named_only: bool = False) -> Claim | None:
        """The last top-level claim before view offset ``before`` that has a source span."""
        for claim in reversed(self.claims):
            if self.view_content[claim.id][0] >= before or claim.parent:
                continue
            source = claim.source
            if source is None or source.span is None or source.type == "self":
                continue
            if named_only and source.type in ("anonymous", "document"):
                continue
            return claim
        return None


def carried(claim: Claim, **meta: Any) -> Source:
    """A copy of ``claim``'s source for a continuation, pointing at the original mention."""
    source = claim.source
    assert source is not None
    extra = {k: v for k, v in source.meta.items() if k not in ("carried_from", "resolved_pronoun")}
    return Source(type=source.type, name=source.name, span=source.span,
                  meta={**extra, "carried_from": claim.id, **meta})


def agentless() -> Source:
    return Source(type="anonymous", name="", span=None, meta={"agentless": True})
