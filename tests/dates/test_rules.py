"""Each date rule on real-style Arabic and English sentences: where it flags, and where it must not.

Sentences are dated Tuesday 2 May 2017 unless the case says otherwise. A flag case names the exact
text the finding must point at.
"""

from __future__ import annotations

from datetime import date

import pytest

NONE = "no publication date"

FLAG = {
    "dates.weekday-mismatch": [
        ("ar", "وقال وزير الخارجية اليوم الخميس إن المحادثات ستستأنف الأسبوع المقبل.",
         "اليوم الخميس"),
        ("ar", "وأعلنت الحكومة أمس (الأحد) عن خطة جديدة لإعادة الإعمار.", "أمس (الأحد)"),
        ("ar", "وكانت الشرطة قد أعلنت أول من أمس الجمعة اعتقال المشتبه به.", "أول من أمس الجمعة"),
        ("ar", "وعقد الاجتماع الأربعاء 2 أيار (مايو) 2017 في مقر الجامعة العربية.",
         "الأربعاء 2 أيار (مايو) 2017"),
        ("ar", "دمشق - السبت 30/4/2017: أعلنت وزارة الدفاع عن هدنة.", "السبت 30/4/2017"),
        ("ar", "ستعقد الجولة المقبلة من المفاوضات غداً الخميس في جنيف.", "غداً الخميس"),
        ("en", "Foreign ministers met in Geneva on Thursday, May 2, 2017, to discuss the truce.",
         "Thursday, May 2, 2017"),
        ("en", "The ministry said yesterday (Sunday) that the border crossing was closed.",
         "yesterday (Sunday)"),
        ("en", "Police said the attack took place on Saturday 28 April 2017 near the market.",
         "Saturday 28 April 2017"),
        ("en", "Russian President Vladimir Putin and U.S. President Donald Trump sought on "
               "Thursday to ease tensions over U.S. air strikes in Syria.", "Thursday"),
    ],
    "dates.month-pair-mismatch": [
        ("ar", "ووضع الزعيمان الأساس لما قد يكون أول اجتماع مباشر بينهما في تموز (يناير).",
         "تموز (يناير)"),
        ("ar", "وتولى ترامب السلطة في 20 كانون الثاني/مارس.", "كانون الثاني/مارس"),
        ("ar", "وشنت الولايات المتحدة ضربات جوية في أبريل (أيار) ضد قاعدة الشعيرات.",
         "أبريل (أيار)"),
        ("ar", "وبدأت الأزمة في سبتمبر تشرين الأول 2015.", "سبتمبر تشرين الأول"),
        ("en", "The decree was issued on 8 Adhar (April) 1963, the state agency said.",
         "Adhar (April)"),
        ("en", "The Baath party took power in Tammuz (January) 1968.", "Tammuz (January)"),
        ("en", "The letter, dated 3 Nisan (May) 2017, was read on state television.",
         "Nisan (May)"),
    ],
    "dates.impossible-date": [
        ("ar", "وعبر ترامب عن رغبته في إقامة تحالف مع روسيا منذ توليه السلطة في 32 كانون "
               "الثاني (يناير).", "32 كانون الثاني (يناير)"),
        ("ar", "وقالت الشرطة إن الهجوم وقع في 31 نيسان (أبريل) 2017.", "31 نيسان (أبريل) 2017"),
        ("ar", "وأعلنت الوزارة أن الانتخابات جرت في 29 شباط 2017.", "29 شباط 2017"),
        ("ar", "وصدر المرسوم في 31 رمضان 1438 هـ.", "31 رمضان 1438 هـ"),
        ("ar", "وقالت المحكمة إن الحكم صدر بتاريخ 31/4/2017.", "31/4/2017"),
        ("en", "The agreement was signed on April 31, 2017, in Astana.", "April 31, 2017"),
        ("en", "The vote took place on 30 February 2016, officials said.", "30 February 2016"),
        ("en", "The ceasefire expired on June 31.", "June 31"),
    ],
    "dates.tense-timeline": [
        ("ar", "ومن المقرر أن يصل الوفد إلى جنيف في 28 نيسان (أبريل) 2017.",
         "28 نيسان (أبريل) 2017"),
        ("ar", "وسيزور الرئيس موسكو الأسبوع الماضي لإجراء محادثات.", "الأسبوع الماضي"),
        ("ar", "وقالت الوزارة إن الانتخابات جرت في 12 أيلول 2017 بمشاركة واسعة.",
         "12 أيلول 2017"),
        ("ar", "وسوف يلتقي الوزيران أمس في عمان.", "أمس"),
        ("en", "The delegation will arrive in Geneva on April 28, 2017.", "April 28, 2017"),
        ("en", "The two leaders met in Hamburg on July 7, 2017, officials said.", "July 7, 2017"),
        ("en", "The minister is due to visit Cairo last Thursday.", "last Thursday"),
        ("en", "Elections were held next month in all provinces.", "next month"),
    ],
    "dates.range-order": [
        ("ar", "وتعقد قمة مجموعة العشرين في هامبورغ يومي 8 و7 تموز (يوليو).",
         "يومي 8 و7 تموز (يوليو)"),
        ("ar", "وسترسل واشنطن ممثلاً إلى محادثات آستانة يومي الخميس والأربعاء.",
         "يومي الخميس والأربعاء"),
        ("ar", "ويستمر المعرض من 12 إلى 3 أيار (مايو) في بيروت.", "12 إلى 3 أيار (مايو)"),
        ("en", "The G20 summit will be held in Hamburg on July 8-7.", "July 8-7"),
        ("en", "The exhibition runs from May 12 to May 3 in Beirut.", "May 12 to May 3"),
        ("en", "The survey covered the years between 2016 and 2014.", "2016 and 2014"),
    ],
    "dates.hijri-mismatch": [
        ("ar", "وصدر المرسوم في 5 رمضان 1438 هـ الموافق 20 أيار (مايو) 2017.",
         "5 رمضان 1438 هـ الموافق 20 أيار (مايو) 2017"),
        ("ar", "وأعلنت المحكمة الحكم يوم الجمعة 5 رمضان 1438 هـ.", "يوم الجمعة 5 رمضان 1438 هـ"),
        ("ar", "ونشر البيان في 1 شوال 1438هـ (الموافق 1 حزيران 2017).",
         "1 شوال 1438هـ (الموافق 1 حزيران 2017)"),
        ("en", "The decree was dated 5 Ramadan 1438 AH (May 20, 2017), the agency said.",
         "5 Ramadan 1438 AH (May 20, 2017)"),
        ("en", "The court ruled on Monday, 5 Ramadan 1438 AH.", "Monday, 5 Ramadan 1438 AH"),
        ("en", "Eid began on 1 Shawwal 1438 AH (June 1, 2017).",
         "1 Shawwal 1438 AH (June 1, 2017)"),
    ],
    "dates.no-anchor": [
        ("ar", "وقال المتحدث يوم الثلاثاء إن الاجتماع سيعقد الأسبوع المقبل.", NONE),
        ("ar", "وأعلنت الوزارة أمس تسجيل إصابات جديدة.", NONE),
        ("ar", "وشهدت البلاد في حزيران (يونيو) موجة احتجاجات.", NONE),
        ("en", "The spokesman said on Tuesday that the meeting would take place next week.", NONE),
        ("en", "Prices rose last year, the central bank said.", NONE),
        ("en", "Protests broke out three days ago in the capital.", NONE),
    ],
}

