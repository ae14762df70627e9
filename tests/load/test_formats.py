"""Each format becomes the articles a user expects, with spans at the exact input characters."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.analyze.build import body_view
from claimcheck.errors import InputError

AR_BODY = ("وقال الكرملين في بيان إن بوتين وترامب اتفقا على تكثيف الحوار بهدف إيجاد سبل لتعزيز "
           "وقف إطلاق النار.\n"
           "وقالت وزارة الخارجية الأميركية إن ستوارت جونز سيحضر محادثات آستانة بصفة مراقب.\n")
EN_BODY = ("Russia and the United States agreed on Tuesday to intensify talks on Syria, the "
           "Kremlin said.\n\"The goal is to create conditions,\" it said in a statement.\n")


def view_text(article):
    return body_view(article).text


def test_plain_text_headline_language_and_no_date(load):
    text = "Trump and Putin discuss Syria ceasefire in first call since strike\n" + EN_BODY
    [article] = load("call.txt", text)
    assert article.lang == "en"
    assert article.title == "Trump and Putin discuss Syria ceasefire in first call since strike"
    assert article.title_span.text == article.title
    assert article.text[article.title_span.start:article.title_span.end] == article.title
    assert article.published is None and article.published_from is None
    assert article.encoding == "utf-8"


def test_first_line_that_is_a_sentence_is_no_headline(load):
    [article] = load("call.txt", EN_BODY)
    assert article.title is None and article.title_span is None


def test_markdown_front_matter(load):
    text = ("---\ntitle: ترامب وبوتين يبحثان وقف إطلاق النار\npublished: 2017-05-02\nlang: ar\n"
            "id: reuters-0502\nsource: Reuters / AFP\ntags: [syria, russia]\n---\n" + AR_BODY)
    [article] = load("seed.md", text)
    assert article.title == "ترامب وبوتين يبحثان وقف إطلاق النار"
    assert article.published == date(2017, 5, 2) and article.published_from == "front-matter"
    assert article.lang == "ar" and article.id == "reuters-0502"
    assert article.meta["source"] == "Reuters / AFP"
    assert article.meta["tags"] == ["syria", "russia"]
    assert article.body_start == text.index("وقال")
    assert view_text(article) == AR_BODY


def test_markdown_view_drops_comments_and_markup_but_keeps_offsets(load):
    text = ("---\npublished: 2017-05-02\n---\n"
            "# Putin and Trump agree to *intensify* talks\n\n"
            "<!-- claimcheck-disable attribution.anonymous-source -->\n"
            "The Kremlin said the talks were **constructive**, according to "
            "[a statement](https://kremlin.ru/events/54444).\n"
            "> \"We agreed,\" Putin said.\n")
    [article] = load("story.md", text)
    view = body_view(article)
    assert "claimcheck-disable" not in view.text
    assert "https://" not in view.text and "**" not in view.text and "#" not in view.text
    assert "The Kremlin said the talks were constructive, according to a statement." in view.text
    assert '"We agreed," Putin said.' in view.text
    assert article.title == "Putin and Trump agree to *intensify* talks"
    assert article.title_span.text == article.title
    # every view word maps back to the same characters in the input
    for word in ("Kremlin", "constructive", "statement", "Putin", "agreed"):
        at = view.text.index(word)
        start, end = view.origin_offsets(at, at + len(word))
        assert text[start:end] == word


def test_markdown_heading_becomes_title_only_when_front_matter_has_none(load):
    text = "---\ntitle: From the front matter\n---\n# From the heading\n\n" + EN_BODY
    [article] = load("story.md", text)
    assert article.title == "From the front matter"


HTML = """<!DOCTYPE html>
<html lang="ar">
<head>
  <title>ترامب وبوتين يبحثان وقف إطلاق النار | موقع الأخبار</title>
  <meta property="article:published_time" content="2017-05-02T18:30:00Z">
  <style>p { color: red; }</style>
  <script>var quote = "«لا تقرأني»";</script>
