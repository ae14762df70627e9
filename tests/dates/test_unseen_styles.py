"""Date styles the tagger had not met: Egyptian, Gulf and Maghreb press, decades, quarters.

Published Tuesday 2 May 2017 throughout. Tagging cases list every (text, value) the tagger must
return; flag cases a planted error that must raise the rule; pass cases the same style written
right, which must raise no warning- or error-level date finding.
"""

from __future__ import annotations

import pytest

TAGGED_AR = [
    # Egyptian / Gulf datelines and dates
    ("القاهرة في 2 مايو/أيار (رويترز) - قال مسؤول مصري إن الحكومة ستعلن الخطة.",
     [("2 مايو/أيار", "2017-05-02")]),
    ("وعقد الاجتماع يوم الثلاثاء الموافق 2 مايو في مقر الوزارة.",
     [("يوم الثلاثاء الموافق 2 مايو", "2017-05-02")]),
    ("وصدر القرار في 2017/5/2 عن مجلس الوزراء.", [("2017/5/2", "2017-05-02")]),
    ("الرياض، الثلاثاء 6 شعبان 1438هـ الموافق 2 مايو 2017م - أعلنت الوزارة عن خطة جديدة.",
     [("الثلاثاء 6 شعبان 1438هـ الموافق 2 مايو 2017م", "2017-05-02")]),
    ("وعقد الاجتماع الخميس الماضي الموافق 27 أبريل.",
     [("الخميس الماضي الموافق 27 أبريل", "2017-04-27")]),
    # Maghreb month names
    ("وجرت الانتخابات في 7 شتنبر 2016، وتشكلت الحكومة في 20 نونبر وعدلت في 3 دجنبر.",
     [("7 شتنبر 2016", "2016-09-07"), ("20 نونبر", "2016-11-20"), ("3 دجنبر", "2016-12-03")]),
    # relative expressions
    ("وقتل ثلاثة أشخاص الليلة الماضية في هجوم على حاجز للشرطة.",
     [("الليلة الماضية", "2017-05-01")]),
    ("وشنت الطائرات غارات فجر اليوم على مواقع المسلحين.", [("فجر اليوم", "2017-05-02")]),
    ("ومن المنتظر أن يعقد المؤتمر في منتصف الشهر الجاري بالرباط.",
     [("منتصف الشهر الجاري", "2017-05")]),
    ("وتستضيف المدينة المهرجان نهاية الأسبوع الجاري.", [("نهاية الأسبوع الجاري", "2017-W18")]),
    ("وبلغ النمو 2.1 في المئة في العام 2016 مقارنة بـ1.7 في المئة عام 2015.",
     [("العام 2016", "2016"), ("عام 2015", "2015")]),
    # decades: the 20th century unless the century word says otherwise; an age is no decade
    ("ومن المقرر أن تعقد القمة في أسبوع 8 مايو.", [("أسبوع 8 مايو", "2017-W19")]),
    ("وشهدت الجزائر في التسعينيات حرباً أهلية دامية.", [("التسعينيات", "199X")]),
    ("ويعود النزاع إلى ثمانينيات القرن الماضي.", [("ثمانينيات القرن الماضي", "198X")]),
    ("وبدأت الأزمة مطلع التسعينات.", [("مطلع التسعينات", "199X")]),
    ("وقال رجل في الستينات من عمره إن منزله دمر.", []),
    # the Friday prayer is named after the day; with a direction it dates one
    ("وأدى عشرات الآلاف صلاة الجمعة في المسجد الأقصى وسط إجراءات أمنية مشددة.", []),
    ("وأدى المصلون صلاة الجمعة الماضية في الأقصى.", [("الجمعة الماضية", "2017-04-28")]),
    # quarters, only with their year
    ("ونما الاقتصاد 2.1 في المئة في الربع الأول من العام الجاري.",
     [("الربع الأول من العام الجاري", "2017-Q1")]),
    ("وتراجعت الصادرات في الربع الأخير من عام 2016.", [("الربع الأخير من عام 2016", "2016-Q4")]),
    ("ونما الاقتصاد في الربع الأول بحسب الشركة.", []),
]

