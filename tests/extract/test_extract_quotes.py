"""Quotation pairing on characters: guillemets, curly and straight quotes, nesting, glued marks."""

from claimcheck.extract.quotes import find_quotes, quote_at


def spans(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


def test_guillemets_glued_to_words_and_full_stops():
    text = "وذكر الكرملين في بيانه «الهدف هو تهيئة الظروف. هذا يعني التقدم»."
    assert spans(text) == ["«الهدف هو تهيئة الظروف. هذا يعني التقدم»"]


def test_nested_quotes_keep_the_outermost():
    text = "He said: “They told us ‹no› and \"never” again."
    assert spans(text) == []  # a straight quote left open inside: the pair is not trusted
    text = "He said: “They told us \"never\" again.”"
    assert spans(text) == ["“They told us \"never\" again.”"]


def test_straight_quotes_toggle_and_low_quotes_pair():
    text = 'The minister called it "businesslike" and „useful“.'
    assert spans(text) == ['"businesslike"', "„useful“"]


def test_unclosed_quotation_yields_nothing_and_quote_at():
    assert find_quotes("«لم تغلق هذه العلامة") == []
    text = "قال «نعم» ثم «لا»"
    quotes = find_quotes(text)
    assert quote_at(quotes, text.index("نعم")) == quotes[0]
    assert quote_at(quotes, text.index("ثم")) is None
