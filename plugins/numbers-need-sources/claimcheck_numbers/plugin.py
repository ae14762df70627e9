"""The hooks: find figures when the article is analysed, flag the ones no named source gives.

A figure is sourced when it stands inside a claim whose source is a person, an organization, a
government or a document, or in a sentence that holds such a claim (end-attributed sentences,
"..., the statistics office said", are often split in other ways by extractors). Figures in the
headline are left alone: headlines carry no attribution by convention. A figure in the outlet's
own voice (no claim, or an unattributed one) is ``numbers.unsourced``; one that only an anonymous
source gives is ``numbers.anonymous-source``.
One finding per claim (or sentence), at its first figure, with every figure in ``related``.

Settings (``[settings.numbers]``): ``min_value`` (figures below it are ignored; default 0) and
``anonymous`` (false to stop flagging anonymously sourced figures).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimcheck.errors import ConfigError
from claimcheck.hookspecs import hookimpl
from claimcheck.model import Example, Finding, Rule
from claimcheck_numbers.figures import Figure, find_figures

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.config import Config
    from claimcheck.model import ArticleReport, Claim

NAME = "numbers"
NAMED = {"person", "organization", "government", "document"}

RULES = [
    Rule(
        id="numbers.unsourced",
        description="A figure (a toll, a count, a percentage) in the outlet's own voice: say who "
                    "counted it.",
        severity="warning",
        flag=[Example("وقتل 40 شخصا في غارات على ريف إدلب أمس الثلاثاء.", "ar"),
              Example("وارتفعت أسعار الخبز بنسبة 30 في المئة خلال شهرين.", "ar"),
              Example("At least 40 people were killed in air strikes on Tuesday.", "en")],
        pass_=[Example("وقالت وزارة الصحة إن 40 شخصا قتلوا في غارات على ريف إدلب.", "ar"),
               Example("وتحدث الزعيمان هاتفياً في 20 كانون الثاني (يناير) 2017.", "ar"),
               Example("The health ministry said 40 people were killed in air strikes.", "en"),
               Example("The two leaders spoke by phone in January 2017.", "en")],
    ),
    Rule(
        id="numbers.anonymous-source",
        description="A figure that only an anonymous source gives; name the source or a second "
                    "one.",
        severity="info",
        flag=[Example("وقال مصدر أمني إن أكثر من 200 مسلح فروا نحو الحدود.", "ar"),
              Example("A security source said more than 200 fighters had fled.", "en")],
        pass_=[Example("وقال وزير الداخلية إن أكثر من 200 مسلح فروا نحو الحدود.", "ar"),
               Example("The interior minister said more than 200 fighters had fled.", "en")],
    ),
]


def _settings(config: Config) -> dict[str, Any]:
    raw = config.plugin_settings(NAME)
    min_value = raw.get("min_value", 0)
    if not isinstance(min_value, int | float) or isinstance(min_value, bool):
        raise ConfigError(f"settings.{NAME}.min_value must be a number, not {min_value!r}")
    anonymous = raw.get("anonymous", True)
    if not isinstance(anonymous, bool):
        raise ConfigError(f"settings.{NAME}.anonymous must be true or false")
    return {"min_value": float(min_value), "anonymous": anonymous}


def _value(figure: Figure) -> float | None:
    digits = "".join(ch for ch in figure.span.text if ch.isdigit())
    try:
        return float(int(digits)) if digits else None
    except ValueError:
        return None


@hookimpl
def claimcheck_configure(config: Config) -> None:
    _settings(config)


@hookimpl
def claimcheck_register_rules() -> list[Rule]:
    return RULES


@hookimpl
def claimcheck_analyze(analysis: Analysis) -> None:
    settings = _settings(analysis.config)
    figures = [f for f in find_figures(analysis)
               if (v := _value(f)) is None or v >= settings["min_value"]]
    analysis.data[NAME] = {"figures": figures}


def _owner(figure: Figure, claims: list[Claim]) -> Claim | None:
    """The innermost claim whose content holds the figure (nested claims are shorter), else a
    claim with a named source in the figure's sentence."""
    holding = [c for c in claims if c.content.contains(figure.span)]
    if holding:
        inner = min(holding, key=lambda c: len(c.content))
        if inner.source is not None and inner.source.type in NAMED:
            return inner
    around = [c for c in claims if c.sentence is not None and c.sentence.contains(figure.span)
              and c.source is not None and c.source.type in NAMED]
    if around:
        return around[0]
    return min(holding, key=lambda c: len(c.content)) if holding else None


def _in_headline(figure: Figure, analysis: Analysis) -> bool:
    title = " ".join((analysis.article.title or "").split())
    if not title:
        return False
    sentence = analysis.doc[figure.tokens[0]].sent
    paragraph = next((p for p in analysis.paragraphs
                      if p.start <= sentence.start < p.end), sentence)
    return " ".join(paragraph.text.split()) == title


@hookimpl
def claimcheck_check_article(analysis: Analysis) -> list[Finding]:
    figures: list[Figure] = analysis.data.get(NAME, {}).get("figures", [])
    flag_anonymous = _settings(analysis.config)["anonymous"]
    groups: dict[str, tuple[str, Claim | None, list[Figure]]] = {}
    for figure in figures:
        if _in_headline(figure, analysis):
            continue
        claim = _owner(figure, analysis.claims)
        stype = claim.source.type if claim and claim.source else None
        if stype in NAMED:
            continue
        rule = "numbers.anonymous-source" if stype == "anonymous" else "numbers.unsourced"
        if rule == "numbers.anonymous-source" and not flag_anonymous:
            continue
        key = claim.id if claim else _sentence_key(analysis, figure)
        groups.setdefault(key, (rule, claim, []))[2].append(figure)
    findings = []
    for rule, claim, found in groups.values():
        first = found[0]
        shown = ", ".join(f"'{f.span.text}'" for f in found[:3])
        if rule == "numbers.unsourced":
            message = f"figure{'s' if len(found) > 1 else ''} {shown} with no named source: " \
                      "say who counted"
        else:
            who = claim.source.span.text if claim and claim.source and claim.source.span else "?"
            message = f"figure{'s' if len(found) > 1 else ''} {shown} rest on an anonymous " \
                      f"source ({who}): name it or add a second source"
        findings.append(Finding(rule=rule, message=message,
                                severity="warning" if rule == "numbers.unsourced" else "info",
                                span=first.span, claims=[claim.id] if claim else [],
                                related=[f.span for f in found[1:]],
                                data={"figures": [f.span.text for f in found]}))
    return findings


def _sentence_key(analysis: Analysis, figure: Figure) -> str:
    sentence = analysis.doc[figure.tokens[0]].sent
    return f"s{sentence.start}"


@hookimpl
def claimcheck_summarize_article(report: ArticleReport, analysis: Analysis) -> dict:
    figures = analysis.data.get(NAME, {}).get("figures", [])
    flagged = [f for f in report.findings if f.rule.startswith(f"{NAME}.")]
    unsourced = sum(len(f.data.get("figures", [])) for f in flagged
                    if f.rule == "numbers.unsourced")
    anonymous = sum(len(f.data.get("figures", [])) for f in flagged
                    if f.rule == "numbers.anonymous-source")
    return {NAME: {"figures": len(figures), "unsourced": unsourced, "anonymous": anonymous,
                   "sourced": len(figures) - unsourced - anonymous}}