PASS = {
    "dates.weekday-mismatch": [
        ("ar", "وقال وزير الخارجية اليوم الثلاثاء إن المحادثات ستستأنف الأسبوع المقبل."),
        ("ar", "سعى الرئيس الأميركي دونالد ترامب ونظيره الروسي فلاديمير بوتين يوم الثلاثاء إلى "
               "تخفيف التوتر."),
        ("ar", "وعقد الاجتماع الثلاثاء 2 أيار (مايو) 2017 في مقر الجامعة العربية."),
        ("ar", "وأعلنت الحكومة أمس (الاثنين) عن خطة جديدة لإعادة الإعمار."),
        ("ar", "وقال مسؤول إن الرئيس سيزور باريس يوم الجمعة."),
        ("en", "Foreign ministers met in Geneva on Tuesday, May 2, 2017, to discuss the truce."),
        ("en", "The government announced a new reconstruction plan yesterday (Monday)."),
        ("en", "Police said the attack took place on Friday 28 April 2017 near the market."),
        ("en", "The president will travel to Paris on Friday, his office said."),
    ],
    "dates.month-pair-mismatch": [
        ("ar", "ووضع الزعيمان الأساس لما قد يكون أول اجتماع مباشر بينهما في تموز (يوليو)."),
        ("ar", "وتولى ترامب السلطة في 20 كانون الثاني/يناير."),
        ("ar", "وشنت الولايات المتحدة ضربات جوية في أبريل (نيسان) ضد قاعدة الشعيرات."),
        ("ar", "وبدأت الأزمة في سبتمبر أيلول 2015."),
        ("ar", "وتنتهي المهلة في 15 يونيو (حزيران) المقبل."),
        ("en", "The decree was issued on 8 Adhar (March) 1963, the state agency said."),
        ("en", "The Baath party took power in Tammuz (July) 1968."),
        ("en", "The letter, dated 3 Nisan (April) 2017, was read on state television."),
    ],
    "dates.impossible-date": [
        ("ar", "وعبر ترامب عن رغبته في إقامة تحالف مع روسيا منذ توليه السلطة في 20 كانون "
               "الثاني (يناير)."),
        ("ar", "وقالت الشرطة إن الهجوم وقع في 30 نيسان (أبريل) 2017."),
        ("ar", "وأعلنت الوزارة أن الانتخابات جرت في 29 شباط 2016."),
        ("ar", "وأعلنت الوزارة تسجيل 2017 حالة إصابة جديدة بالكوليرا، فيما نزح نحو 300 ألف شخص."),
        ("en", "The agreement was signed on April 30, 2017, in Astana."),
        ("en", "The vote took place on 29 February 2016, officials said."),
        ("en", "Officials said 45 people were killed and 2017 homes destroyed in the storm."),
    ],
    "dates.tense-timeline": [
        ("ar", "ومن المقرر أن يصل الوفد إلى جنيف في 8 أيار (مايو) 2017."),
        ("ar", "وسيزور الرئيس موسكو الأسبوع المقبل لإجراء محادثات."),
        ("ar", "وقالت الوزارة إن الانتخابات جرت في 12 أيلول 2016 بمشاركة واسعة."),
        ("ar", "وكان من المقرر أن يلتقي الوزيران أمس في عمان، لكن اللقاء أرجئ."),
        ("en", "The delegation will arrive in Geneva on May 8, 2017."),
        ("en", "The two leaders met in Hamburg on April 7, 2017, officials said."),
        ("en", "The meeting, which was scheduled for last Thursday, was postponed."),
        ("en", "Elections will be held next month in all provinces."),
        ("ar", "وسيزور الرئيس باريس بعد أن التقاه نظيره الفرنسي الأسبوع الماضي في روما."),
        ("en", "The minister, who met his counterpart last Thursday, will visit Cairo."),
    ],
    "dates.range-order": [
        ("ar", "وتعقد قمة مجموعة العشرين في هامبورغ يومي 7 و8 تموز (يوليو)."),
        ("ar", "وسترسل واشنطن ممثلاً إلى محادثات آستانة يومي الأربعاء والخميس."),
        ("ar", "ويستمر المعرض من 3 إلى 12 أيار (مايو) في بيروت."),
        ("en", "The G20 summit will be held in Hamburg on July 7-8."),
        ("en", "The exhibition runs from May 3 to May 12 in Beirut."),
        ("en", "The survey covered the years between 2014 and 2016."),
    ],
    "dates.hijri-mismatch": [
        ("ar", "وصدر المرسوم في 5 رمضان 1438 هـ الموافق 31 أيار (مايو) 2017."),
        ("ar", "وأعلنت المحكمة الحكم يوم الأربعاء 5 رمضان 1438 هـ."),
        ("ar", "ونشر البيان في 1 شوال 1438هـ (الموافق 25 حزيران 2017)."),
        ("en", "The decree was dated 5 Ramadan 1438 AH (May 31, 2017), the agency said."),
        ("en", "The court ruled on Wednesday, 5 Ramadan 1438 AH."),
        ("en", "Eid began on 1 Shawwal 1438 AH (June 25, 2017)."),
    ],
    "dates.no-anchor": [
        ("ar", "وقال المتحدث يوم الثلاثاء إن الاجتماع سيعقد الأسبوع المقبل."),
        ("ar", "وأعلنت الوزارة أمس تسجيل إصابات جديدة."),
        ("ar", "ووقعت الاتفاقية في 2 أيار 2017 في فيينا."),
        ("en", "The spokesman said on Tuesday that the meeting would take place next week."),
        ("en", "Prices rose last year, the central bank said."),
        ("en", "The agreement was signed on April 30, 2017, in Astana."),
    ],
}

