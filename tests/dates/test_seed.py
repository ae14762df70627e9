"""The seed article (a Reuters/AFP wire story of Tuesday 2 May 2017) and errors planted in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.model import Article

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_85d54ae7857c55e9.md"

EXPECTED = [
    ("يوم الثلاثاء", "2017-05-02", "day"),
    ("نيسان (ابريل)", "2017-04", "month"),
    ("تموز (يوليو)", "2017-07", "month"),
    ("العام الماضي", "2016", "year"),
    ("20 كانون الثاني (يناير)", "2017-01-20", "day"),
    ("يومي الأربعاء والخميس", "2017-05-03/2017-05-04", "range"),
    ("يومي السابع والثامن من تموز (يوليو)", "2017-07-07/2017-07-08", "range"),
]


def _load(engine, text: str):
    return engine.load(SEED, text.encode("utf-8"))[0]


def test_every_date_of_the_seed_is_found_and_resolved(engine):
    article = _load(engine, SEED.read_text(encoding="utf-8"))
    report = engine.check(article)
    got = [(t.span.text, t.value, t.granularity) for t in report.times]
    assert got == EXPECTED
    for t in report.times:  # offsets point at the exact characters of the input
        assert article.text[t.span.start:t.span.end] == t.span.text


def test_the_seed_raises_no_date_warning_or_error(engine, date_findings):
    report = engine.check(_load(engine, SEED.read_text(encoding="utf-8")))
    assert [f.message for f in date_findings(report) if f.severity != "info"] == []


def test_claims_carry_their_times_and_a_date_score(engine):
    report = engine.check(_load(engine, SEED.read_text(encoding="utf-8")))
    dated = [c for c in report.claims if c.times]
    if not report.claims:
        pytest.skip("no claim extractor registered")
    assert dated, "some claim mentions a time"
    for claim in dated:
        assert claim.scores["dates"].value == 1.0
    for claim in report.claims:
        if not claim.times:
            assert "dates" not in claim.scores


@pytest.mark.parametrize(("original", "planted", "rule"), [
    ("يوم الثلاثاء", "يوم الخميس", "dates.weekday-mismatch"),
    ("في تموز (يوليو)", "في تموز (يناير)", "dates.month-pair-mismatch"),
    ("20 كانون الثاني", "32 كانون الثاني", "dates.impossible-date"),
    ("كانون الثاني (يناير)", "كانون الثاني (آذار)", "dates.month-pair-mismatch"),
    ("من تموز (يوليو)", "من تموز (حزيران)", "dates.month-pair-mismatch"),
])
def test_planted_errors_are_caught_at_their_span(engine, date_findings, original, planted, rule):
    text = SEED.read_text(encoding="utf-8")
    assert text.count(original) == 1
    changed = text.replace(original, planted)
    article = _load(engine, changed)
    report = engine.check(article)
    found = date_findings(report, rule)
    assert len(found) == 1, [f.message for f in date_findings(report)]
    span = found[0].span
    core = planted.removeprefix("في ").removeprefix("من ")
    start = changed.index(planted) + len(planted) - len(core)
    assert article.text[span.start:span.end] == span.text
    # the finding points at the planted expression (a pair or date may include its partner)
    assert span.start <= start and start + len(core) <= span.end, span.text
    assert span.end - span.start <= len(core) + 10, span.text
    others = [f for f in date_findings(report) if f.rule != rule and f.severity != "info"]
    assert others == []


def test_planted_weekday_message_says_what_was_expected(engine, date_findings):
    text = SEED.read_text(encoding="utf-8").replace("يوم الثلاثاء", "يوم الخميس")
    report = engine.check(_load(engine, text))
    (finding,) = date_findings(report, "dates.weekday-mismatch")
    assert "Tuesday 2 May 2017" in finding.message and "Thursday" in finding.message
    assert finding.data["expected"] == "Tuesday" and finding.data["found"] == "Thursday"


def test_without_publication_date_the_seed_says_so_once(engine, date_findings):
    text = SEED.read_text(encoding="utf-8").replace("published: 2017-05-02\n", "")
    article = _load(engine, text)
    article = Article(text=article.text, lang="ar", body_start=article.body_start)
    report = engine.check(article)
    anchors = date_findings(report, "dates.no-anchor")
    assert len(anchors) == 1 and anchors[0].severity == "info"
    assert {t.value for t in report.times if t.span.text == "يوم الثلاثاء"} == {None}


@pytest.mark.parametrize(("original", "planted"), [
    ("تموز (يوليو).", "تموز (يناير)."),
    ("20 كانون الثاني (يناير)", "20 كانون الثاني (مارس)"),  # the pair inside a full date
])
def test_a_flagged_time_lowers_its_claims_date_score(engine, date_findings, original, planted):
    text = SEED.read_text(encoding="utf-8").replace(original, planted, 1)
    report = engine.check(_load(engine, text))
    (finding,) = date_findings(report, "dates.month-pair-mismatch")
    claims = [c for c in report.claims if finding.id in c.findings]
    if not report.claims:
        pytest.skip("no claim extractor registered")
    assert claims, "the finding names the claims whose times include it"
    for claim in claims:
        score = claim.scores["dates"]
        assert score.value == 0.5 and "month-pair-mismatch" in score.reason
