"""Arabic wire forms the extractor had not met: بيّن against بين, names the gazetteer does not know
before a verbal-noun object, documents with objects, جاء في, أردف / نبّه / استبعد, a medium's quoted
name, على حد تعبيره; and the look-alikes that must stay no claim (بين الطرفين، a name that is the
object, one unknown word before a verbal noun, جاء in other senses)."""

from __future__ import annotations

import pytest

from claimcheck.analyze.normalize import normalize_ar as norm
from tests.extract.helpers import attributed, source_text


def claims(text: str):
    return [(source_text(c), c.cue.span.text if c.cue else None, c.content.text)
            for c in attributed(text, "ar")]


# -- بيّن "showed / explained" and بين "between" ---------------------------------------------------


@pytest.mark.parametrize("text, source, cue, content", [
    ("وبيّن محافظ البنك المركزي أن الاحتياطيات الأجنبية ارتفعت إلى 35 مليار دولار.",
     "محافظ البنك المركزي", "وبيّن", "الاحتياطيات الأجنبية ارتفعت إلى 35 مليار دولار"),
    # without the shadda: a clause-opening verb with a delimited subject and أن right after it
    ("وبين وزير الزراعة الأردني خالد الحنيفات أن الموسم المطري تأخر أسبوعين.",
     "وزير الزراعة الأردني خالد الحنيفات", "وبين", "الموسم المطري تأخر أسبوعين"),
    ("وبينت وزارة الصحة في بيان أن عدد حالات الكوليرا بلغ 1200 حالة.",
     "وزارة الصحة", "وبينت", "عدد حالات الكوليرا بلغ 1200 حالة"),
    ("ويبين التقرير أن صادرات الفوسفات تراجعت بنسبة 8 في المئة.",
     "التقرير", "ويبين", "صادرات الفوسفات تراجعت بنسبة 8 في المئة"),
])
def test_bayyana_reports(text, source, cue, content):
    assert claims(text) == [(source, cue, content)]


@pytest.mark.parametrize("text", [
    "ووقعت اشتباكات بين الطرفين في ضواحي المدينة مساء الثلاثاء.",
    "وبين الحين والآخر تندلع مواجهات بين الجيش والمسلحين في ريف حماة.",
    "ووقع الاتفاق بين وزير الخارجية ونظيره الفرنسي في باريس.",
    # no subject: "it turned out that" is no one's claim
    "وتبين أن المتهم كان قد غادر البلاد قبل أسبوعين.",
])
def test_bayna_between_is_no_cue(text):
    assert claims(text) == []


def test_between_inside_content_is_no_nested_claim():
    assert claims("وقال المتحدث إن المحادثات بين الجانبين ستستأنف في القاهرة الأسبوع المقبل.") == [
        ("المتحدث", "وقال", "المحادثات بين الجانبين ستستأنف في القاهرة الأسبوع المقبل")]


# -- names the gazetteer does not know, before a verbal-noun object ------------------------------


@pytest.mark.parametrize("text, source, cue, content", [
    ("ونفى كريم الساعدي وجود أي اتفاق سري مع الفصائل المسلحة.",
     "كريم الساعدي", "ونفى", "وجود أي اتفاق سري مع الفصائل المسلحة"),
    ("وأكدت سلمى حداد استمرار المفاوضات رغم التصعيد الأخير.",
     "سلمى حداد", "وأكدت", "استمرار المفاوضات رغم التصعيد الأخير"),
    ("ونفى عبد الرحمن الزبيدي أمس تلقي أي أموال من جهات خارجية.",
     "عبد الرحمن الزبيدي", "ونفى", "تلقي أي أموال من جهات خارجية"),
    # a title, then a three-word name
    ("ونفى الناطق باسم الخارجية المصرية أحمد أبو زيد وجود أي وساطة جديدة.",
     "الناطق باسم الخارجية المصرية أحمد أبو زيد", "ونفى", "وجود أي وساطة جديدة"),
])
def test_unknown_name_before_a_verbal_noun(text, source, cue, content):
    assert claims(text) == [(source, cue, content)]


def test_a_surname_already_quoted_is_a_name_alone():
    text = ("وقال وزير النفط العراقي حيان الساعدي إن الصادرات ستزيد. "
            "ونفى الساعدي وجود أي خلاف مع حكومة إقليم كردستان.")
    assert claims(text)[1] == ("الساعدي", "ونفى", "وجود أي خلاف مع حكومة إقليم كردستان")


