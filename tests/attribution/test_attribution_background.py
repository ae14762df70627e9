"""An unattributed toll or count about events the text dates years back is background (info),
not a sourcing failure (warning): "The attacks on Sept. 11, 2001, killed nearly 3,000 people".
The dates module's resolved times decide it, so these tests run the whole pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Article

RULE = "attribution.unattributed-claim"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(Config())


def unattributed(engine: Engine, text: str, lang: str, published: date | None) -> list:
    report = engine.check(Article(text=text, lang=lang, published=published, path="<test>"))
    return [f for f in report.findings if f.rule == RULE]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Americans marked the anniversary of the Sept. 11, 2001, attacks on Tuesday.\n\n"
           "The attacks on Sept. 11 killed nearly 3,000 people.\n"),
    ("en", "The civil war, which ended in 1990, killed at least 120,000 people.\n"),
    ("ar", "وأودت الحرب الأهلية التي انتهت عام 1990 بحياة 120 ألف شخص على الأقل.\n"),
    ("ar", "وقتل أكثر من 200 شخص في انفجار مرفأ بيروت في 4 آب/أغسطس 2020.\n"),
])
def test_a_toll_of_years_ago_is_background(engine, lang, text):
    (finding,) = unattributed(engine, text, lang, date(2024, 9, 11))
    assert finding.severity == "info"
    assert "background" in finding.message and finding.data["background_year"] <= 2022


@pytest.mark.parametrize(("lang", "text", "published"), [
    # the same tolls told as news, or with no date at all, still want a source
    ("en", "The explosion at the port on Aug. 4 killed more than 200 people.\n",
     date(2020, 8, 6)),
    ("en", "Air strikes killed 35 civilians in the province last week.\n", date(2024, 9, 11)),
    ("ar", "وقتل 35 مدنياً في غارات جوية على المحافظة الأسبوع الماضي.\n", date(2024, 9, 11)),
    ("en", "The civil war, which ended in 1990, killed at least 120,000 people.\n", None),
])
def test_a_recent_or_undated_toll_still_needs_a_source(engine, lang, text, published):
    (finding,) = unattributed(engine, text, lang, published)
    assert finding.severity == "warning"


def test_history_years_zero_holds_history_to_news_rules():
    config = Config(settings={"claimcheck_attribution": {"house_rules": {"history_years": 0}}})
    (finding,) = unattributed(Engine(config), "The civil war, which ended in 1990, killed at "
                              "least 120,000 people.\n", "en", date(2024, 9, 11))
    assert finding.severity == "warning"


@pytest.mark.parametrize(("lang", "text", "severity"), [
    # a wire brief's toll from the body that keeps it: a note, not a warning
    ("en", "Police in Lagos said at least 14 people were killed when a fuel tanker overturned.\n",
     "info"),
    ("ar", "وقال المرصد السوري لحقوق الإنسان إن 12 مدنياً قتلوا في غارات على إدلب.\n", "info"),
    # an accusation with no other side quoted still warns
    ("en", "Amnesty International accused the security forces of torturing detainees, "
           "saying at least 40 had died in custody.\n", "warning"),
])
def test_a_sole_source_toll_is_a_note_and_an_accusation_a_warning(engine, lang, text, severity):
    report = engine.check(Article(text=text, lang=lang, published=date(2024, 9, 11),
                                  path="<test>"))
    found = [f for f in report.findings if f.rule == "attribution.single-source"]
    # the accusation's claim warns; a toll in the same breath is a note of its own
    severities = {f.severity for f in found}
    assert severities == {"info"} if severity == "info" else "warning" in severities
