"""Helpers for the attribution tests: hand-made claims over real analyses, and a pipeline engine.

Hand-made claims let the rules be tested on exactly the source / cue / content an extractor would
give, independent of the extractor's progress; the engine runs the whole pipeline (load, analyze,
the real extractors, this module) for the end-to-end tests.
"""

from __future__ import annotations

from claimcheck.analyze.analysis import Analysis
from claimcheck.analyze.build import build_analysis
from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Article, ArticleReport, Claim, Cue, Finding, Source
from claimcheck.plugins import DEFAULT_PLUGINS, PluginManager

# The pipeline without the other rule modules, so their work in progress cannot disturb these tests.
PLUGINS = tuple(p for p in DEFAULT_PLUGINS if p not in ("claimcheck_consistency",
                                                         "claimcheck_dates"))


def make_engine(plugins: tuple[str, ...] | list[str] = PLUGINS) -> Engine:
    manager = PluginManager()
    manager.load_builtins(plugins)
    return Engine(Config(), manager=manager)


def run(engine: Engine, text: str, lang: str) -> ArticleReport:
    return engine.check(Article(text=text, lang=lang, path="<test>"))


def rule_findings(report: ArticleReport, rule: str) -> list[Finding]:
    return [f for f in report.findings if f.rule == rule]


def locate(text: str, part: str, nth: int = 0, after: int = 0) -> tuple[int, int]:
    start = after - 1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def analysis_of(text: str, lang: str, config: Config | None = None) -> Analysis:
    return build_analysis(Article(text=text, lang=lang, path="<test>"), config or Config())


def make_claim(analysis: Analysis, content: str, *, source: str | None = None,
               source_type: str = "person", cue: str | None = None, lemma: str = "",
               stance: str = "neutral", kind: str = "indirect", cid: str = "c1",
               meta: dict | None = None, source_meta: dict | None = None,
               after: int = 0) -> Claim:
    """A claim over substrings of the analysed text, as an extractor would build it."""
    text = analysis.article.text
    c0, c1 = locate(text, content, after=after)
    sent = next(s for s in analysis.doc.sents if s.start_char <= c0 < s.end_char)
    claim = Claim(id=cid, kind=kind, content=analysis.article.span(c0, c1),  # type: ignore[arg-type]
                  sentence=analysis.span(sent), meta=dict(meta or {}))
    if source is not None:
        s0, s1 = locate(text, source, after=sent.start_char)
        claim.source = Source(type=source_type, name=source,  # type: ignore[arg-type]
                              span=analysis.article.span(s0, s1), meta=dict(source_meta or {}))
    elif kind == "unattributed":
        claim.source = Source(type="self", name="")
    if cue is not None:
        k0, k1 = locate(text, cue, after=sent.start_char)
        claim.cue = Cue(span=analysis.article.span(k0, k1), lemma=lemma or cue,
                        stance=stance)  # type: ignore[arg-type]
    return claim
