"""A weekday placed in a week: "Tuesday of last week", "يومي الأربعاء والخميس من الأسبوع الماضي".

Resolved in that (ISO, Monday to Sunday) week, not as the nearest weekday, and held to the tense
like any other day.
"""

from __future__ import annotations

from datetime import date

import pytest

THURSDAY = date(2018, 5, 10)  # week 19 of 2018: Monday 7 May to Sunday 13 May


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Officials met on Wednesday and Thursday last week to discuss the plan.",
     [("Wednesday and Thursday last week", "2018-05-02/2018-05-03")]),
    ("en", "The talks took place on Tuesday of last week, diplomats said.",
     [("Tuesday of last week", "2018-05-01")]),
    ("en", "The committee will vote on Monday next week.",
     [("Monday next week", "2018-05-14")]),
    ("en", "Markets fell on Monday this week before recovering.",
     [("Monday this week", "2018-05-07")]),
    ("ar", "اجتمع المسؤولون يومي الأربعاء والخميس من الأسبوع الماضي لبحث الخطة.",
     [("يومي الأربعاء والخميس من الأسبوع الماضي", "2018-05-02/2018-05-03")]),
    ("ar", "وعقدت الجولة الأولى من المحادثات الثلاثاء من الأسبوع الماضي في جنيف.",
     [("الثلاثاء من الأسبوع الماضي", "2018-05-01")]),
    ("ar", "ومن المقرر أن يصوت البرلمان يوم الاثنين من الأسبوع المقبل على الموازنة.",
     [("يوم الاثنين من الأسبوع المقبل", "2018-05-14")]),
])
def test_a_weekday_of_a_week_resolves_in_that_week(tag, lang, text, expected):
    assert tag(text, lang, THURSDAY) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # without the week the nearest past weekday is meant, as before
    ("en", "The talks took place on Tuesday, diplomats said.", [("Tuesday", "2018-05-08")]),
    # "last week" alone is the week, and "last Tuesday" the latest Tuesday
    ("en", "Prices fell last week.", [("last week", "2018-W18")]),
    ("en", "The company said last Tuesday that it would cut jobs.",
     [("last Tuesday", "2018-05-08")]),
    ("ar", "وقال الوزير يوم الثلاثاء الماضي إن المحادثات ستستأنف.",
     [("يوم الثلاثاء الماضي", "2018-05-08")]),
])
def test_weekdays_without_a_week_are_read_as_before(tag, lang, text, expected):
    assert tag(text, lang, THURSDAY) == expected


def test_a_past_event_on_a_weekday_of_next_week_breaks_the_timeline(check, date_findings):
    report = check("Government forces recaptured the town on Tuesday of next week, "
                            "the army said.", "en", THURSDAY)
    (finding,) = date_findings(report, "dates.tense-timeline")
    assert finding.span.text == "Tuesday of next week"
