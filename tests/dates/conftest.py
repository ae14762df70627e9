"""Helpers for the date module's tests: tag a text, or run it through the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.analyze.build import build_analysis
from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Article, ArticleReport

TUESDAY = date(2017, 5, 2)  # the seed's publication date


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine(Config())


def _tag(text: str, lang: str, published: date | None = TUESDAY) -> list[tuple[str, str | None]]:
    """(text, value) of every time the tagger finds, in text order."""
    from claimcheck_dates.tagger import tag as run

    article = Article(text=text, lang=lang, published=published)
    analysis = build_analysis(article, Config())
    return [(r.expr.text, r.value) for r in run(analysis)]


def _check(engine: Engine, text: str, lang: str, published: date | None = TUESDAY
          ) -> ArticleReport:
    return engine.check(Article(text=text, lang=lang, published=published))


def _date_findings(report: ArticleReport, rule: str | None = None) -> list:
    return [f for f in report.findings
            if f.rule.startswith("dates.") and (rule is None or f.rule == rule)]


@pytest.fixture(scope="session")
def tag():
    return _tag


@pytest.fixture(scope="session")
def check(engine):
    return lambda text, lang, published=TUESDAY: _check(engine, text, lang, published)


@pytest.fixture(scope="session")
def date_findings():
    return _date_findings