TAGGED_EN = [
    ("Officials said Thursday's meeting in Geneva would go ahead as planned.",
     [("Thursday", "2017-05-04")]),
    ("Officials said Tuesday's meeting in Geneva ended without agreement.",
     [("Tuesday", "2017-05-02")]),
    ("The country's economy collapsed in the 1990s after the war.", [("1990s", "199X")]),
    ("The company was founded in the mid-1990s.", [("mid-1990s", "199X")]),
    ("Investment dried up in the '80s, he said.", [("'80s", "198X")]),
    ("The project started in the early 2000s.", [("early 2000s", "200X")]),
    ("Output rose 3 percent in Q1 2017, data showed.", [("Q1 2017", "2017-Q1")]),
    ("Output rose 3 percent in the first quarter of 2017, data showed.",
     [("first quarter of 2017", "2017-Q1")]),
    ("The company expects revenue to grow in fiscal 2016, it said.", []),
    ("The company expects growth in fiscal year 2018.", []),
    ("Profit rose in the first quarter, the company said.", []),
    ("The attacks on Sept. 11, 2001, killed nearly 3,000 people.",
     [("Sept. 11, 2001", "2001-09-11")]),
    ("The summit will take place on Tues., May 9.", [("Tues., May 9", "2017-05-09")]),
    ("The ruling was issued on 2017-05-02 by the high court.", [("2017-05-02", "2017-05-02")]),
    ("Voting will take place between May 3 and May 5, the commission said.",
     [("May 3 and May 5", "2017-05-03/2017-05-05")]),
    ("The summit is scheduled for the week of May 8 in Brussels.",
     [("week of May 8", "2017-W19")]),
    ("The talks will run May 3 to 5 in Geneva.", [("May 3 to 5", "2017-05-03/2017-05-05")]),
    # a figure after "to" is no end of a range (and a past May 3 after publication is last year's)
    ("The index fell on May 3 to 5 percent.", [("May 3", "2016-05-03")]),
]


@pytest.mark.parametrize(("text", "expected"), TAGGED_AR)
def test_arabic_styles_are_tagged(tag, text, expected):
    assert tag(text, "ar") == expected


@pytest.mark.parametrize(("text", "expected"), TAGGED_EN)
def test_english_styles_are_tagged(tag, text, expected):
    assert tag(text, "en") == expected


FLAG = [
    # a weekday beside a day-month weeks from publication is checked against that date, not
    # excused by another year whose date has that weekday
    ("ar", "وقال مسؤول أمني مساء السبت 30 أبريل إن الهجوم أحبط.", "dates.weekday-mismatch",
     "السبت 30 أبريل"),
    ("ar", "وعقد الاجتماع الخميس الماضي الموافق 28 أبريل في الرباط.", "dates.weekday-mismatch",
     "الخميس الماضي الموافق 28 أبريل"),
    ("ar", "وعقد الاجتماع يوم الخميس الموافق 2 مايو في مقر الوزارة.", "dates.weekday-mismatch",
     "يوم الخميس الموافق 2 مايو"),
    ("ar", "ووصل الوفد مساء أمس السبت إلى الدوحة.", "dates.weekday-mismatch", "مساء أمس السبت"),
    ("ar", "ويلتقي الوزير نظيره الفرنسي الأربعاء المقبل 9 مايو في باريس.",
     "dates.weekday-mismatch", "الأربعاء المقبل 9 مايو"),
    ("en", "He will meet his French counterpart next Wednesday, May 9, in Paris.",
     "dates.weekday-mismatch", "next Wednesday, May 9"),
    ("ar", "وقتل ثلاثة أشخاص الليلة الماضية (الأحد) في هجوم.", "dates.weekday-mismatch",
     "الليلة الماضية (الأحد)"),
    ("ar", "وقالت الوزارة الأحد 30 أبريل/أيار إن 12 شخصاً قتلوا.", "dates.month-pair-mismatch",
     "أيار"),
    ("ar", "وعقدت الجولة الأولى في 31 أبريل 2017.", "dates.impossible-date", "31 أبريل 2017"),
    ("ar", "وتستمر الزيارة من 5 إلى 3 ماي.", "dates.range-order", "5 إلى 3 ماي"),
    ("ar", "وصدر البيان الثلاثاء 9 شعبان 1438 هـ الموافق 2 مايو 2017 م عن الديوان الملكي.",
     "dates.hijri-mismatch", None),
    ("ar", "وتراجعت الصادرات في الربع الأول من العام المقبل، بحسب ما أعلنت الوزارة أمس.",
     "dates.tense-timeline", "الربع الأول من العام المقبل"),
    ("en", "Police said on Monday, May 2, that the suspect had fled.", "dates.weekday-mismatch",
     "Monday, May 2"),
    ("en", "The meeting on Thursday, May 2, 2017, ended early.", "dates.weekday-mismatch",
     "Thursday, May 2, 2017"),
    ("en", "The summit will take place on Tues., May 10.", "dates.weekday-mismatch",
     "Tues., May 10"),
    ("en", "Troops withdrew on April 31, a spokesman said.", "dates.impossible-date", "April 31"),
    ("en", "The conference will run May 4-2 in Doha.", "dates.range-order", "May 4-2"),
    ("en", "Voting will take place between May 5 and May 3, the commission said.",
     "dates.range-order", "May 5 and May 3"),
    ("en", "Exports will rise in the first quarter of 2016, the minister said on Tuesday.",
     "dates.tense-timeline", "first quarter of 2016"),
]

