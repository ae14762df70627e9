"""Numbers: digits, Arabic-Indic digits, number words, scales, and what is not a count."""

from __future__ import annotations

import pytest
from claimcheck_consistency.numbers import quantities
from consistency_helpers import analysis_of


def counts(text: str, lang: str = "ar") -> list[tuple[float, str, bool]]:
    return [(q.value, q.noun, q.approx) for q in quantities(analysis_of(text, lang))]


@pytest.mark.parametrize(("text", "value", "noun"), [
    ("قتل 300 شخص في الهجوم.", 300, "people"),
    ("قتل ٣٠٠ شخص في الهجوم.", 300, "people"),
    ("وصل ثلاثون لاجئاً إلى الحدود.", 30, "refugees"),
    ("وصل خمسة وعشرون لاجئاً إلى الحدود.", 25, "refugees"),
    ("فر 300 ألف لاجئ من المدينة.", 300_000, "refugees"),
    ("فر ثلاثمئة ألف لاجئ من المدينة.", 300_000, "refugees"),
    ("يحتاج 3.5 مليون طفل إلى مساعدات.", 3_500_000, "children"),
    ("يحتاج ٣٫٥ مليون طفل إلى مساعدات.", 3_500_000, "children"),
    ("وأرسلت الحكومة 1,200 جندي إلى المنطقة.", 1200, "soldiers"),
    ("وأسفر الانفجار عن 12 قتيلاً.", 12, "dead"),
])
def test_arabic_counts(text, value, noun):
    assert counts(text) == [(value, noun, False)]


@pytest.mark.parametrize(("text", "value", "noun"), [
    ("The storm killed 300 people.", 300, "people"),
    ("Thirty people were hurt.", 30, "people"),
    ("Twenty-five soldiers were captured.", 25, "soldiers"),
    ("Some 3.5 million refugees have fled.", 3_500_000, "refugees"),
    ("Officials counted 1,200 homes destroyed.", 1200, "homes"),
    ("Rescuers found 12 dead.", 12, "dead"),
])
def test_english_counts(text, value, noun):
    found = [(v, n) for v, n, _ in counts(text, "en")]
    assert found == [(value, noun)]


@pytest.mark.parametrize(("text", "lang"), [
    ("وقع الهجوم في عام 2017 في دمشق.", "ar"),
    ("تولى السلطة في 20 كانون الثاني (يناير).", "ar"),
    ("ارتفعت الأسعار 20 في المئة.", "ar"),
    ("ارتفعت الأسعار 20% خلال الشهر.", "ar"),
    ("بحث الزعيمان قمة مجموعة العشرين في هامبورغ.", "ar"),
    ("يبلغ من العمر 45 عاماً.", "ar"),
    ("The attack happened in 2017.", "en"),
    ("Talks resume on May 5 in Geneva.", "en"),
    ("Prices rose 20% last year.", "en"),
    ("A 30-year-old man was arrested.", "en"),
    ("He ranked 20th in the race.", "en"),
])
def test_years_dates_percentages_ages_are_not_counts(text, lang):
    assert counts(text, lang) == []


def test_estimates_are_marked_approximate():
    assert counts("قتل نحو 300 شخص.") == [(300, "people", True)]
    assert counts("At least 300 people died.", "en")[0][2] is True


def test_vague_scales_alone_are_not_counts():
    assert counts("فر آلاف اللاجئين من المدينة.") == []
    assert counts("Thousands of refugees fled.", "en") == []


def test_the_two_is_a_pair_named_before_not_a_count():
    assert counts("Since the two countries restored ties, trade grew.", "en") == []
    assert counts("Two countries restored ties.", "en") == [(2, "countries", False)]