@pytest.mark.parametrize("text, expected", [
    # the name is the object of the verbal noun, inside the content
    ("ونفت الحكومة اعتقال سلمى حداد في المطار.",
     [("الحكومة", "ونفت", "اعتقال سلمى حداد في المطار")]),
    # a name after a verb that reports nothing
    ("واستقبل الرئيس التونسي قيس سعيد وزير الخارجية الجزائري في قصر قرطاج.", []),
    # one unknown word before a verbal noun is no name ("the need for ...")
    ("وأكد ضرورة وجود آلية واضحة لمراقبة وقف إطلاق النار.", []),
    ("ونفى جملة وتفصيلا وجود أي خلافات داخل الحزب.", []),
    # a negated verb reports nothing
    ("ولم ينف كريم الساعدي وجود اتصالات مع الفصائل.", []),
])
def test_names_that_are_no_source(text, expected):
    assert claims(text) == expected


# -- documents with objects, جاء في ---------------------------------------------------------------


@pytest.mark.parametrize("text, source, cue, content", [
    ("وكشف تقرير للأمم المتحدة عن ارتفاع أعداد النازحين في السودان إلى عشرة ملايين شخص.",
     "تقرير للأمم المتحدة", "وكشف", "ارتفاع أعداد النازحين في السودان إلى عشرة ملايين شخص"),
    ("وكشف تقرير صادر عن البنك الدولي عن تباطؤ النمو في دول المنطقة.",
     "تقرير صادر عن البنك الدولي", "وكشف", "تباطؤ النمو في دول المنطقة"),
    ("وحذر تقرير أممي من تفاقم أزمة الجوع في قطاع غزة.",
     "تقرير أممي", "وحذر", "تفاقم أزمة الجوع في قطاع غزة"),
    ("وأظهرت بيانات رسمية نشرت يوم الخميس ارتفاع معدل البطالة إلى 16.4 في المئة.",
     "بيانات رسمية نشرت يوم الخميس", "وأظهرت", "ارتفاع معدل البطالة إلى 16.4 في المئة"),
    ("وأظهرت بيانات رسمية أن معدل التضخم في مصر تباطأ إلى 26 في المئة.",
     "بيانات رسمية", "وأظهرت", "معدل التضخم في مصر تباطأ إلى 26 في المئة"),
    ("وأفاد بيان صادر عن الوزارة بأن الحريق أتى على ثلاثة مستودعات.",
     "بيان صادر عن الوزارة", "وأفاد", "الحريق أتى على ثلاثة مستودعات"),
    ("وجاء في بيان صادر عن وزارة الداخلية أن قوات الأمن اعتقلت 12 مشتبهاً بهم.",
     "بيان صادر عن وزارة الداخلية", "وجاء في", "قوات الأمن اعتقلت 12 مشتبهاً بهم"),
])
def test_documents_as_sources(text, source, cue, content):
    assert claims(text) == [(source, cue, content)]


@pytest.mark.parametrize("text", [
    "وجاء في المرتبة الأولى المنتخب المغربي برصيد تسع نقاط.",
    "وجاء الإعلان بعد ساعات من اجتماع طارئ لمجلس الوزراء.",
])
def test_jaa_without_a_document_is_no_cue(text):
    assert claims(text) == []


def test_a_headline_subject_is_not_replaced_by_a_document_word():
    assert claims("المغرب يعلن نتائج امتحانات البكالوريا وسط جدل حول الغش") == [
        ("المغرب", "يعلن", "نتائج امتحانات البكالوريا وسط جدل حول الغش")]


# -- media, continuations, in his words ---------------------------------------------------------


def test_relayed_official_after_a_quoted_newspaper_name():
    found = attributed('ونقلت صحيفة "الوطن" عن مصدر حكومي قوله إن الوزير سيقدم استقالته قريباً.',
                       "ar")
    assert [(source_text(c), c.kind, c.content.text) for c in found] == [
        ("مصدر حكومي", "indirect", "الوزير سيقدم استقالته قريباً")]
    assert found[0].source.meta["via_outlet"] == 'صحيفة "الوطن"'


def test_a_channel_named_in_guillemets_is_the_source():
    assert claims("وقالت قناة «العربية» إن الانفجار وقع قرب مبنى السفارة.") == [
        ("قناة «العربية»", "وقالت", "الانفجار وقع قرب مبنى السفارة")]


