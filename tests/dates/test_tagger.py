"""The temporal tagger on real-style news sentences: what it finds and how it resolves it.

Published Tuesday 2 May 2017 throughout. Each case lists every (text, value) the tagger must
return, in order: a missing expression, an extra one (a count read as a year) or a wrong year fails.
"""

from __future__ import annotations

from datetime import date

import pytest

AR = [
    ("وقال المتحدث باسم الجيش اليوم (الثلاثاء) إن القوات استعادت السيطرة على البلدة.",
     [("اليوم (الثلاثاء)", "2017-05-02")]),
    ("وأعلنت وزارة الداخلية أول من أمس (الأحد) اعتقال خمسة أشخاص.",
     [("أول من أمس (الأحد)", "2017-04-30")]),
    ("وكان الرئيس قد التقى الخميس الماضي وفداً من المعارضة، على أن يلتقيه مجدداً الأحد المقبل.",
     [("الخميس الماضي", "2017-04-27"), ("الأحد المقبل", "2017-05-07")]),
    ("وتبدأ الانتخابات غداً في جميع المحافظات.", [("غداً", "2017-05-03")]),
    ("وقال في مؤتمر صحافي بـ«الأمس» إن الوضع مستقر.", [("الأمس", "2017-05-01")]),
    ("ووصل الوزير مساء أمس إلى بيروت.", [("مساء أمس", "2017-05-01")]),
    ("وقتل ثلاثة أشخاص صباح اليوم الثلاثاء في انفجار.", [("صباح اليوم الثلاثاء", "2017-05-02")]),
    ("وشهدت البلاد في حزيران (يونيو) الماضي موجة احتجاجات.",
     [("حزيران (يونيو) الماضي", "2016-06")]),
    ("وتنتهي المهلة في 15 يونيو (حزيران) المقبل.", [("15 يونيو (حزيران) المقبل", "2017-06-15")]),
    ("ووقعت الاتفاقية في كانون الثاني/يناير 2016 في فيينا.",
     [("كانون الثاني/يناير 2016", "2016-01")]),
    ("وبدأت الأزمة في سبتمبر أيلول 2015.", [("سبتمبر أيلول 2015", "2015-09")]),
    ("وفي منتصف آذار - مارس اندلعت مواجهات.", [("منتصف آذار - مارس", "2017-03")]),
    ("وسيعقد المؤتمر يومي 7 و8 تموز في باريس.", [("يومي 7 و8 تموز", "2017-07-07/2017-07-08")]),
    ("ومن المقرر أن تنعقد القمة في الحادي والعشرين من أيلول.",
     [("الحادي والعشرين من أيلول", "2017-09-21")]),
    ("ويتنافس المرشحان في الدورة الثانية في السابع من مايو.", [("السابع من مايو", "2017-05-07")]),
    ("وقالت الشرطة إن الهجوم وقع في ٢٨ نيسان ٢٠١٧.", [("٢٨ نيسان ٢٠١٧", "2017-04-28")]),
    ("وصدر المرسوم في ٥ رمضان ١٤٣٨ هـ.", [("٥ رمضان ١٤٣٨ هـ", "2017-05-31")]),
    ("وأعلن في 1 غشت 2016 عن تشكيل الحكومة.", [("1 غشت 2016", "2016-08-01")]),
    ("وقالت الأمم المتحدة إن عدد اللاجئين ارتفع منذ ثلاثة أيام إلى أكثر من مليون.",
     [("منذ ثلاثة أيام", "2017-04-29")]),
    ("وتراجعت أسعار النفط الأسبوع الماضي، ويتوقع أن ترتفع الشهر المقبل.",
     [("الأسبوع الماضي", "2017-W17"), ("الشهر المقبل", "2017-06")]),
    ("وأشار التقرير إلى أن الاقتصاد نما في مطلع العام، مقارنة بأواخر العام الماضي.",
     [("مطلع العام", "2017"), ("أواخر العام الماضي", "2016")]),
    ("وولد الرئيس عام 1946 في نيويورك، وتتواصل المعارك منذ 2011.",
     [("عام 1946", "1946"), ("2011", "2011")]),
    ("وأكد أنه سيزور القاهرة يوم الأحد.", [("يوم الأحد", "2017-05-07")]),
    ("وأعلن الاتحاد الأوروبي الاثنين عن عقوبات جديدة.", [("الاثنين", "2017-05-01")]),
    ("وسترسل واشنطن ممثلاً إلى محادثات آستانة يومي الأربعاء والخميس.",
     [("يومي الأربعاء والخميس", "2017-05-03/2017-05-04")]),
    ("بيروت - 2/5/2017: قال الوزير الثلاثاء ٢/٥/٢٠١٧ إن المحادثات مستمرة.",
     [("2/5/2017", "2017-05-02"), ("الثلاثاء ٢/٥/٢٠١٧", "2017-05-02")]),
    ("وصدر القرار بتاريخ 2017-04-30 عن المحكمة العليا.", [("2017-04-30", "2017-04-30")]),
    ("وتراجع التضخم خلال عامي 2015 و2016 بحسب البنك المركزي.", [("2015 و2016", "2015/2016")]),
    ("وقال أحد المسؤولين إن الاجتماع عقد الأحد.", [("الأحد", "2017-04-30")]),
    ("وأضاف أن الجيش سيطر على البلدة في العاشر من رمضان.", [("العاشر من رمضان", "2016-06-15")]),
    ("ووصل الوزير أمس، والأحد المقبل يغادر إلى باريس.",
     [("أمس", "2017-05-01"), ("الأحد المقبل", "2017-05-07")]),
    ("ووصل الوزير أمس، الأحد المقبل يغادر إلى باريس.",
     [("أمس", "2017-05-01"), ("الأحد المقبل", "2017-05-07")]),
    ("وتستمر المحادثات من الاثنين إلى الأربعاء في جنيف.",
     [("الاثنين إلى الأربعاء", "2017-04-24/2017-04-26")]),
    ("وصدر المرسوم يوم الأحد 10 رمضان 1438 هـ الموافق 4 حزيران (يونيو) 2017.",
     [("يوم الأحد 10 رمضان 1438 هـ الموافق 4 حزيران (يونيو) 2017", "2017-06-04")]),
    # في and من with و / ف glued to them: two-letter words take those clitics only
    ("وفي 2016، اندلعت احتجاجات واسعة في البلاد.", [("2016", "2016")]),
    ("ففي عام 2015 تراجعت الصادرات.", [("عام 2015", "2015")]),
    ("وكانت الحكومة قد أعلنت ولم تحدد موعداً.", []),
    # numbers and words that are not dates
    ("وحصل الحزب على 3.5 في المئة وعلى 2/3 المقاعد.", []),
    ("وأعلنت الوزارة تسجيل 2017 حالة إصابة جديدة بالكوليرا، فيما نزح نحو 300 ألف شخص.", []),
    ("وقال إن الخلاف بين الاثنين قديم.", []),
    ("وشارك اللاعبون الأحد عشر في التدريب.", []),
    ("وقالت صحيفة الغد الأردنية إن الحكومة استقالت.", []),
    ("وأفادت الوكالة أن الرئيس مارس ضغوطاً على البرلمان.", []),
    ("واحتفل العالم باليوم العالمي للصحافة، وفي اليوم التالي عاد الهدوء.", []),
    ("وقال الكرملين إن قمة مجموعة العشرين ستبحث الملف السوري للمرة الأولى.", []),
]