PASS = [
    ("ar", "وقال مسؤول أمني مساء الأحد 30 أبريل إن الهجوم أحبط."),
    ("ar", "وعقد الاجتماع الخميس الماضي الموافق 27 أبريل في الرباط."),
    ("ar", "وعقد الاجتماع يوم الثلاثاء الموافق 2 مايو في مقر الوزارة."),
    ("ar", "ووصل الوفد مساء أمس الاثنين إلى الدوحة."),
    ("ar", "ويلتقي الوزير نظيره الفرنسي الثلاثاء المقبل 9 مايو في باريس."),
    ("ar", "وأدى عشرات الآلاف صلاة الجمعة في المسجد الأقصى وسط إجراءات أمنية مشددة."),
    ("en", "He met his French counterpart last Thursday, April 27, in Paris."),
    ("ar", "وقالت الوزارة الأحد 30 أبريل/نيسان إن 12 شخصاً قتلوا."),
    ("ar", "وصدر البيان الثلاثاء 6 شعبان 1438 هـ الموافق 2 مايو 2017 م عن الديوان الملكي."),
    ("ar", "وشهدت الجزائر في التسعينيات حرباً أهلية، وتراجع النمو في الربع الأول من العام الجاري."),
    ("ar", "وقال الجيش في وقت سابق اليوم إنه استعاد السيطرة على البلدة."),
    ("en", "Police said on Monday, May 1, that the suspect had fled."),
    ("en", "Officials said Thursday's meeting in Geneva would go ahead as planned."),
    ("en", "The summit will take place on Tues., May 9."),
    ("en", "The company expects revenue to fall in fiscal 2016, it said on Tuesday."),
    ("en", "The economy collapsed in the 1990s and shrank again in Q1 2017, data showed."),
    ("en", "The conference will run May 2-4 in Doha, and the talks between May 8 and May 10."),
]


@pytest.mark.parametrize(("lang", "text", "rule", "where"), FLAG)
def test_planted_errors_are_flagged(check, date_findings, lang, text, rule, where):
    found = date_findings(check(text, lang), rule)
    assert found, f"{rule} expected on: {text}"
    if where is not None:
        assert any(where in f.span.text for f in found), [f.span.text for f in found]


@pytest.mark.parametrize(("lang", "text"), PASS)
def test_correct_styles_raise_nothing(check, date_findings, lang, text):
    found = [f for f in date_findings(check(text, lang)) if f.severity != "info"]
    assert found == [], [(f.rule, f.message) for f in found]


def test_hijri_date_off_its_equivalent_is_one_finding(check, date_findings, tag):
    """A weekday that fits the Gregorian equivalent but not the Hijri date is that same error."""
    text = "وصدر البيان الثلاثاء 9 شعبان 1438 هـ الموافق 2 مايو 2017 م عن الديوان الملكي."
    found = date_findings(check(text, "ar"), "dates.hijri-mismatch")
    assert len(found) == 1 and "Friday 5 May 2017" in found[0].message
    assert tag(text, "ar") == [("الثلاثاء 9 شعبان 1438 هـ الموافق 2 مايو 2017 م", "2017-05-02")]
