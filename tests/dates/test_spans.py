"""Stretches of time that end or start at publication ("the past three days", "الأسبوعين
المقبلين"), and verbal nouns spelt like past verbs (بعد تراجع الأسعار) that give no tense."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2018, 5, 10)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Prices rose over the past three days.", [("past three days", "2018-05-07/2018-05-10")]),
    ("en", "Prices rose in the last two weeks.", [("last two weeks", "2018-04-26/2018-05-10")]),
    ("en", "The past 12 months were the hottest on record.",
     [("past 12 months", "2017-05-10/2018-05-10")]),
    ("en", "Sales fell in the past week.", [("past week", "2018-05-03/2018-05-10")]),
    ("en", "The company will hire 500 people over the next two years.",
     [("next two years", "2018-05-11/2020-05-10")]),
    ("ar", "ارتفعت الأسعار خلال الأيام الثلاثة الماضية.",
     [("الأيام الثلاثة الماضية", "2018-05-07/2018-05-10")]),
    ("ar", "ارتفعت الأسعار خلال الأسبوعين الماضيين.",
     [("الأسبوعين الماضيين", "2018-04-26/2018-05-10")]),
    ("ar", "تراجعت المبيعات في الأشهر الستة الأخيرة.",
     [("الأشهر الستة الأخيرة", "2017-11-10/2018-05-10")]),
    ("ar", "وتنتظر الشركة تسلم 65 طائرة خلال العامين المقبلين.",
     [("العامين المقبلين", "2018-05-11/2020-05-10")]),
])
def test_a_span_ends_or_starts_at_publication(tag, lang, text, expected):
    assert tag(text, lang, PUBLISHED) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # calendar units stay calendar units; "the last week of" something is no span
    ("en", "Prices fell last week.", [("last week", "2018-W18")]),
    ("ar", "وتراجعت الأسعار الأسبوع الماضي.", [("الأسبوع الماضي", "2018-W18")]),
    ("ar", "وتضاعف التضخم خلال العام الماضي.", [("العام الماضي", "2017")]),
    ("ar", "وتزايدت الهجمات في الأسابيع الأخيرة.", []),
    ("ar", "وفاز الفريق في الأسبوع الأخير من البطولة.", []),
])
def test_units_and_vague_stretches_are_not_spans(tag, lang, text, expected):
    assert tag(text, lang, PUBLISHED) == expected


def test_a_past_verb_with_a_span_to_come_breaks_the_timeline(check, date_findings):
    report = check("Prices rose sharply over the next two years, traders said.", "en", PUBLISHED)
    (finding,) = date_findings(report, "dates.tense-timeline")
    assert finding.span.text == "next two years"


@pytest.mark.parametrize("text", [
    "وتنتظر الشركة تسلم 65 طائرة جديدة خلال العامين المقبلين.",  # awaits the delivery of
    "وتتوقع الحكومة بعد تراجع حاد هذا العام انتعاشاً خلال العامين المقبلين.",
    "ويأمل الوزير تجاوز الأزمة خلال الأيام الثلاثة المقبلة.",
])
def test_a_verbal_noun_spelt_like_a_past_verb_is_no_past_tense(check, date_findings, text):
    assert date_findings(check(text, "ar", PUBLISHED), "dates.tense-timeline") == []


def test_the_same_spelling_as_a_verb_still_tells_the_past(check, date_findings):
    report = check("وتجاوز عدد الإصابات في السودان 15 ألف حالة الأسبوع المقبل.", "ar", PUBLISHED)
    (finding,) = date_findings(report, "dates.tense-timeline")
    assert finding.span.text == "الأسبوع المقبل"
