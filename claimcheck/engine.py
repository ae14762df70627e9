"""The pipeline: load -> analyze -> extract -> check -> score -> report, over plugin hooks.

The engine owns the order of the stages and what they agree on (claim and finding ids, the
configuration's select / ignore / severity, error isolation); every stage's work is done by plugins.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.config import Config
from claimcheck.errors import ClaimcheckError, ConfigError, InputError
from claimcheck.load.options import LoadOptions
from claimcheck.model import Article, ArticleReport, Claim, Finding, Rule, Score
from claimcheck.plugins import PluginError, PluginManager, build_manager

if TYPE_CHECKING:
    from claimcheck.analyze.analysis import Analysis
    from claimcheck.report.formatter import Formatter

PLUGIN_ERROR_RULE = "claimcheck.plugin-error"

CORE_RULES = [
    Rule(
        id=PLUGIN_ERROR_RULE,
        description="A plugin or rule raised an error on this article; its checks are missing.",
        severity="error",
        origin="claimcheck.engine",
    )
]


class Engine:
    """One configured run: plugins registered, rules and formatters collected."""

    def __init__(self, config: Config | None = None, manager: PluginManager | None = None) -> None:
        self.config = config or Config()
        self.manager = manager or build_manager(self.config.plugins)
        self.startup_errors: list[PluginError] = []
        # A broken configuration (a malformed rule pack, say) stops the run with its one line.
        self.manager.call_each("claimcheck_configure", self.startup_errors, reraise=(ConfigError,),
                               config=self.config)
        self.rules = self._collect_rules()
        self._formatters: dict[str, Formatter] | None = None

    # -- registries ------------------------------------------------------------------------------

    def _collect_rules(self) -> dict[str, Rule]:
        rules = {rule.id: rule for rule in CORE_RULES}
        for plugin, found in self.manager.call_each("claimcheck_register_rules",
                                                    self.startup_errors):
            for rule in found:
                if rule.id in rules:
                    raise ConfigError(f"rule {rule.id!r} is registered twice "
                                      f"({rules[rule.id].origin} and {rule.origin or plugin})")
                rules[rule.id] = rule if rule.origin else replace(rule, origin=plugin)
        return rules

    @property
    def formatters(self) -> dict[str, Formatter]:
        if self._formatters is None:
            self._formatters = {}
            for _plugin, found in self.manager.call_each("claimcheck_register_formatters",
                                                         self.startup_errors):
                for formatter in found:
                    self._formatters[formatter.name] = formatter
        return self._formatters

    def severity_of(self, rule_id: str) -> str | None:
        """The configured severity of a rule, or None when the config does not override it."""
        return self.config.severity.get(rule_id)

    # -- load ------------------------------------------------------------------------------------

    def load(self, path: Path | None, data: bytes, options: LoadOptions | None = None
             ) -> list[Article]:
        """Articles from one input's bytes; InputError (one line) for input that cannot be read."""
        options = options or LoadOptions(encoding=self.config.encoding, lang=self.config.lang,
                                         published=self.config.published)
        where = str(path) if path else "<stdin>"
        if not data.strip():
            raise InputError(f"{where}: the file is empty")
        errors: list[PluginError] = []
        results = self.manager.call_each("claimcheck_load", errors, reraise=(ClaimcheckError,),
                                         path=path, data=data, options=options)
        if errors and not results:
            raise InputError(f"{where}: {errors[0]}")
        if not results:
            raise InputError(f"{where}: no loader knows this format")
        articles = results[0][1]
        if not articles:
            raise InputError(f"{where}: no article text found")
        return articles

    # -- the pipeline ----------------------------------------------------------------------------

    def check(self, article: Article) -> ArticleReport:
        """Run analyze, extract, check and score over one article."""
        from claimcheck.analyze.build import build_analysis

        errors: list[PluginError] = list(self.startup_errors)
        analysis = build_analysis(article, self.config)
        analysis.rules = self.rules
        self.manager.call_each("claimcheck_analyze", errors, analysis=analysis)
        analysis.times.sort(key=lambda t: (t.span.start, t.span.end))

        analysis.claims = self._extract(analysis, errors)
        self.manager.call_each("claimcheck_claims_extracted", errors, analysis=analysis)

        findings: list[Finding] = []
        for claim in analysis.claims:
            for plugin, found in self.manager.call_each("claimcheck_check_claim", errors,
                                                        claim=claim, analysis=analysis):
                findings.extend(self._own(f, plugin, default_claims=[claim.id]) for f in found)
        analysis.findings = self._settle(findings)
        for plugin, found in self.manager.call_each("claimcheck_check_article", errors,
                                                    analysis=analysis):
            analysis.findings.extend(self._settle(self._own(f, plugin) for f in found))

        report = ArticleReport(article=article, claims=analysis.claims, times=analysis.times)
        report.findings = self._number(analysis.findings + self._error_findings(errors))
        self._link(report)
        reported = len(errors)
        self._score(report, analysis, errors)
        for _plugin, summary in self.manager.call_each("claimcheck_summarize_article", errors,
                                                       report=report, analysis=analysis):
            report.summary.update(summary)
        if len(errors) > reported:  # scoring or a summary failed after findings were numbered
            report.findings = self._number(
                [f for f in report.findings if f.rule != PLUGIN_ERROR_RULE]
                + self._error_findings(errors))
            self._link(report)
        report.errors = [str(e) for e in errors]
        return report

    # -- stages ----------------------------------------------------------------------------------

    def _extract(self, analysis: Analysis, errors: list[PluginError]) -> list[Claim]:
        claims: list[Claim] = []
        seen: set[tuple[int, int]] = set()
        for plugin, found in self.manager.call_each("claimcheck_extract_claims", errors,
                                                    analysis=analysis):
            for claim in found:
                key = (claim.content.start, claim.content.end)
                if key in seen:
                    continue
                seen.add(key)
                claim.meta.setdefault("extractor", plugin)
                claims.append(claim)
        claims.sort(key=lambda c: (c.content.start, c.content.end))
        renamed = {}
        for n, claim in enumerate(claims, 1):
            new_id = f"c{n}"
            if claim.id:
                renamed[claim.id] = new_id
            claim.id = new_id
        for claim in claims:  # nested claims point at their parent by id
            if claim.parent:
                claim.parent = renamed.get(claim.parent, claim.parent)
            carried = claim.source.meta.get("carried_from") if claim.source else None
            if carried:  # continuations name the claim their source was carried from
                claim.source.meta["carried_from"] = renamed.get(carried, carried)
        return claims

    def _own(self, finding: Finding, plugin: str, default_claims: list[str] | None = None
             ) -> Finding:
        finding.plugin = finding.plugin or plugin
        if not finding.claims and default_claims:
            finding.claims = list(default_claims)
        return finding

    def _settle(self, findings: Iterable[Finding]) -> list[Finding]:
        """Apply select / ignore and severity overrides from the configuration."""
        settled = []
        for finding in findings:
            if not self.config.rule_enabled(finding.rule):
                continue
            override = self.severity_of(finding.rule)
            if override:
                finding.severity = override  # type: ignore[assignment]
            settled.append(finding)
        return settled

    def _error_findings(self, errors: list[PluginError]) -> list[Finding]:
        return [Finding(rule=PLUGIN_ERROR_RULE, message=str(e), severity="error", plugin=e.plugin,
                        data={"hook": e.hook}) for e in errors]

    @staticmethod
    def _number(findings: list[Finding]) -> list[Finding]:
        findings.sort(key=lambda f: (f.span.start if f.span else -1, f.rule))
        for n, finding in enumerate(findings, 1):
            finding.id = f"f{n}"
        return findings

    @staticmethod
    def _link(report: ArticleReport) -> None:
        by_id = {c.id: c for c in report.claims}
        for claim in report.claims:
            claim.findings = []
        for finding in report.findings:
            for claim_id in finding.claims:
                if claim_id in by_id:
                    by_id[claim_id].findings.append(finding.id)

    def _score(self, report: ArticleReport, analysis: Analysis, errors: list[PluginError]) -> None:
        for claim in report.claims:
            findings = report.findings_for(claim)
            for _plugin, scores in self.manager.call_each(
                "claimcheck_score_claim", errors, claim=claim, findings=findings,
                analysis=analysis):
                for score in scores:
                    claim.scores[score.dimension] = score
            dims = [s.value for d, s in claim.scores.items() if d != "overall"]
            if dims:
                claim.scores["overall"] = Score("overall", round(sum(dims) / len(dims), 3),
                                                "mean of the dimension scores")
        overall = [c.overall for c in report.claims if c.overall is not None]
        report.score = round(sum(overall) / len(overall), 3) if overall else None

