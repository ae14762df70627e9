"""The built-in loader plugin: txt, Markdown, HTML, JSON and JSON Lines files become Articles.

Each format's parsing has its own module (frontmatter, htmltext, records); this one decodes the
bytes (claimcheck.load.encoding), picks the format (claimcheck.load.formats), and fills in what a
format left open, in the documented order of precedence:

- language: --lang, then front matter / record, then the script of the text;
- publication date: --published ("cli"), then front matter ("front-matter") or record ("record"),
  then a dateline in the text ("dateline");
- title: front matter / record / HTML, then the first line of plain text when it reads as a
  headline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from claimcheck.errors import InputError
from claimcheck.hookspecs import hookimpl
from claimcheck.load.langdetect import detect_lang
from claimcheck.load.options import LoadOptions
from claimcheck.model import Article

LANG_ALIASES = {"ar": "ar", "ara": "ar", "arabic": "ar", "العربية": "ar",
                "en": "en", "eng": "en", "english": "en"}


@hookimpl(trylast=True)
def claimcheck_load(path: Path | None, data: bytes, options: LoadOptions) -> list[Article]:
    from claimcheck.load.encoding import decode
    from claimcheck.load.formats import format_of

    where = str(path) if path else "<stdin>"
    decoded = decode(data, options.encoding, where)
    text = decoded.text
    if not text.strip():
        raise InputError(f"{where}: the file is empty (only white space)")
    fmt = format_of(path, text, options.format)
    if fmt in ("json", "jsonl"):
        articles = _records(text, where, fmt, options)
    elif fmt == "md":
        articles = [_markdown(text, where, options)]
    elif fmt == "html":
        articles = [_html(text, where, options)]
    else:
        articles = [_finish(Article(text=text, path=where), options, plain=True)]
    for article in articles:
        article.encoding = decoded.encoding
    return articles


# -- formats -------------------------------------------------------------------------------------


def _markdown(text: str, where: str, options: LoadOptions) -> Article:
    from claimcheck.load.frontmatter import body_pieces, first_heading, split_front_matter

    front = split_front_matter(text, where)
    data = dict(front.data)
    article = Article(text=text, path=where, body_start=front.body_start)
    article.visible = body_pieces(text, front.body_start)
    if not any(piece.strip() for piece, _, _ in article.visible):
        raise InputError(f"{where}: the article has front matter but no text")
    _take_fields(article, data, where, "front-matter", front.lines)
    if article.title is None:
        heading = first_heading(text, front.body_start, len(text))
        if heading:
            article.title_span = article.span(*heading)
            article.title = article.title_span.text
    return _finish(article, options, plain=article.title is None)


def _html(text: str, where: str, options: LoadOptions) -> Article:
    from claimcheck.load.htmltext import extract

    page = extract(text)
    if not any(piece.strip() for piece, _, _ in page.pieces):
        raise InputError(f"{where}: the HTML page has no visible text")
    article = Article(text=text, path=where, visible=page.pieces, title=page.title,
                      meta={k: v for k, v in page.meta.items()})
    if page.title_span:
        article.title_span = article.span(*page.title_span)
    if page.lang:  # often a site template's default: a hint, the script decides
        article.meta["html_lang"] = page.lang
    if page.published:
        from claimcheck.load.dates import date_value

        published = date_value(page.published, _lang(page.lang or "", where, "", strict=False))
        if published:
            article.published, article.published_from = published, "front-matter"
    return _finish(article, options, plain=False)


def _records(text: str, where: str, fmt: str, options: LoadOptions) -> list[Article]:
    from claimcheck.load.records import parse_json, parse_jsonl, record_path

    if fmt == "jsonl":
        records, numbered = parse_jsonl(text, where), True
    else:
        records, numbered = parse_json(text, where)
    articles = []
    for record in records:
        place = record_path(where, record, numbered)
        article = Article(text=record.text, path=place)
        _take_fields(article, dict(record.fields), place, "record", {})
        for name in ("text", "body", "content"):
            article.meta.pop(name, None)
        articles.append(_finish(article, options, plain=article.title is None))
    return articles


# -- shared ----------------------------------------------------------------------------------------


def _take_fields(article: Article, data: dict[str, Any], where: str, origin: str,
                 lines: dict[str, int]) -> None:
    """Title, published, lang and id from front matter or a record; the rest into meta."""
    from claimcheck.load.dates import date_value

    def place(key: str) -> str:
        return f"{where}: line {lines[key]}" if key in lines else where

    if data.get("lang") not in (None, ""):
        article.lang = _lang(str(data.pop("lang")), place("lang"), "lang")
    title = data.pop("title", None)
    if title not in (None, ""):
        article.title = str(title).strip()
        at = article.text.find(article.title, article.body_start)
        if at == -1:  # not repeated in the body: point at the front matter's own line
            at = article.text.find(article.title, 0, article.body_start)
        if origin == "front-matter" and at != -1:
            article.title_span = article.span(at, at + len(article.title))
    key = "published" if data.get("published") not in (None, "") else "date"
    value = data.pop(key, None)
    if value not in (None, ""):
        published = date_value(value, article.lang or detect_lang(article.text))
        if published is None:
            raise InputError(f"{place(key)}: {key} {str(value)!r} is not a date "
                             "(write it as YYYY-MM-DD)")
        article.published, article.published_from = published, origin
    if data.get("id") not in (None, ""):
        article.id = str(data.pop("id"))
    article.meta.update(data)


def _lang(value: str, where: str, what: str, strict: bool = True) -> str | None:
    key = value.strip().lower().replace("_", "-")
    lang = LANG_ALIASES.get(key) or LANG_ALIASES.get(key.split("-")[0])
    if lang is None and strict:
        raise InputError(f"{where}: {what} {value!r} is not a language claimcheck reads "
                         "(ar or en)")
    return lang


def _finish(article: Article, options: LoadOptions, plain: bool) -> Article:
    """Language, publication date and title where the format did not give them."""
    from claimcheck.analyze.textview import TextView

    if article.visible is not None:
        view = TextView.from_pieces(article.visible)
    else:
        view = TextView.identity(article.text, article.body_start, article.body_end)
    if not view.text.strip():
        raise InputError(f"{article.path}: no article text found")
    if options.lang not in (None, "auto"):
        article.lang = options.lang
    elif article.lang is None:
        article.lang = detect_lang(view.text)
    if plain and article.title is None:
        from claimcheck.load.title import headline_span

        found = headline_span(view.text)
        if found:
            article.title_span = article.span(*view.origin_offsets(*found))
            article.title = " ".join(view.text[found[0]:found[1]].split())
    if options.published is not None:
        article.published, article.published_from = options.published, "cli"
    _dateline(article, view)
    return article


def _dateline(article: Article, view: Any) -> None:
    from claimcheck.load.dateline import find_dateline

    found = find_dateline(view.text, article.lang or "en")
    if found is None:
        return
    span = article.span(*view.origin_offsets(found.start, found.end))
    article.meta["dateline"] = {
        **span.to_dict(),
        "date": found.value.isoformat() if found.value else None,
        "month": found.month,
        "day": found.day,
    }
    if article.published is None and found.value is not None:
        article.published, article.published_from = found.value, "dateline"
