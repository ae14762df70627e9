"""Headline against body: names and numbers the body does not support."""

from __future__ import annotations

from consistency_helpers import check_text, of_rule

RULE = "consistency.headline-unsupported"

BODY_AR = ("قتل 12 شخصاً في انفجار سيارة مفخخة في حلب يوم الجمعة.\n\n"
           "وقالت الشرطة إن المهاجمين فروا من المكان.\n\n"
           "ولم تعلن أي جهة مسؤوليتها عن الانفجار.\n")


def test_front_matter_title_not_repeated_in_the_body_is_checked(engine):
    text = "---\ntitle: مقتل 40 شخصاً في انفجار بدمشق\nlang: ar\n---\n" + BODY_AR
    report = check_text(engine, text)
    found = {f.data["kind"]: f for f in of_rule(report, RULE)}
    assert set(found) == {"place", "number"}
    assert found["number"].severity == "warning"
    assert found["place"].severity == "info"  # Damascus may be implied by the places named
    assert found["number"].span.text == "40" and text[found["number"].span.start:].startswith("40")
    assert [s.text for s in found["number"].related] == ["12"]
    assert "دمشق" in found["place"].span.text
    assert report.article.line_col(found["place"].span.start)[0] == 2


def test_first_line_headline_supported_by_the_body_passes(engine):
    text = "مقتل 12 شخصاً في انفجار في حلب\n\n" + BODY_AR
    assert of_rule(check_text(engine, text, "a.txt"), RULE) == []


def test_a_country_is_supported_by_its_adjective(engine):
    text = ("روسيا تحذر من تصعيد في سوريا\n\n"
            "حذرت وزارة الخارجية الروسية يوم الاثنين من تصعيد عسكري في سوريا.\n\n"
            "وقالت المتحدثة باسم الوزارة إن الوضع خطير.\n\n"
            "ودعت إلى ضبط النفس.\n")
    assert of_rule(check_text(engine, text, "a.txt"), RULE) == []


def test_english_headline_name_missing_from_the_body(engine):
    text = ("Merkel meets Macron in Paris to discuss trade\n\n"
            "German Chancellor Angela Merkel arrived in Paris on Monday for talks on trade.\n\n"
            "She met business leaders at the German embassy.\n\n"
            "Merkel said the talks had been useful.\n")
    [f] = of_rule(check_text(engine, text, "a.txt"), RULE)
    assert f.span.text == "Macron" and f.span.start == text.index("Macron")


def test_headline_number_against_a_different_body_value_is_a_mismatch_not_unsupported(engine):
    text = ("Storm kills 20 people in Texas\n\n"
            "A storm killed 12 people in Texas on Sunday, officials said.\n\n"
            "Crews searched damaged homes through the night.\n\n"
            "The governor declared a state of emergency.\n")
    report = check_text(engine, text, "a.txt")
    assert of_rule(report, RULE) == []
    [m] = of_rule(report, "consistency.number-mismatch")
    assert m.span.text == "20" and [s.text for s in m.related] == ["12"]


def test_arabic_headline_organization_missing_from_the_body_is_a_warning(engine):
    text = ("الناتو يحذر من تصعيد في البحر الأسود\n\n"
            "حذر مسؤولون غربيون يوم الاثنين من تصعيد عسكري في البحر الأسود.\n\n"
            "وقال دبلوماسي إن الوضع خطير.\n\n"
            "ودعا إلى ضبط النفس.\n")
    [f] = of_rule(check_text(engine, text, "a.txt"), RULE)
    assert f.severity == "warning" and f.span.text == "الناتو" and f.span.start == 0


def test_arabic_headline_organization_named_by_an_alias_is_supported(engine):
    text = ("الناتو يحذر من تصعيد في البحر الأسود\n\n"
            "حذر حلف شمال الأطلسي يوم الاثنين من تصعيد عسكري في البحر الأسود.\n\n"
            "وقال دبلوماسي إن الوضع خطير.\n\n"
            "ودعا إلى ضبط النفس.\n")
    assert of_rule(check_text(engine, text, "a.txt"), RULE) == []
