"""The tense of a time comes from its own clause: not from the words of another time (next, last,
أمس، الماضي), not from the verb of a clause before ", and" / "، و", not from a verb after it unless
the time is fronted; a month followed by "last year" / "من العام الماضي" is in that year; a year
the tagger guessed is never held against the tense."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2018, 5, 10)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The minister will visit Cairo next Sunday, after meeting his counterpart last "
           "Thursday."),
    ("en", "Asked whether the target of zero illegal clearing by 2030 was realistic, the minister "
           "said it was difficult."),
    ("en", "Deforestation in the Amazon fell 22 percent in the 12 months to July, the institute "
           "said."),
    ("ar", "ووصل الوزير إلى بيروت أمس، والأحد المقبل يغادر إلى باريس."),
    ("ar", "وقال الوزير إن صادرات البلاد بلغت 3.2 مليون برميل يومياً في تشرين الأول (أكتوبر)."),
    ("ar", "واجتمع المجلس أمس، وفي الأسبوع المقبل يصوت على الموازنة."),
    ("en", "He met the envoy on Monday, and on Tuesday next week he visits Paris."),
])
def test_no_tense_timeline_finding(check, date_findings, lang, text):
    assert date_findings(check(text, lang, PUBLISHED), "dates.tense-timeline") == []


@pytest.mark.parametrize(("lang", "text", "span"), [
    # the verb before the time still governs it, and a fronted time takes the verb after it
    ("en", "The rebels withdrew from the town next Tuesday, the army said.", "next Tuesday"),
    ("en", "On Monday next week, the two leaders met in Hamburg.", "Monday next week"),
    ("ar", "وانسحب المسلحون من البلدة الأحد المقبل، بحسب الجيش.", "الأحد المقبل"),
    ("ar", "وفي الأسبوع المقبل، انسحب المسلحون من البلدة.", "الأسبوع المقبل"),
])
def test_a_past_verb_of_its_own_clause_still_flags(check, date_findings, lang, text, span):
    (finding,) = date_findings(check(text, lang, PUBLISHED), "dates.tense-timeline")
    assert finding.span.text == span


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Temperatures reached 52 degrees in August last year.",
     [("August last year", "2017-08")]),
    ("en", "The boat sank in October of last year.", [("October of last year", "2017-10")]),
    ("en", "Elections are due in March next year.", [("March next year", "2019-03")]),
    ("en", "The war ended on Aug. 15 last year.", [("Aug. 15 last year", "2017-08-15")]),
    ("ar", "وانخفضت الصادرات في أيار من العام الماضي.", [("أيار من العام الماضي", "2017-05")]),
    ("ar", "وستجرى الانتخابات في آذار من العام المقبل.", [("آذار من العام المقبل", "2019-03")]),
    ("ar", "وارتفعت الصادرات في أيار من هذا العام.", [("أيار من هذا العام", "2018-05")]),
    ("ar", "وأغلق المصنع في أيار من عام 2016.", [("أيار من عام 2016", "2016-05")]),
])
def test_a_month_of_a_relative_year(tag, lang, text, expected):
    assert tag(text, lang, PUBLISHED) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Americans marked the anniversary of the Sept. 11, 2001, attacks on Tuesday. The "
           "attacks on Sept. 11 killed nearly 3,000 people.",
     [("Sept. 11, 2001", "2001-09-11"), ("Tuesday", "2018-05-08"), ("Sept. 11", "2001-09-11")]),
    ("ar", "وأحيا الأميركيون ذكرى هجمات 11 أيلول/سبتمبر 2001. وأودت هجمات 11 أيلول بحياة نحو "
           "3000 شخص.",
     [("11 أيلول/سبتمبر 2001", "2001-09-11"), ("11 أيلول", "2001-09-11")]),
    # another day of the same month is not that date
    ("en", "The deal was signed on May 5, 2016. Talks resumed on May 7.",
     [("May 5, 2016", "2016-05-05"), ("May 7", "2018-05-07")]),
])
def test_a_day_named_again_without_its_year_keeps_the_year_the_text_gave(tag, lang, text,
                                                                          expected):
    assert tag(text, lang, PUBLISHED) == expected