</head>
<body>
<nav><a href="/">الرئيسية</a> | <a href="/world">العالم</a></nav>
<article>
  <h1>ترامب وبوتين   يبحثان وقف إطلاق النار</h1>
  <!-- ad slot -->
  <p>وقال الكرملين في بيان إن الزعيمين اتفقا على تكثيف الحوار&nbsp;بهدف
     إيجاد سبل لتعزيز وقف إطلاق النار.</p>
  <p>وذكر البيت الأبيض في بيان &laquo;المحادثة كانت جيدة للغاية&raquo; &amp; بناءة.</p>
</article>
<footer>© 2017 جميع الحقوق محفوظة</footer>
</body>
</html>
"""


def test_html_visible_text_points_into_the_source(load):
    [article] = load("page.html", HTML)
    assert article.text == HTML  # offsets are into the HTML source
    view = body_view(article)
    lines = view.text.split("\n")
    assert lines[0] == "ترامب وبوتين يبحثان وقف إطلاق النار"
    assert lines[1] == ("وقال الكرملين في بيان إن الزعيمين اتفقا على تكثيف الحوار بهدف "
                        "إيجاد سبل لتعزيز وقف إطلاق النار.")
    assert lines[2] == "وذكر البيت الأبيض في بيان «المحادثة كانت جيدة للغاية» & بناءة."
    assert len(lines) == 3
    for dropped in ("color", "var quote", "لا تقرأني", "الرئيسية", "ad slot", "الحقوق"):
        assert dropped not in view.text
    assert article.lang == "ar"
    assert article.published == date(2017, 5, 2)
    assert article.title == "ترامب وبوتين يبحثان وقف إطلاق النار"
    assert article.title_span.text.startswith("ترامب") and article.title_span.text.endswith("النار")
    for piece, start, end in article.visible:
        if len(piece) == end - start and not piece.isspace():
            assert HTML[start:end] == piece
    # a decoded entity maps to the whole reference in the source
    at = view.text.index("«")
    assert HTML[slice(*view.origin_offsets(at, at + 1))] == "&laquo;"
    at = view.text.index("المحادثة")
    start, end = view.origin_offsets(at, at + len("المحادثة كانت"))
    assert HTML[start:end] == "المحادثة كانت"


def test_html_without_article_uses_body_and_title_tag(load):
    page = ("<html><head><title>Talks on Syria</title></head><body><header>Site menu</header>"
            "<div>The Kremlin said the leaders agreed to intensify talks.<br>"
            "They spoke by phone.</div></body></html>")
    [article] = load("page.htm", page)
    assert body_view(article).text == ("The Kremlin said the leaders agreed to intensify talks.\n"
                                       "They spoke by phone.")
    assert article.title == "Talks on Syria" and article.title_span is None
    assert article.lang == "en"


def test_jsonl_records_are_articles_with_their_own_offsets(load):
    text = ('{"id": "a1", "title": "Talks", "published": "2017-05-02", "lang": "en", '
            '"text": "The Kremlin said the talks were constructive.", "outlet": "Reuters"}\n\n'
            '{"text": "وقال البيت الأبيض إن الاتصال كان جيداً.", "published": "2 أيار 2017"}\n')
    first, second = load("batch.jsonl", text)
    assert first.path == "batch.jsonl#1:a1" and first.id == "a1"
    assert first.text == "The Kremlin said the talks were constructive."
    assert first.title == "Talks" and first.meta == {"outlet": "Reuters"}
    assert first.published == date(2017, 5, 2) and first.published_from == "record"
    assert second.path == "batch.jsonl#2"
    assert second.lang == "ar" and second.published == date(2017, 5, 2)
    assert second.text == "وقال البيت الأبيض إن الاتصال كان جيداً."


def test_json_object_and_list(load):
    [one] = load("one.json", '{"text": "The Kremlin said the talks were constructive."}')
    assert one.path == "one.json"
    many = load("many.json", '[{"text": "The Kremlin said so."}, {"text": "Moscow denied it."}]')
    assert [a.path for a in many] == ["many.json#1", "many.json#2"]


def test_stdin_is_sniffed(load):
    [md] = load(None, "---\npublished: 2017-05-02\n---\nThe Kremlin said so on Tuesday.\n")
    assert md.path == "<stdin>" and md.published_from == "front-matter"
    [html] = load(None, "<html><body><p>The Kremlin said so.</p></body></html>")
    assert body_view(html).text == "The Kremlin said so."
    records = load(None, '{"text": "One."}\n{"text": "Two."}\n')
    assert [a.text for a in records] == ["One.", "Two."]


def test_unknown_extension_is_sniffed(load):
    [article] = load("story.article", "# Talks\n\nThe Kremlin said so on Tuesday.\n")
    assert article.title == "Talks"


def test_command_line_wins(load):
    text = "---\npublished: 2017-05-02\nlang: ar\n---\nThe Kremlin said so on Tuesday.\n"
    [article] = load("a.md", text, published=date(2017, 5, 3), lang="en")
    assert article.published == date(2017, 5, 3) and article.published_from == "cli"
    assert article.lang == "en"


@pytest.mark.parametrize("text", ["---\ntitle: x\n---\n\n  \n", "<html><script>x</script></html>"])
def test_no_article_text(load, text):
    with pytest.raises(InputError):
        load("a.md" if text.startswith("---") else "a.html", text)


def test_arabic_plain_text_headline(load):
    text = ("البيت الابيض يرسل ممثلاً عنه الى محادثات استانا لوقف النار في سوريا\n"
            + AR_BODY)
    [article] = load("seed.txt", text)
    assert article.lang == "ar"
    assert article.title_span.text == article.title
    assert article.title.startswith("البيت الابيض")


def test_front_matter_aliases_and_language_tags(load):
    text = ("---\ndate: 2017-05-02T18:30:00+03:00\nlang: ar-LB\n---\n" + AR_BODY)
    [article] = load("a.md", text)
    assert article.published == date(2017, 5, 2) and article.lang == "ar"


def test_front_matter_date_written_out(load):
    [article] = load("a.md", "---\npublished: 2 أيار 2017\n---\n" + AR_BODY)
    assert article.published == date(2017, 5, 2)
    [article] = load("b.md", "---\npublished: May 2, 2017\n---\n" + EN_BODY)
    assert article.published == date(2017, 5, 2)


def test_record_text_under_body(load):
    [article] = load("a.json", '{"body": "The Kremlin said the talks were constructive.", '
                               '"title": "Talks"}')
    assert article.text == "The Kremlin said the talks were constructive."
    assert article.meta == {}


def test_html_entities_and_breaks_keep_exact_offsets(load):
    page = ("<html><body><article><p>Lavrov said:<br/>&ldquo;We agreed.&rdquo;&#160;"
            "Tillerson&#x27;s aide nodded.</p></article></body></html>")
    [article] = load("p.html", page)
    view = body_view(article)
    assert view.text == "Lavrov said:\n“We agreed.” Tillerson's aide nodded."
    at = view.text.index("Tillerson's")
    start, end = view.origin_offsets(at, at + len("Tillerson's"))
    assert page[start:end] == "Tillerson&#x27;s"


def test_html_lang_attribute_of_a_template_does_not_override_the_script(load):
    page = ('<html lang="en"><body><article><p>وقال الكرملين إن الاتصال كان بناءً.</p>'
            "</article></body></html>")
    [article] = load("p.html", page)
    assert article.lang == "ar" and article.meta["html_lang"] == "en"


def test_markdown_with_crlf_bom_and_blank_lines_after_front_matter(load):
    text = ("---\r\ntitle: Talks\r\npublished: 2017-05-02\r\n---\r\n\r\n"
            "<!-- claimcheck-disable consistency.name-variant -->\r\n\r\n"
            "The Kremlin said the talks were constructive.\r\nMoscow agreed.\r\n")
    [article] = load("a.md", b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert article.encoding == "utf-8-sig" and article.text == text
    view = body_view(article)
    assert view.text.startswith("The Kremlin said")
    assert article.published == date(2017, 5, 2) and article.title == "Talks"
    start, end = view.origin_offsets(0, len("The Kremlin"))
    assert text[start:end] == "The Kremlin"
