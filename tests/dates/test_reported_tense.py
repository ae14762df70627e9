"""Tense in reported speech: the reporting verb dates the saying, not the reported event.

"Temperatures could fall early next week, he said" is correct wire copy: "said" is when it was
said, and "could" marks a possible, future event. "in two days" after a past verb is how long it
took, not a date two days after publication. Real contradictions inside what was reported ("said
the talks ended next Tuesday") must still be flagged. Sentences are dated Tuesday 2 May 2017.
"""

from __future__ import annotations

import pytest

RULE = "dates.tense-timeline"

# Correct copy: a modal or future event told in reported speech, dated after publication.
REPORTED_FUTURE = [
    ("en", "Temperatures could fall slightly early next week, he said.", "early next week"),
    ("en", "Prices may ease next month as new supply arrives, the ministry said in a statement.",
     "next month"),
    ("en", "The talks might resume next Tuesday, a diplomat told Reuters.", "next Tuesday"),
    ("en", "The spokesman added that rain was likely to return early next week.",
     "early next week"),
    ("ar", "وأضاف أن درجات الحرارة قد تنخفض قليلاً مطلع الأسبوع المقبل.", "مطلع الأسبوع المقبل"),
    ("ar", "وقال المتحدث إن الأسعار قد ترتفع مجدداً الشهر المقبل.", "الشهر المقبل"),
    ("ar", "وأوضح المسؤول أنه من المحتمل أن تستأنف المحادثات الأسبوع المقبل.", "الأسبوع المقبل"),
    ("ar", "وذكرت الأرصاد الجوية أن الأمطار ربما تعود مطلع الأسبوع المقبل.",
     "مطلع الأسبوع المقبل"),
    ("ar", "وتوقعت الأرصاد الجوية أن تشهد البلاد أمطاراً غزيرة مطلع الأسبوع المقبل.",
     "مطلع الأسبوع المقبل"),
]

# in / within / بعد + duration after a past verb: a duration, not a date after publication.
DURATIONS = [
    ("en", "About 300 migrants rescued off Libya in two days", "in two days", "P2D"),
    ("en", "Rescuers pulled 120 people from the sea in three days, the coast guard said.",
     "in three days", "P3D"),
    ("en", "Troops recaptured the town within two weeks.", "within two weeks", "P2W"),
    ("ar", "وتوفي الجريح بعد يومين من الهجوم.", "بعد يومين", "P2D"),
    ("ar", "وأنقذ خفر السواحل 300 مهاجر بعد ثلاثة أيام من البحث.", "بعد ثلاثة أيام", "P3D"),
    ("ar", "وعادت القوات إلى المدينة بعد أسبوعين.", "بعد أسبوعين", "P2W"),
]

# ... and after a future verb, the same words are a date.
FUTURE_POINTS = [
    ("en", "The results will be announced in two days.", "in two days", "2017-05-04"),
    ("en", "Talks could resume within a week, the envoy said.", "within a week", "2017-W19"),
    ("ar", "وستعلن النتائج بعد يومين.", "بعد يومين", "2017-05-04"),
    ("ar", "ومن المقرر أن تبدأ المحادثات بعد أسبوع.", "بعد أسبوع", "2017-W19"),
]

# Real contradictions: a past event, reported, dated after publication.
REPORTED_PAST_FLAGS = [
    ("en", "The minister said on Monday that the talks ended next Tuesday.", "next Tuesday"),
    ("en", "The ministry said the ceasefire collapsed next week.", "next week"),
    ("en", "Temperatures fell sharply early next week, he said.", "early next week"),
    ("ar", "وقال الوزير إن المحادثات انتهت الأسبوع المقبل.", "الأسبوع المقبل"),
    ("ar", "وأضاف المتحدث أن القوات انسحبت من المدينة يوم الخميس المقبل.", "يوم الخميس المقبل"),
    ("ar", "وأكدت الوزارة أن الانتخابات جرت الشهر المقبل.", "الشهر المقبل"),
    ("ar", "ويتوقع خبراء أن تنخفض الأسعار الأسبوع الماضي.", "الأسبوع الماضي"),
    ("ar", "وكشف المتحدث أن الطائرة أقلعت يوم الجمعة المقبل.", "يوم الجمعة المقبل"),
]

