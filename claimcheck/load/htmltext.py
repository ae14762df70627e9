"""HTML: the visible article text as pieces that point into the HTML source, plus title and meta.

Scripts, styles, the head, navigation, footers, forms and comments are dropped; when the page has an
``<article>`` (else a ``<main>``) only its content is kept. Character references are decoded.
Block elements and ``<br>`` become line breaks, so paragraphs stay one per line; runs of white space
collapse to one space, mapped to the whole run. Every piece is ``(visible_text, start, end)`` with
[start, end) in the HTML source, which is what ``Article.visible`` holds.

Written on the standard library's HTMLParser because it reports where each event starts in the
source; BeautifulSoup and lxml do not keep character offsets for text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

SKIP = frozenset({"script", "style", "head", "nav", "footer", "noscript", "template", "svg",
                  "iframe", "form", "button", "select", "textarea", "aside", "object", "canvas"})
BLOCK = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                   "blockquote", "section", "article", "main", "header", "tr", "table", "figure",
                   "figcaption", "pre", "dd", "dt", "dl", "hr", "address", "body", "html",
                   "caption", "td", "th"})
VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "col",
                  "embed", "param", "track", "base"})
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_PUBLISHED_META = ("article:published_time", "datepublished", "pubdate", "publishdate",
                   "date", "dc.date", "dc.date.issued", "og:published_time", "sailthru.date")


@dataclass
class HtmlText:
    pieces: list[tuple[str, int, int]] = field(default_factory=list)
    title: str | None = None
    title_span: tuple[int, int] | None = None  # in the source, when the title is visible text
    lang: str | None = None
    published: str | None = None  # the raw value of a publication-date meta tag or <time>
    meta: dict[str, str] = field(default_factory=dict)


def extract(source: str) -> HtmlText:
    scope = "article" if re.search(r"<article[\s>]", source, re.I) else (
        "main" if re.search(r"<main[\s>]", source, re.I) else None)
    parser = _Parser(source, scope)
    parser.feed(source)
    parser.close()
    out = parser.out
    out.pieces = _collapse(parser.raw)
    if parser.h1_span:
        a, b = parser.h1_span
        out.title, out.title_span = " ".join(parser.h1_text.split()), (a, b)
    elif parser.title_text.strip():
        out.title = " ".join(parser.title_text.split())
    return out


class _Parser(HTMLParser):
    def __init__(self, source: str, scope: str | None) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.scope = scope
        self.scope_depth = 0
        self.skip_depth = 0
        self.in_title = False
        self.title_text = ""
        self.h1_depth = 0
        self.h1_done = False
        self.h1_text = ""
        self.h1_span: tuple[int, int] | None = None
        self.raw: list[tuple[str, int, int, bool]] = []  # (text, start, end, is_break)
        self.out = HtmlText()

    def _at(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def visible(self) -> bool:
        return self.skip_depth == 0 and (self.scope is None or self.scope_depth > 0)

    # -- tags ------------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._at()
        end = start + len(self.get_starttag_text() or "")
        values = {k: v or "" for k, v in attrs}
        if tag == "html" and values.get("lang"):
            self.out.lang = values["lang"]
        elif tag == "meta":
            self._meta(values)
        elif tag == "time" and values.get("datetime") and "pubdate" in values:
            self.out.published = self.out.published or values["datetime"]
        if tag == "title":
            self.in_title = True
        if tag in VOID:
            if tag in BLOCK and self.visible():
                self.raw.append(("\n", start, end, True))
            return
        if tag == self.scope:
            self.scope_depth += 1
        if tag in SKIP:
            self.skip_depth += 1
        elif tag == "header" and self.scope is None:
            self.skip_depth += 1  # a page header outside an <article> is site chrome
        if tag in BLOCK and self.visible():
            self.raw.append(("\n", start, end, True))
        if tag == "h1" and not self.h1_done and self.visible():
            self.h1_depth = 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta({k: v or "" for k, v in attrs})
        elif tag in BLOCK and self.visible():
            start = self._at()
            self.raw.append(("\n", start, start + len(self.get_starttag_text() or ""), True))

    def handle_endtag(self, tag: str) -> None:
        start = self._at()
        close = self.source.find(">", start)
        end = close + 1 if close != -1 else len(self.source)
        if tag == "title":
            self.in_title = False
        if tag in BLOCK and self.visible():
            self.raw.append(("\n", start, end, True))
        if tag == "h1" and self.h1_depth:
            self.h1_depth = 0
            self.h1_done = True
        if tag in SKIP or (tag == "header" and self.scope is None):
            self.skip_depth = max(0, self.skip_depth - 1)
        if tag == self.scope:
            self.scope_depth = max(0, self.scope_depth - 1)

    def _meta(self, values: dict[str, str]) -> None:
        key = (values.get("property") or values.get("name") or values.get("itemprop") or "")
        content = values.get("content", "")
        if not key or not content:
            return
        self.out.meta[key.lower()] = content
        if key.lower() in _PUBLISHED_META and not self.out.published:
            self.out.published = content
        if key.lower() in ("og:locale", "language", "content-language") and not self.out.lang:
            self.out.lang = content

    # -- text ------------------------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        start = self._at()
        self._text(data, start, start + len(data), one_to_one=True)

    def handle_entityref(self, name: str) -> None:
        self._reference()

    def handle_charref(self, name: str) -> None:
        self._reference()

    def _reference(self) -> None:
        start = self._at()
        match = _ENTITY.match(self.source, start)
        end = match.end() if match else start + 1
        raw = self.source[start:end]
        self._text(html.unescape(raw), start, end, one_to_one=False)

    def _text(self, text: str, start: int, end: int, one_to_one: bool) -> None:
        if self.in_title:
            self.title_text += text
        if not self.visible():
            return
        if self.h1_depth and text.strip():
            self.h1_text += text
            self.h1_span = (self.h1_span[0] if self.h1_span else start, end)
        elif self.h1_depth:
            self.h1_text += " "
        if one_to_one:
            # Split into words and white-space runs so that words map one to one.
            for m in re.finditer(r"\s+|\S+", text):
                self.raw.append((m.group(), start + m.start(), start + m.end(), False))
        else:
            self.raw.append((text, start, end, False))

    def handle_comment(self, data: str) -> None:
        pass


def _collapse(raw: list[tuple[str, int, int, bool]]) -> list[tuple[str, int, int]]:
    """White space as a browser shows it: one space between words, one line break between blocks."""
    out: list[tuple[str, int, int]] = []

    def last() -> str | None:
        return out[-1][0] if out else None

    for text, start, end, is_break in raw:
        if is_break:
            if last() == " ":
                out.pop()
            if out and last() != "\n":
                out.append(("\n", start, end))
            continue
        if text.isspace():
            if out and last() not in (" ", "\n"):
                out.append((" ", start, end))
            continue
        out.append((text, start, end))
    while out and out[-1][0] in (" ", "\n"):
        out.pop()
    return out
