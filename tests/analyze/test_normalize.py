"""The Arabic normalized view: spelling variants fold together, and every match maps back to the
exact characters of the input, diacritics and tatweel included."""

from __future__ import annotations

import re

import pytest

from claimcheck.analyze.normalize import normalize_ar, normalized_view
from claimcheck.analyze.textview import TextView


@pytest.mark.parametrize(("written", "normal"), [
    ("وقالَتْ", "وقالت"),  # diacritics
    ("أَعْلَنَتِ", "اعلنت"),
    ("وأعلنـــت", "واعلنت"),  # tatweel
    ("إنّ", "ان"),  # hamza below and shadda
    ("آستانة", "استانه"),  # madda and teh marbuta
    ("ٱلقدس", "القدس"),  # alef wasla
    ("مستشفى", "مستشفي"),  # alef maksura
    ("ا\u0654علن", "اعلن"),  # decomposed hamza above
    ("\ufefb", "لا"),  # presentation form: lam-alef ligature
    ("\ufe8d\ufedf\ufe92\ufbfe\ufe96", "البيت"),  # presentation forms, letter by letter
    ("٢٠١٧", "2017"),  # Arabic-Indic digits
    ("۲۰۱۷", "2017"),  # Persian digits
    ("قال\u200f", "قال"),  # RTL mark
    ("وزارة\u200cالخارجية", "وزارهالخارجيه"),  # ZWNJ
    ("\u2067ترامب\u2069", "ترامب"),  # isolates
    ("ک\u06cc", "كي"),  # Persian keheh and yeh
    ("Reuters", "Reuters"),
])
def test_normal_forms(written, normal):
    assert normalize_ar(written) == normal


def find(view: TextView, word: str) -> tuple[int, int]:
    match = re.search(word, view.text)
    assert match, (word, view.text)
    return view.origin_offsets(*match.span())


def test_match_maps_back_with_trailing_diacritics():
    text = "وقالَتْ موسكـــو إنَّ المعارضةَ السوريةَ هي المسؤولةُ عن استخدام غازِ الأعصاب."
    view = normalized_view(text)
    assert view.text.startswith("وقالت موسكو ان المعارضه السوريه هي المسؤوله")
    for word, original in [("وقالت", "وقالَتْ"), ("موسكو", "موسكـــو"), ("ان", "إنَّ"),
                           ("المعارضه السوريه", "المعارضةَ السوريةَ"), ("غاز", "غازِ")]:
        start, end = find(view, word)
        assert text[start:end] == original


def test_match_inside_a_word_with_tatweel_and_presentation_forms():
    text = "قال الكرملين: \ufefb اتفاق بعد"
    view = normalized_view(text)
    start, end = find(view, "لا اتفاق")
    assert text[start:end] == "\ufefb اتفاق"


def test_digits_and_marks_map_one_to_one_or_to_their_grapheme():
    text = "في ٢٠ كانون الثاني\u200f ٢٠١٧"
    view = normalized_view(text)
    assert view.text == "في 20 كانون الثاني 2017"
    start, end = find(view, "2017")
    assert text[start:end] == "٢٠١٧"
    start, end = find(view, "الثاني")
    assert text[start:end] == "الثاني\u200f"


def test_normalized_view_of_a_body_view_maps_to_the_document():
    document = "---\npublished: 2017-05-02\n---\nوذكرَ البيتُ الأبيضُ في بيانٍ أن المحادثةَ جيدة."
    body = TextView.identity(document, document.index("و"))
    view = normalized_view(body)
    start, end = find(view, "البيت الابيض")
    assert document[start:end] == "البيتُ الأبيضُ"
    start, end = find(view, "بيان")
    assert document[start:end] == "بيانٍ"


def test_unchanged_text_is_one_to_one():
    text = "The Kremlin said talks would go ahead."
    view = normalized_view(text)
    assert view.text == text
    assert view.origin_offsets(4, 11) == (4, 11)


def test_token_norms_match_the_view():
    from claimcheck.analyze.build import pipeline

    doc = pipeline("ar")("وأَعْلَنَتْ وزارةُ الخارجيةِ الأميركيةِ أنّ جونز سيحضر.")
    assert [t.norm_ for t in doc][:5] == ["واعلنت", "وزاره", "الخارجيه", "الاميركيه", "ان"]


def test_normalized_view_of_an_html_body_maps_into_the_html_source():
    from claimcheck.load.htmltext import extract

    source = ("<html><body><p>وذكر البيتُ الأبيض في بيان &laquo;المحادثةُ كانت "
              "جيدةً&raquo; &amp; بنّاءة.</p></body></html>")
    body = TextView.from_pieces(extract(source).pieces)
    view = normalized_view(body)
    assert view.text == "وذكر البيت الابيض في بيان «المحادثه كانت جيده» & بناءه."
    start, end = find(view, "«المحادثه")
    assert source[start:end] == "&laquo;المحادثةُ"
    start, end = find(view, "جيده»")
    assert source[start:end] == "جيدةً&raquo;"
    start, end = find(view, "بناءه")
    assert source[start:end] == "بنّاءة"