@pytest.mark.parametrize("text, first, later", [
    ("وقال وزير الطاقة إن الإنتاج سيرتفع الشهر المقبل. وأردف أن الشركة ستضخ استثمارات جديدة.",
     ("وزير الطاقة", "وقال", "الإنتاج سيرتفع الشهر المقبل"),
     ("وزير الطاقة", "وأردف", "الشركة ستضخ استثمارات جديدة")),
    ("وأكد المتحدث باسم الجيش أن القوات استعادت البلدة. ولفت إلى أن عمليات التمشيط مستمرة.",
     ("المتحدث باسم الجيش", "وأكد", "القوات استعادت البلدة"),
     ("المتحدث باسم الجيش", "ولفت إلى", "عمليات التمشيط مستمرة")),
    ("وقال رئيس الوزراء إن الحكومة ماضية في الإصلاحات. وتابع قائلاً: «لن نسمح بتعطيل البناء».",
     ("رئيس الوزراء", "وقال", "الحكومة ماضية في الإصلاحات"),
     ("رئيس الوزراء", "وتابع قائلاً", "لن نسمح بتعطيل البناء")),
])
def test_continuations(text, first, later):
    assert claims(text) == [first, later]


@pytest.mark.parametrize("text, source, cue, content", [
    ("ونبّه الخبير الاقتصادي إلى أن ارتفاع أسعار الوقود سيضعف القدرة الشرائية.",
     "الخبير الاقتصادي", "ونبّه", "ارتفاع أسعار الوقود سيضعف القدرة الشرائية"),
    ("واستبعد مسؤول في البنك المركزي أن يتم خفض قيمة العملة هذا العام.",
     "مسؤول في البنك المركزي", "واستبعد", "يتم خفض قيمة العملة هذا العام"),
    ("ونقلت وكالة الأنباء الأردنية (بترا) عن مسؤول في الوزارة قوله إن الحدود ستفتح يوم الأحد.",
     "مسؤول في الوزارة", "ونقلت", "الحدود ستفتح يوم الأحد"),
    ("وقال الناطق باسم الحكومة في تصريح لـ«الشرق الأوسط» إن الحكومة لن تتراجع عن القرار.",
     "الناطق باسم الحكومة", "وقال", "الحكومة لن تتراجع عن القرار"),
])
def test_reporting_verbs_and_media(text, source, cue, content):
    assert claims(text) == [(source, cue, content)]


def test_the_agency_told_is_no_source():
    text = ("وقال المتحدث باسم وزارة النقل لوكالة الأنباء الأردنية إن الطريق سيفتح غداً. "
            "وأوضح للوكالة أن أعمال الصيانة ستستمر أسبوعاً.")
    assert claims(text) == [
        ("المتحدث باسم وزارة النقل", "وقال", "الطريق سيفتح غداً"),
        ("المتحدث باسم وزارة النقل", "وأوضح", "أعمال الصيانة ستستمر أسبوعاً")]
    # the agency's own name with لل stays part of a title's genitive
    assert claims("وقال المدير العام للوكالة الدولية للطاقة الذرية إن المفتشين وصلوا.") == [
        ("المدير العام للوكالة الدولية للطاقة الذرية", "وقال", "المفتشين وصلوا")]


def test_according_to_what_was_reported_and_in_his_words():
    text = ("وقتل ثلاثة أشخاص في القصف، حسبما أفادت وزارة الصحة الفلسطينية. "
            "وقال الوزير إن الحكومة \"تبيع الوهم للمواطنين\"، على حد تعبيره.")
    found = attributed(text, "ar")
    assert [(source_text(c), c.kind, c.content.text) for c in found] == [
        ("وزارة الصحة الفلسطينية", "according_to", "وقتل ثلاثة أشخاص في القصف"),
        ("الوزير", "mixed", 'الحكومة "تبيع الوهم للمواطنين"'),
    ]


# -- a definite head that refers back to a source named before ----------------------------------


def test_a_definite_head_takes_the_name_of_the_source_it_refers_to():
    text = ("وارتفعت صادرات الأردن من الفوسفات بنسبة 12 في المئة، وفقاً لوزارة الطاقة والثروة "
            "المعدنية. وتوقعت الوزارة أن تتجاوز الإيرادات مليار دينار.")
    first, later = attributed(text, "ar")
    assert source_text(later) == "الوزارة"  # the span is what is written here
    assert later.source.name == first.source.name == norm("وزارة الطاقة والثروة المعدنية")
    assert later.source.meta["antecedent"] == "وزارة الطاقة والثروة المعدنية"


def test_a_title_does_not_refer_back_to_another_title():
    text = ("وقال رئيس الوزراء إن الحكومة ماضية في الإصلاحات. "
            "وقال الرئيس إن الانتخابات ستجري في موعدها.")
    first, later = attributed(text, "ar")
    assert source_text(later) == "الرئيس"
    assert "antecedent" not in later.source.meta and later.source.name != first.source.name


