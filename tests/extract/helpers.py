"""Run the real pipeline on a passage and return its claims, checking every span on the way."""

from __future__ import annotations

from functools import cache

from claimcheck.engine import Engine
from claimcheck.model import Article, Claim


@cache
def engine() -> Engine:
    return Engine()


def claims_of(text: str, lang: str) -> list[Claim]:
    """The claims the pipeline finds in ``text``; fails if any span misses its characters."""
    article = Article(text=text, lang=lang)
    report = engine().check(article)
    extract_errors = [e for e in report.errors if "extract" in e]
    assert not extract_errors, extract_errors
    for claim in report.claims:
        spans = [claim.content, claim.sentence]
        if claim.cue:
            spans.append(claim.cue.span)
        if claim.source and claim.source.span:
            spans.append(claim.source.span)
        for span in spans:
            if span is not None:
                assert text[span.start:span.end] == span.text
    return report.claims


def attributed(text: str, lang: str) -> list[Claim]:
    return [c for c in claims_of(text, lang) if c.kind != "unattributed"]


def source_text(claim: Claim) -> str | None:
    return claim.source.span.text if claim.source and claim.source.span else None
