"""The identity cards of the date rules: id, description, default severity, flag and pass examples.

The examples run through the whole pipeline as tests (``claimcheck rules test dates``); they are
wire-style sentences in Arabic and English, dated 2 May 2017 (a Tuesday) unless said otherwise.
"""

from __future__ import annotations

from datetime import date

from claimcheck.model import Example, Rule
from claimcheck_dates.checks import SEVERITY

PUB = date(2017, 5, 2)  # a Tuesday


def _ar(text: str, published: date | None = PUB) -> Example:
    return Example(text=text, lang="ar", published=published)


def _en(text: str, published: date | None = PUB) -> Example:
    return Example(text=text, lang="en", published=published)


def _rule(rule_id: str, description: str, flag: list[Example], pass_: list[Example]) -> Rule:
    return Rule(id=rule_id, description=description, severity=SEVERITY[rule_id],  # type: ignore[arg-type]
                flag=flag, pass_=pass_, origin="claimcheck_dates")


RULES: tuple[Rule, ...] = (
    _rule(
        "dates.weekday-mismatch",
        "A weekday that is not the date's: beside a full date (الثلاثاء 2 أيار 2017), an anchor "
        "(اليوم الخميس، أمس الأحد, yesterday (Friday)), or in the lead, whose news wire copy dates "
        "within a few days of publication (a warning there: it is an inference; the allowed lag "
        "is the lead_max_lag_days setting, 3 by default).",
        flag=[
            _ar("وقال وزير الخارجية اليوم الخميس إن المحادثات ستستأنف الأسبوع المقبل."),
            _ar("وأعلنت الحكومة أمس (الأحد) عن خطة جديدة لإعادة الإعمار."),
            _en("Foreign ministers met in Geneva on Thursday, May 2, 2017, to discuss the truce."),
            _en("Russian President Vladimir Putin and U.S. President Donald Trump sought on "
                "Thursday to ease tensions over U.S. air strikes in Syria."),
        ],
        pass_=[
            _ar("وقال وزير الخارجية اليوم الثلاثاء إن المحادثات ستستأنف الأسبوع المقبل."),
            _ar("سعى الرئيس الأميركي دونالد ترامب ونظيره الروسي فلاديمير بوتين يوم الثلاثاء إلى "
                "تخفيف التوتر."),
            _en("Foreign ministers met in Geneva on Tuesday, May 2, 2017, to discuss the truce."),
            _en("The government announced a new reconstruction plan yesterday (Monday)."),
        ],
    ),
    _rule(
        "dates.month-pair-mismatch",
        "A Levantine month paired with another Gregorian month, in any order or separator: "
        "تموز (يناير)، كانون الثاني/مارس، Tammuz (January).",
        flag=[
            _ar("ووضع الزعيمان الأساس لما قد يكون أول اجتماع مباشر بينهما في تموز (يناير)."),
            _ar("وتولى ترامب السلطة في 20 كانون الثاني/مارس."),
            _en("The decree was issued on 8 Adhar (April) 1963, the state agency said."),
        ],
        pass_=[
            _ar("ووضع الزعيمان الأساس لما قد يكون أول اجتماع مباشر بينهما في تموز (يوليو)."),
            _ar("وتولى ترامب السلطة في 20 كانون الثاني/يناير."),
            _en("The decree was issued on 8 Adhar (March) 1963, the state agency said."),
        ],
    ),
    _rule(
        "dates.impossible-date",
        "A day the month does not have: 32 كانون الثاني، 31 نيسان، 29 February 2017, 31 "
        "Ramadan.",
        flag=[
            _ar("وعبر ترامب عن رغبته في إقامة تحالف مع روسيا منذ توليه السلطة في 32 كانون "
                "الثاني (يناير)."),
            _ar("وقالت الشرطة إن الهجوم وقع في 31 نيسان (أبريل) 2017."),
            _en("The agreement was signed on April 31, 2017, in Astana."),
        ],
        pass_=[
            _ar("وعبر ترامب عن رغبته في إقامة تحالف مع روسيا منذ توليه السلطة في 20 كانون "
                "الثاني (يناير)."),
            _ar("وقالت الشرطة إن الهجوم وقع في 30 نيسان (أبريل) 2017."),
            _en("The agreement was signed on April 30, 2017, in Astana."),
        ],
    ),
    _rule(
        "dates.tense-timeline",
        "An event announced for the future (سوف، من المقرر، سيـ, will, is due to) dated before "
        "publication, or an event told in the past dated after it. The tense is the reported "
        "event's own: a reporting verb (said, قال) dates only the saying, a modal (could, قد + "
        "imperfect) fits a future date, and in / بعد + duration after a past verb is a duration.",
        flag=[
            _ar("ومن المقرر أن يصل الوفد إلى جنيف في 28 نيسان (أبريل) 2017."),
            _ar("وسيزور الرئيس موسكو الأسبوع الماضي لإجراء محادثات."),
            _ar("وقال الوزير إن المحادثات انتهت الأسبوع المقبل."),
            _en("The delegation will arrive in Geneva on April 28, 2017."),
            _en("The two leaders met in Hamburg on July 7, 2017, officials said."),
            _en("The minister said on Monday that the talks ended next Tuesday."),
        ],
        pass_=[
            _ar("ومن المقرر أن يصل الوفد إلى جنيف في 8 أيار (مايو) 2017."),
            _ar("وسيزور الرئيس موسكو الأسبوع المقبل لإجراء محادثات."),
            _ar("وأضاف أن درجات الحرارة قد تنخفض قليلاً مطلع الأسبوع المقبل."),
            _en("The delegation will arrive in Geneva on May 8, 2017."),
            _en("The two leaders met in Hamburg on April 7, 2017, officials said."),
            _en("Temperatures could fall slightly early next week, he said."),
            _en("About 300 migrants rescued off Libya in two days"),
        ],
    ),
    _rule(
        "dates.range-order",
        "A range or pair of days that runs backwards: 8 و7 تموز، من 8 إلى 3 أيار، يومي الخميس "
        "والأربعاء, July 8-7, between 2018 and 2016.",
        flag=[
            _ar("وتعقد قمة مجموعة العشرين في هامبورغ يومي 8 و7 تموز (يوليو)."),
            _ar("وسترسل واشنطن ممثلاً إلى محادثات آستانة يومي الخميس والأربعاء."),
            _en("The G20 summit will be held in Hamburg on July 8-7."),
        ],
        pass_=[
            _ar("وتعقد قمة مجموعة العشرين في هامبورغ يومي 7 و8 تموز (يوليو)."),
            _ar("وسترسل واشنطن ممثلاً إلى محادثات آستانة يومي الأربعاء والخميس."),
            _en("The G20 summit will be held in Hamburg on July 7-8."),
        ],
    ),
    _rule(
        "dates.hijri-mismatch",
        "A Hijri date that is not its stated Gregorian equivalent or weekday (within a day, as "
        "months start on sighting): 5 رمضان 1438 هـ الموافق 20 أيار 2017.",
        flag=[
            _ar("وصدر المرسوم في 5 رمضان 1438 هـ الموافق 20 أيار (مايو) 2017."),
            _en("The decree was dated 5 Ramadan 1438 AH (May 20, 2017), the agency said."),
        ],
        pass_=[
            _ar("وصدر المرسوم في 5 رمضان 1438 هـ الموافق 31 أيار (مايو) 2017."),
            _en("The decree was dated 5 Ramadan 1438 AH (May 31, 2017), the agency said."),
        ],
    ),
    _rule(
        "dates.no-anchor",
        "Relative dates (يوم الثلاثاء، أمس، العام الماضي, on Tuesday, last year) that cannot be "
        "checked because the article has no publication date; reported once per article.",
        flag=[
            _ar("وقال المتحدث يوم الثلاثاء إن الاجتماع سيعقد الأسبوع المقبل.", published=None),
            _en("The spokesman said on Tuesday that the meeting would take place next week.",
                published=None),
        ],
        pass_=[
            _ar("وقال المتحدث يوم الثلاثاء إن الاجتماع سيعقد الأسبوع المقبل."),
            _en("The spokesman said on Tuesday that the meeting would take place next week."),
            _en("The agreement was signed on April 30, 2017, in Astana.", published=None),
        ],
    ),
)