# The reporting verb still dates the saying itself: its own time is past.
SAYING_TIMES = [
    ("en", "The minister said on Monday that the talks would resume.", "Monday", "2017-05-01"),
    ("en", "On Monday, the minister said the talks would resume.", "Monday", "2017-05-01"),
    ("en", "Iran on Monday said it would resume talks.", "Monday", "2017-05-01"),
    ("en", "Talks will resume, the minister said on Monday.", "Monday", "2017-05-01"),
    ("en", "The minister said in an interview with Reuters on Monday that the talks would "
           "resume.", "Monday", "2017-05-01"),
    ("en", "He told reporters in Geneva on Monday that the ceasefire was holding.", "Monday",
     "2017-05-01"),
    ("ar", "وقال الوزير يوم الاثنين إن المحادثات ستستأنف.", "يوم الاثنين", "2017-05-01"),
    ("ar", "وأعلنت الحكومة يوم الاثنين أنها قد تؤجل الانتخابات.", "يوم الاثنين", "2017-05-01"),
]


def _ids(cases):
    return [f"{c[0]}-{n}" for n, c in enumerate(cases, 1)]


def _time(report, text):
    found = [t for t in report.times if t.span.text == text]
    assert len(found) == 1, [(t.span.text, t.value) for t in report.times]
    return found[0]


@pytest.mark.parametrize(("lang", "text", "expr"), REPORTED_FUTURE, ids=_ids(REPORTED_FUTURE))
def test_reported_modal_future_is_not_flagged(check, date_findings, lang, text, expr):
    report = check(text, lang)
    assert [f.message for f in date_findings(report) if f.severity != "info"] == []
    time = _time(report, expr)
    assert time.meta.get("tense") == "future"
    assert time.value is not None and time.value >= "2017-05"


@pytest.mark.parametrize(("lang", "text", "expr", "duration"), DURATIONS, ids=_ids(DURATIONS))
def test_in_n_days_after_a_past_verb_is_a_duration(check, date_findings, lang, text, expr,
                                                   duration):
    report = check(text, lang)
    assert [f.message for f in date_findings(report, RULE)] == []
    time = _time(report, expr)
    assert time.value is None
    assert time.meta.get("duration") == duration


@pytest.mark.parametrize(("lang", "text", "expr", "value"), FUTURE_POINTS,
                         ids=_ids(FUTURE_POINTS))
def test_in_n_days_after_a_future_verb_is_a_date(check, date_findings, lang, text, expr, value):
    report = check(text, lang)
    assert [f.message for f in date_findings(report, RULE)] == []
    time = _time(report, expr)
    assert time.value == value
    assert "duration" not in time.meta


@pytest.mark.parametrize(("lang", "text", "expr"), REPORTED_PAST_FLAGS,
                         ids=_ids(REPORTED_PAST_FLAGS))
def test_reported_past_event_dated_later_is_flagged(check, date_findings, lang, text, expr):
    found = date_findings(check(text, lang), RULE)
    assert len(found) == 1, [f.message for f in found]
    assert found[0].span.text == expr
    assert text[found[0].span.start:found[0].span.end] == expr


@pytest.mark.parametrize(("lang", "text", "expr", "value"), SAYING_TIMES, ids=_ids(SAYING_TIMES))
def test_the_reporting_verb_dates_the_saying(check, date_findings, lang, text, expr, value):
    report = check(text, lang)
    assert [f.message for f in date_findings(report) if f.severity != "info"] == []
    time = _time(report, expr)
    assert time.value == value
    assert time.meta.get("tense") == "past"


def test_a_clause_after_a_bare_reporting_verb_is_reported(check):
    """English drops "that": in "said the storm next week would ..." the reported clause starts
    right after "said", whose past is not the storm's."""
    report = check("He said the storm next week would be severe.", "en")
    assert _time(report, "next week").meta.get("tense") == "future"


def test_could_not_is_no_future(tag):
    """'could not attend on Monday' tells of a past inability: Monday is the last one."""
    assert tag("The minister could not attend the meeting on Monday.", "en") == \
        [("Monday", "2017-05-01")]
    assert tag("The two sides could have met on Monday.", "en") == [("Monday", "2017-05-01")]


def test_qad_before_a_perfect_is_no_modal(tag, check, date_findings):
    """قد + perfect is an emphatic past (قد انسحبت = have withdrawn), not "may"."""
    text = "وكانت القوات قد انسحبت من المدينة يوم الخميس المقبل."
    assert len(date_findings(check(text, "ar"), RULE)) == 1
