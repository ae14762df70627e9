"""The seed article through the whole pipeline: the issue's done-when, checked on the real text."""

from __future__ import annotations

from pathlib import Path

import pytest
from attribution_helpers import rule_findings

from claimcheck.engine import Engine
from claimcheck.model import ArticleReport, Claim

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_85d54ae7857c55e9.md"


@pytest.fixture(scope="module")
def report(engine: Engine) -> ArticleReport:
    return engine.check(engine.load(SEED, SEED.read_bytes())[0])


def claims_from(report: ArticleReport, source: str) -> list[Claim]:
    return [c for c in report.claims if c.source and c.source.span
            and c.source.span.text == source]


def test_every_claim_has_an_attribution_score_and_reason(report: ArticleReport) -> None:
    assert len(report.claims) >= 10
    for claim in report.claims:
        score = claim.scores["attribution"]
        assert 0.0 <= score.value <= 1.0
        assert score.reason.endswith(".") and len(score.reason.split()) >= 5


def test_the_senior_official_is_an_anonymous_source(report: ArticleReport) -> None:
    found = rule_findings(report, "attribution.anonymous-source")
    assert [f.span.text for f in found if f.span] == ["مسؤول كبير بإدارة ترامب"]
    finding = found[0]
    assert finding.severity == "warning"
    assert "no reason" in finding.message
    official = claims_from(report, "مسؤول كبير بإدارة ترامب")
    assert official and set(finding.claims) == {c.id for c in official}


def test_statements_score_higher_than_moscow(report: ArticleReport) -> None:
    moscow = claims_from(report, "موسكو")
    assert len(moscow) == 1
    moscow_score = moscow[0].scores["attribution"].value
    statement_backed = [c for c in report.claims if c.source and c.source.span
                        and c.source.span.text in ("البيت الأبيض", "الكرملين",
                                                   "بيان البيت الأبيض")]
    assert len(statement_backed) >= 6
    for claim in statement_backed:
        assert claim.scores["attribution"].value > moscow_score, claim.scores["attribution"]
    assert any(f.span and f.span.text == "موسكو"
               for f in rule_findings(report, "attribution.vague-source"))


def test_no_named_statement_backed_claim_is_flagged(report: ArticleReport) -> None:
    by_id = {c.id: c for c in report.claims}
    for finding in report.findings:
        if not finding.rule.startswith("attribution."):
            continue
        for claim_id in finding.claims:
            claim = by_id[claim_id]
            if claim.source and claim.source.span:
                assert claim.source.span.text not in ("البيت الأبيض", "الكرملين",
                                                      "بيان البيت الأبيض",
                                                      "وزارة الخارجية الأميركية")


def test_summary_counts_sources(report: ArticleReport) -> None:
    summary = report.summary["attribution"]
    assert summary["claims"] == len(report.claims)
    assert summary["anonymous"] >= 1
    assert summary["attributed"] + summary["unattributed"] == summary["claims"]
    assert 5 <= summary["distinct_sources"] <= summary["attributed"]
    assert summary["by_type"]["anonymous"] == summary["anonymous"]
    assert sum(summary["by_type"].values()) == summary["claims"]


def test_the_json_report_carries_score_and_reason(engine: Engine, report: ArticleReport) -> None:
    import json

    from claimcheck.report.jsonreport import article_dict

    data = json.loads(json.dumps(article_dict(report), ensure_ascii=False, default=str))
    for claim in data["claims"]:
        assert isinstance(claim["scores"]["attribution"], float | int)
        assert claim["score_reasons"]["attribution"]
    assert data["summary"]["attribution"]["claims"] == len(report.claims)