# -- a voweled passive, a document issuer in the genitive ----------------------------------------


def test_voweled_passive_is_agentless_and_the_bare_form_carries_the_speaker():
    found = attributed("وأظهرت بيانات وزارة الصحة العراقية تسجيل 230 إصابة منذ مطلع العام. "
                       "ويُرجَّح أن تكون المواشي المصابة مصدر العدوى.", "ar")
    assert [(source_text(c), c.cue.span.text, c.content.text) for c in found] == [
        ("بيانات وزارة الصحة العراقية", "وأظهرت", "تسجيل 230 إصابة منذ مطلع العام"),
        (None, "ويُرجَّح", "تكون المواشي المصابة مصدر العدوى")]
    assert found[1].source.meta.get("agentless")
    # unvoweled, with a speaker before it: the active reading (he considers it likely)
    found = attributed("وقال الخبير إن الأسعار سترتفع. ويرجح أن يستمر التضخم.", "ar")
    assert [source_text(c) for c in found] == ["الخبير", "الخبير"]


def test_a_participle_takes_a_titled_name_closed_by_a_preposition():
    found = attributed("قضت المحكمة الدستورية بإبطال الانتخابات. وعلقت النائبة السابقة مريم العنزي "
                       "على الحكم قائلة: «هذا يوم حزين للديمقراطية».", "ar")
    assert [(source_text(c), c.kind, c.cue.span.text, c.content.text) for c in found] == [
        ("النائبة السابقة مريم العنزي", "direct", "قائلة", "هذا يوم حزين للديمقراطية")]
    # one word after a title may be a name or not: no speaker is guessed
    assert attributed("وعلق الوزير خالد على القرار قائلا إن الحكومة ستحترم الحكم.", "ar") == []


def test_an_apposition_then_the_medium_told_before_the_quotation():
    text = ("وقال محمد الأمين، وهو تاجر في سوق المدينة، لفرانس برس: «فقدنا كل شيء». "
            "وتابع: «لا نعرف متى سنعود».")
    assert claims(text) == [("محمد الأمين", "وقال", "فقدنا كل شيء"),
                            ("محمد الأمين", "وتابع", "لا نعرف متى سنعود")]


def test_a_paramilitary_force_is_one_name_before_its_verbal_noun():
    assert claims("ونفت قوات الدعم السريع انسحابها من المدينة.") == [
        ("قوات الدعم السريع", "ونفت", "انسحابها من المدينة")]


# -- institution names with a ل-genitive, unnamed titles ----------------------------------------


@pytest.mark.parametrize("text, source, content", [
    ("أعلن الاتحاد المغربي لكرة القدم في بيان أنه أنهى عقد المدرب بالتراضي.",
     "الاتحاد المغربي لكرة القدم", "أنهى عقد المدرب بالتراضي"),
    ("وأعلنت الهيئة العامة للإحصاء ارتفاع معدل التضخم إلى 2.3 في المئة.",
     "الهيئة العامة للإحصاء", "ارتفاع معدل التضخم إلى 2.3 في المئة"),
])
def test_an_institution_name_runs_over_its_lam_genitive(text, source, content):
    assert [(source_text(c), c.content.text) for c in attributed(text, "ar")] == [(source, content)]


def test_the_people_told_are_no_part_of_the_institution():
    assert claims("وأكدت الحكومة السورية للصحفيين أن الانتخابات ستجري في موعدها.") == [
        ("الحكومة السورية", "وأكدت", "الانتخابات ستجري في موعدها")]


@pytest.mark.parametrize("text, source, kind", [
    ("وقال قائد ميداني في قوات الدعم السريع لفرانس برس إن قواته سيطرت على المطار.",
     "قائد ميداني في قوات الدعم السريع", "anonymous"),
    ("وقال متحدث عسكري إن الطائرات قصفت مواقع المسلحين.", "متحدث عسكري", "anonymous"),
    # a genitive after the title may lead to a name: the person stays a person
    ("وقال وزير المالية إن العجز سيتراجع.", "وزير المالية", "person"),
    ("وأكد سلاح الجو الأوكراني أنه اعترض 32 طائرة مسيرة.", "سلاح الجو الأوكراني", "government"),
])
def test_source_types_of_unnamed_titles_and_services(text, source, kind):
    found = attributed(text, "ar")
    assert [(source_text(c), c.source.type) for c in found] == [(source, kind)]