EN = [
    ("Russian President Vladimir Putin and U.S. President Donald Trump sought on Tuesday to ease "
     "tensions.", [("Tuesday", "2017-05-02")]),
    ("Washington will send a representative to ceasefire talks in Astana on Wednesday and "
     "Thursday.", [("Wednesday and Thursday", "2017-05-03/2017-05-04")]),
    ("The leaders discussed meeting at the G20 summit in Hamburg on July 7-8.",
     [("July 7-8", "2017-07-07/2017-07-08")]),
    ("Trump took office on Jan. 20, promising to work with Russia.", [("Jan. 20", "2017-01-20")]),
    ("The strikes were carried out in April, after a chemical attack.", [("April", "2017-04")]),
    ("During his campaign last year, Trump said he wanted safe zones.", [("last year", "2016")]),
    ("The deal was signed on May 2, 2017, in Geneva.", [("May 2, 2017", "2017-05-02")]),
    ("The deal was signed on 2 May 2017 in Geneva.", [("2 May 2017", "2017-05-02")]),
    ("The talks collapsed three days ago, and may resume next month.",
     [("three days ago", "2017-04-29"), ("next month", "2017-06")]),
    ("Protests began in mid-July and continued until late August.",
     [("mid-July", "2016-07"), ("late August", "2016-08")]),
    ("The ministry said yesterday (Monday) that the border was closed.",
     [("yesterday (Monday)", "2017-05-01")]),
    ("The minister will visit Cairo next Sunday, after meeting his counterpart last Thursday.",
     [("next Sunday", "2017-05-07"), ("last Thursday", "2017-04-27")]),
    ("He was born in 1946 in New York; the war has gone on since 2011.",
     [("1946", "1946"), ("2011", "2011")]),
    ("The decree, dated 5 Ramadan 1438 AH, was published today.",
     [("5 Ramadan 1438 AH", "2017-05-31"), ("today", "2017-05-02")]),
    ("Parliament will meet on the 21st of September.", [("21st of September", "2017-09-21")]),
    ("Prices fell last week and are expected to rise this year.",
     [("last week", "2017-W17"), ("this year", "2017")]),
    ("The summit ran from July 7 to July 8, 2016.",
     [("July 7 to July 8, 2016", "2016-07-07/2016-07-08")]),
    ("The March 2016 agreement was signed in Brussels.", [("March 2016", "2016-03")]),
    ("The court ruled on 2017-04-30 and adjourned to 25/12/2017.",
     [("2017-04-30", "2017-04-30"), ("25/12/2017", "2017-12-25")]),
    ("Talks will run from Monday to Wednesday in Geneva.",
     [("Monday to Wednesday", "2017-05-08/2017-05-10")]),
    ("The summit will be held on 7 and 8 July.", [("7 and 8 July", "2017-07-07/2017-07-08")]),
    ("Voters went to the polls on Super Tuesday, and on Sunday they rested.",
     [("Sunday", "2017-04-30")]),
    # not dates (5/6/2017 may be May 6 or 5 June: left alone; a weekday in a name)
    ("The Sunday Times reported that talks would resume after Good Friday.", []),
    ("The vote, on 5/6/2017, drew 2/3 of voters.", []),
    ("Officials said 2017 cases had been recorded, and 300,000 people fled.", []),
    ("You may go now, the officer said, as protesters began to march.", []),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=f"ar-{n}")
                                                for n, (t, e) in enumerate(AR, 1)])
