"""Helpers for the consistency tests: run the whole pipeline, or build an Analysis by hand."""

from __future__ import annotations

from pathlib import Path

from claimcheck.analyze.build import build_analysis
from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Article


def load_text(engine: Engine, text: str, name: str = "article.md"):
    """The articles the loader makes of ``text`` (front matter, headline and all)."""
    return engine.load(Path(name), text.encode("utf-8"))


def check_text(engine: Engine, text: str, name: str = "article.md"):
    [article] = load_text(engine, text, name)
    return engine.check(article)


def analysis_of(text: str, lang: str = "ar", **kw):
    return build_analysis(Article(text=text, lang=lang, **kw), Config())


def of_rule(report, rule: str):
    return [f for f in report.findings if f.rule == rule]
