"""Hook specifications: the contract between the claimcheck engine and its plugins.

The engine calls these hooks; plugins implement them. Built-in behaviour (the loaders, the claim
extractors, the attribution / consistency / dates rule modules, the YAML rule packs and the
formatters) is itself registered as plugins, so a third-party plugin has the same power as a
built-in: it can add to any stage, and `PluginManager.set_blocked(name)` replaces a built-in.

Hooks are grouped by pipeline stage, in the order they run::

    load -> analyze -> extract -> check -> score -> report

Unless a hook says otherwise, the engine calls every implementation and combines their results
(lists are concatenated, in pluggy's call order). Each implementation is called on its own: one that
raises is reported as an error finding on the article (naming the plugin and the hook) and the run
goes on with the others. Hook wrappers are therefore not supported.

Implement a hook with the ``hookimpl`` marker::

    from claimcheck import hookimpl

    @hookimpl
    def claimcheck_check_claim(claim, analysis):
        ...

Arguments are passed by name, so an implementation may accept only the ones it needs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from pathlib import Path

    from claimcheck.analyze.analysis import Analysis
    from claimcheck.config import Config
    from claimcheck.load.options import LoadOptions
    from claimcheck.model import Article, ArticleReport, Claim, Finding, Rule, Score
    from claimcheck.report.formatter import Formatter

PROJECT = "claimcheck"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


# -------------------------------------------------------------------------
# Initialization
# -------------------------------------------------------------------------


@hookspec
def claimcheck_configure(config: Config) -> None:
    """Called once after all plugins are registered and the configuration is read.

    :param config: The effective configuration (command line over config file over defaults).
        A plugin reads its own settings from ``config.plugin_settings(name)``.
    """


@hookspec
def claimcheck_register_rules() -> Iterable[Rule]:
    """Return the rules this plugin implements, with their descriptions, severities and examples.

    Called once at start-up. Every finding a plugin emits must name one of its registered rule ids;
    the engine uses the registry for ``rules list``, ``rules test``, SARIF rule metadata and
    per-rule configuration (select / ignore / severity).
    """


@hookspec
def claimcheck_register_formatters() -> Iterable[Formatter]:
    """Return the output formats this plugin provides (see :class:`claimcheck.report.Formatter`).

    Called once at start-up. A formatter's ``name`` is what ``--format`` accepts; a later plugin's
    formatter of the same name replaces an earlier one.
    """


# -------------------------------------------------------------------------
# load: bytes -> Article
# -------------------------------------------------------------------------


@hookspec(firstresult=True)
def claimcheck_load(path: Path | None, data: bytes, options: LoadOptions) -> list[Article] | None:
    """Turn one input file's bytes into articles.

    :param path: The file's path, or None for standard input.
    :param data: The raw bytes as read.
    :param options: What the command line asked for (encoding, language, publication date, format).
    :return: The articles (a JSON Lines file holds many), or None if this plugin does not know the
        format, so the next loader is tried. Raise :class:`claimcheck.errors.InputError` with a
        one-line message for input that is recognised but broken.

    Stops at the first non-None result.
    """


# -------------------------------------------------------------------------
# analyze: Article -> Analysis (spaCy Doc, sentences, normalized view, times)
# -------------------------------------------------------------------------


@hookspec
def claimcheck_analyze(analysis: Analysis) -> None:
    """Add annotations to a freshly built analysis, before claims are extracted.

    Called once per article after the engine has built the spaCy Doc, paragraphs and sentences.
    Implementations add what later stages read: source mentions, temporal expressions
    (``analysis.times``), token attributes, or their own data in ``analysis.data[plugin_name]``.
    """


# -------------------------------------------------------------------------
# extract: Analysis -> Claims
# -------------------------------------------------------------------------


@hookspec
def claimcheck_extract_claims(analysis: Analysis) -> Iterable[Claim] | None:
    """Return the claims found in the article.

    Called once per article. Extractors return claims for the languages they know and None (or
    nothing) otherwise. Claim ids may be left empty: the engine numbers the claims in text order.
    When two extractors return claims with the same content span, the first one in call order wins.
    """


@hookspec
def claimcheck_claims_extracted(analysis: Analysis) -> None:
    """Called once per article after extraction, with ``analysis.claims`` complete and numbered.

    Link claims to each other or to other data here: attach times (``claim.times``), mark repeats
    or contradictions (``claim.related``), or attach metadata (``claim.meta``) for the reports.
    """


# -------------------------------------------------------------------------
# check: Claims -> Findings
# -------------------------------------------------------------------------


@hookspec
def claimcheck_check_claim(claim: Claim, analysis: Analysis) -> Iterable[Finding] | None:
    """Return findings about one claim.

    Called for every claim of every article. The engine links each finding to ``claim`` (its
    ``claims`` list is filled in if left empty) and applies the configuration (ignored rules,
    severity overrides, suppressions).
    """


@hookspec
def claimcheck_check_article(analysis: Analysis) -> Iterable[Finding] | None:
    """Return findings about the article as a whole: across claims, headline against body, dates.

    Called once per article, after every ``claimcheck_check_claim``. Findings may name the claims
    they concern in ``Finding.claims`` and every span involved in ``Finding.related``.
    """


# -------------------------------------------------------------------------
# score: Findings -> Scores
# -------------------------------------------------------------------------


@hookspec
def claimcheck_score_claim(
    claim: Claim, findings: list[Finding], analysis: Analysis
) -> Iterable[Score] | None:
    """Return this plugin's scores for one claim, one :class:`Score` per dimension it owns.

    Called for every claim after all checks, with the findings linked to that claim. Dimensions
    are "attribution", "consistency", "dates" or a plugin's own; the engine computes "overall".
    """


@hookspec
def claimcheck_summarize_article(report: ArticleReport, analysis: Analysis) -> dict | None:
    """Return an article-level summary for the report, as ``{section_name: json_able_value}``.

    Called once per article after scoring; the sections appear under ``summary`` in the report
    (for example the attribution module's count of distinct and anonymous sources).
    """