@pytest.mark.parametrize("text, source, cue, content", [
    ("وكشف تقرير نشرته صحيفة نيويورك تايمز عن اتصالات سرية بين الجانبين.",
     "تقرير نشرته صحيفة نيويورك تايمز", "وكشف", "اتصالات سرية بين الجانبين"),
    ("وكشفت دراسة حديثة أجرتها جامعة القاهرة عن تراجع معدلات القراءة بين الشباب.",
     "دراسة حديثة أجرتها جامعة القاهرة", "وكشفت", "تراجع معدلات القراءة بين الشباب"),
    # before أن the publishing verb does not cut the issuer off either
    ("وأشار تقرير أعدته منظمة هيومن رايتس ووتش إلى أن السلطات احتجزت العشرات.",
     "تقرير أعدته منظمة هيومن رايتس ووتش", "وأشار", "السلطات احتجزت العشرات"),
])
def test_a_document_and_who_published_it(text, source, cue, content):
    assert claims(text) == [(source, cue, content)]


def test_an_outlet_learned_and_the_flag_is_no_cue():
    found = attributed("وعلمت «الشرق الأوسط» أن الحكومة اللبنانية تدرس رفع الرسوم الجمركية.", "ar")
    assert [(source_text(c), c.source.type, c.cue.span.text, c.content.text) for c in found] == [
        ("الشرق الأوسط", "organization", "وعلمت", "الحكومة اللبنانية تدرس رفع الرسوم الجمركية")]
    assert claims("وعلم أن الوفد سيصل إلى بيروت غداً.") == []  # no one learned it: no claim
    assert claims("ورفع علم البلاد فوق مبنى البلدية بعد تحريرها.") == []


def test_the_participle_of_bayyana_continues_the_speaker():
    assert claims("وأوضحت الوزارة في بيان أن الأسعار ستبقى مستقرة، مبينة أن المخزون يكفي لستة "
                  "أشهر.") == [("الوزارة", "وأوضحت", "الأسعار ستبقى مستقرة"),
                              ("الوزارة", "مبينة", "المخزون يكفي لستة أشهر")]


def test_according_to_what_an_outlet_relayed_from_sources():
    found = attributed("وأصيب 14 شخصاً في الحادث، وفق ما نقلته قناة «الجزيرة» عن مصادر طبية.", "ar")
    assert [(source_text(c), c.kind, c.content.text) for c in found] == [
        ("مصادر طبية", "according_to", "وأصيب 14 شخصاً في الحادث")]
    assert found[0].source.meta["via_outlet"] == "قناة «الجزيرة»"


# -- accusations: the accused between the accuser and what they are accused of -------------------


@pytest.mark.parametrize("text, expected", [
    # the accused is no part of the accuser, a country no name after a title
    ("واتهم الرئيس الأميركي الصين بأنها تتلاعب بعملتها.",
     [("الرئيس الأميركي", "واتهم", "تتلاعب بعملتها")]),
    ("واتهمت الحكومة المعارضة بأنها تعرقل الإصلاحات.",
     [("الحكومة", "واتهمت", "تعرقل الإصلاحات")]),
    # a name the gazetteer does not know: accuser or accused? no claim
    ("واتهم المدعي العام كريم الساعدي بتلقي رشى.", []),
])
def test_accusations(text, expected):
    assert claims(text) == expected


# -- a time or medium set off by commas before a verbal-noun object -------------------------------


@pytest.mark.parametrize("text, source, cue, content", [
    ("أعلن الجيش اللبناني، الخميس، مقتل ثلاثة من عناصره في اشتباكات مع مسلحين.",
     "الجيش اللبناني", "أعلن", "مقتل ثلاثة من عناصره في اشتباكات مع مسلحين"),
    ("ونفت وزارة الدفاع، في بيان، استهداف أي مناطق سكنية.",
     "وزارة الدفاع", "ونفت", "استهداف أي مناطق سكنية"),
    ("وأكدت الخارجية المصرية، اليوم الأحد، استمرار الاتصالات مع الجانبين.",
     "الخارجية المصرية", "وأكدت", "استمرار الاتصالات مع الجانبين"),
])
def test_a_set_off_time_before_the_object(text, source, cue, content):
    assert claims(text) == [(source, cue, content)]


def test_a_set_off_clause_that_is_no_complement_stays_no_claim():
    # the words between the commas are the subject's apposition, and what follows is a verb
    assert claims("وأعلن الجيش، الذي يسيطر على المدينة، انسحابه من المطار.") == []
