"""The attribution rule module: how well is each claim sourced?

A built-in plugin (listed in claimcheck.plugins.DEFAULT_PLUGINS). It grades every claim's source on
a ladder (named person with a role down to no source at all), flags the patterns editors are
trained to catch (anonymous and vague sources, agentless reporting, unattributed checkable claims,
loaded verbs, single sources) and summarizes the article's sourcing.

Modules, one job each: ``lexicon`` (the YAML data), ``matching`` (clitic-aware phrase matching),
``context`` (one article's reading), ``sources`` (the ladder), ``content`` (checkable content),
``checks`` (findings), ``score``, ``summary``, ``rules`` (ids, descriptions, examples). Nothing
heavy is imported at module level: spaCy and CAMeL Tools are imported when an article is checked.

Settings (``[tool.claimcheck.settings.claimcheck_attribution]``): ``lexicons`` (extra YAML files
of the shape of rules/lexicons/<lang>/attribution.yaml), ``house_rules`` and ``scores`` (tables
that override the YAML's values key by key).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.hookspecs import hookimpl
from claimcheck_attribution import rules as _rules

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.config import Config
    from claimcheck.model import ArticleReport, Claim, Finding, Rule, Score


@hookimpl
def claimcheck_configure(config: Config) -> None:
    from claimcheck_attribution.settings import PLUGIN, validate

    validate(config.plugin_settings(PLUGIN))


@hookimpl
def claimcheck_register_rules() -> list[Rule]:
    return _rules.rules()


@hookimpl
def claimcheck_check_claim(claim: Claim, analysis: Analysis) -> list[Finding]:
    from claimcheck_attribution.checks import check_claim
    from claimcheck_attribution.context import context

    return check_claim(claim, context(analysis))


@hookimpl
def claimcheck_check_article(analysis: Analysis) -> list[Finding]:
    from claimcheck_attribution.checks import check_article
    from claimcheck_attribution.context import context

    return check_article(context(analysis))


@hookimpl
def claimcheck_score_claim(claim: Claim, findings: list[Finding], analysis: Analysis
                           ) -> list[Score]:
    from claimcheck_attribution.context import context
    from claimcheck_attribution.score import score_claim

    return [score_claim(claim, findings, context(analysis))]


@hookimpl
def claimcheck_summarize_article(report: ArticleReport, analysis: Analysis) -> dict:
    from claimcheck_attribution.context import context
    from claimcheck_attribution.summary import summarize

    return summarize(report, context(analysis))