def test_arabic(tag, text, expected):
    assert tag(text, "ar") == expected


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=f"en-{n}")
                                                for n, (t, e) in enumerate(EN, 1)])
def test_english(tag, text, expected):
    assert tag(text, "en") == expected


def test_weekday_resolves_by_tense(tag):
    published = date(2017, 5, 4)  # a Thursday
    assert tag("وقال الوزير يوم الثلاثاء إن الحل قريب.", "ar", published) == [
        ("يوم الثلاثاء", "2017-05-02")]
    assert tag("وسيلتقي الوزير نظيره يوم الثلاثاء.", "ar", published) == [
        ("يوم الثلاثاء", "2017-05-09")]
    assert tag("The minister will meet his counterpart on Tuesday.", "en", published) == [
        ("Tuesday", "2017-05-09")]
    # a present-tense verb of a scheduled event points ahead; a past one back
    assert tag("وتبدأ المحادثات في جنيف يوم الخميس.", "ar") == [("يوم الخميس", "2017-05-04")]
    assert tag("The talks begin in Geneva on Thursday.", "en") == [("Thursday", "2017-05-04")]
    assert tag("The talks began in Geneva on Thursday.", "en") == [("Thursday", "2017-04-27")]


def test_month_without_year_takes_the_nearest_plausible_year(tag):
    published = date(2017, 11, 20)
    assert tag("وقالت الوزارة إن الانتخابات ستجري في شباط.", "ar", published) == [
        ("شباط", "2018-02")]
    assert tag("واندلعت الاحتجاجات في أيلول.", "ar", date(2017, 5, 2)) == [("أيلول", "2016-09")]


def test_without_publication_date_relative_times_stay_unresolved(tag):
    assert tag("وقال المتحدث يوم الثلاثاء إن الاتفاق وقع في 2 أيار 2017.", "ar", None) == [
        ("يوم الثلاثاء", None), ("2 أيار 2017", "2017-05-02")]


def test_spans_point_at_the_input_through_front_matter_and_diacritics(engine):
    from claimcheck.model import Article

    text = "---\npublished: 2017-05-02\n---\nوقال الوزيرُ يَوْمَ الثُّلاثاءِ إن القمة في تَمّوز (يوليو).\n"
    article = engine.load(None, text.encode("utf-8"))[0]
    report = engine.check(Article(text=article.text, lang="ar", published=article.published,
                                  body_start=article.body_start))
    spans = [(t.span.text, t.value) for t in report.times]
    assert spans == [("يَوْمَ الثُّلاثاءِ", "2017-05-02"), ("تَمّوز (يوليو)", "2017-07")]
    for t in report.times:
        assert text[t.span.start:t.span.end] == t.span.text


def test_a_weekday_beside_a_date_chooses_the_year_it_fits(tag, check, date_findings):
    published = date(2017, 11, 20)
    text = "وكانت الحكومة قد أعلنت الأحد 7 أيار عن خطة لإعادة الإعمار."
    assert tag(text, "ar", published) == [("الأحد 7 أيار", "2017-05-07")]
    assert date_findings(check(text, "ar", published)) == []


def test_current_month_word_keeps_the_publication_year(tag):
    assert tag("وتنطلق الحملة في الخامس من أيار الجاري.", "ar") == [
        ("الخامس من أيار الجاري", "2017-05-05")]


def test_29_february_without_a_year_is_a_leap_year(tag, check, date_findings):
    text = "وكانت الحكومة قد أعلنت في 29 شباط عن خطة لإعادة الإعمار."
    assert tag(text, "ar") == [("29 شباط", "2016-02-29")]
    assert date_findings(check(text, "ar")) == []