PASS_WITHOUT_DATE = {("ar", "ووقعت الاتفاقية في 2 أيار 2017 في فيينا."),
                     ("en", "The agreement was signed on April 30, 2017, in Astana.")}


def _published(rule: str, expected: str | None) -> date | None:
    return None if expected == NONE else date(2017, 5, 2)


@pytest.mark.parametrize(("rule", "lang", "text", "expected"), [
    pytest.param(rule, lang, text, span, id=f"{rule}-{lang}-{n}")
    for rule, cases in FLAG.items() for n, (lang, text, span) in enumerate(cases, 1)])
def test_flags(check, date_findings, rule, lang, text, expected):
    report = check(text, lang, _published(rule, expected))
    found = date_findings(report, rule)
    assert len(found) == 1, [f"{f.rule}: {f.message}" for f in date_findings(report)]
    finding = found[0]
    assert finding.message
    if expected == NONE:
        assert finding.span is None and finding.related
        return
    assert finding.span.text == expected
    assert text[finding.span.start:finding.span.end] == expected
    assert "expected" in finding.message and "text says" in finding.message


@pytest.mark.parametrize(("rule", "lang", "text"), [
    pytest.param(rule, lang, text, id=f"{rule}-{lang}-{n}")
    for rule, cases in PASS.items() for n, (lang, text) in enumerate(cases, 1)])
def test_passes(check, date_findings, rule, lang, text):
    published = None if (lang, text) in PASS_WITHOUT_DATE else date(2017, 5, 2)
    report = check(text, lang, published)
    assert [f.message for f in date_findings(report, rule)] == []


def test_each_rule_has_three_cases_each_way_in_both_languages():
    for table in (FLAG, PASS):
        for rule, cases in table.items():
            for lang in ("ar", "en"):
                assert sum(1 for c in cases if c[0] == lang) >= 3, (rule, lang)
