"""The tagger on text made of date words, numbers and punctuation in any order: it never raises,
and every span it returns is the exact text at its offsets."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.analyze.build import build_analysis
from claimcheck.config import Config
from claimcheck.model import Article

AR_WORDS = ["يوم", "يومي", "الثلاثاء", "والخميس", "اليوم", "أمس", "أول من أمس", "غداً", "نيسان",
            "(أبريل)", "تموز", "/", "يناير", "كانون الثاني", "السابع", "والثامن", "من", "إلى",
            "بين", "و", "32", "٢٠١٧", "2017", "1438", "هـ", "رمضان", "الموافق", "العام",
            "الماضي", "المقبل", "منذ", "ثلاثة", "أيام", "مطلع", "الشهر", "سيزور", "قال", "-",
            "31/4/2017", "2017-13-45", "9999", "0", "(", ")", "،", ".", "«", "»", "آب", "الاثنين"]
EN_WORDS = ["on", "Tuesday", "and", "Wednesday", "May", "may", "2", "2017", ",", "July", "7-8",
            "last", "next", "year", "week", "ago", "three", "days", "yesterday", "(", ")", "will",
            "met", "from", "to", "between", "Ramadan", "1438", "AH", "mid-", "early", "the",
            "31st", "of", "February", "0", "9999", "2017-02-30", "13/13/2017", "Tammuz"]


def _spans_hold(text: str, lang: str, published: date | None) -> None:
    from claimcheck_dates.checks import findings
    from claimcheck_dates.tagger import tag, time_expression

    analysis = build_analysis(Article(text=text, lang=lang, published=published), Config())
    resolved = tag(analysis)
    for res in resolved:
        assert "error" not in res.meta, (res.expr.text, res.meta)
        span = time_expression(analysis, res).span
        assert text[span.start:span.end] == span.text
    for finding in findings(analysis, resolved):
        if finding.span is not None:
            assert text[finding.span.start:finding.span.end] == finding.span.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(AR_WORDS), min_size=1, max_size=14),
       st.sampled_from([date(2017, 5, 2), date(2000, 2, 29), None]))
def test_arabic_word_salad(words, published):
    _spans_hold(" ".join(words), "ar", published)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(EN_WORDS), min_size=1, max_size=14),
       st.sampled_from([date(2017, 5, 2), date(2000, 2, 29), None]))
def test_english_word_salad(words, published):
    _spans_hold(" ".join(words), "en", published)
