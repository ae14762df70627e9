"""The lead's weekday: a past event in the lead is dated within a few days of publication."""

from __future__ import annotations

from datetime import date

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Article

LEAD = ("ترامب وبوتين يبحثان وقف إطلاق النار\n"
        "سعى الرئيس الأميركي دونالد ترامب ونظيره الروسي فلاديمير بوتين يوم {day} إلى تخفيف "
        "التوتر الناجم عن ضربات جوية.\n"
        "وأضاف البيت الأبيض أن واشنطن سترسل ممثلاً إلى محادثات آستانة يوم الخميس.\n")


def _lead_findings(engine: Engine, day: str, published: date = date(2017, 5, 2)) -> list:
    report = engine.check(Article(text=LEAD.format(day=day), lang="ar", published=published))
    return [f for f in report.findings if f.rule == "dates.weekday-mismatch"]


def test_the_lead_may_tell_of_the_last_few_days(engine):
    for day in ("الثلاثاء", "الاثنين", "الأحد", "السبت"):  # 0 to 3 days before a Tuesday
        assert _lead_findings(engine, day) == [], day


def test_a_lead_weekday_far_from_publication_is_flagged_as_a_warning(engine):
    (finding,) = _lead_findings(engine, "الخميس")
    assert finding.severity == "warning" and finding.span.text == "يوم الخميس"
    assert "Tuesday 2 May 2017" in finding.message and "Thursday" in finding.message
    assert finding.data["lag_days"] == 5


def test_only_the_lead_is_held_to_it(engine):
    text = LEAD.format(day="الاثنين") + "وكان الرئيسان قد تحدثا يوم الخميس عن الملف الكوري.\n"
    report = engine.check(Article(text=text, lang="ar", published=date(2017, 5, 2)))
    times = {t.span.text: t.value for t in report.times}
    assert [t.value for t in report.times if t.span.text == "يوم الخميس"] == [
        "2017-05-04", "2017-04-27"]  # future-marked in paragraph 3, past in paragraph 4
    assert times["يوم الاثنين"] == "2017-05-01"
    assert [f for f in report.findings if f.rule.startswith("dates.")] == []


def test_the_allowed_lag_is_a_setting():
    strict = Engine(Config(settings={"claimcheck_dates": {"lead_max_lag_days": 1}}))
    assert [f.data["lag_days"] for f in _lead_findings(strict, "الأحد")] == [2]
