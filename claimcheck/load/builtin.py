"""The built-in loaders: plain text (more formats are added here)."""

from __future__ import annotations

from pathlib import Path

from claimcheck.hookspecs import hookimpl
from claimcheck.load.langdetect import detect_lang
from claimcheck.load.options import LoadOptions
from claimcheck.model import Article


@hookimpl(trylast=True)
def claimcheck_load(path: Path | None, data: bytes, options: LoadOptions) -> list[Article]:
    text = data.decode(options.encoding or "utf-8-sig")
    lang = options.lang if options.lang not in (None, "auto") else detect_lang(text)
    return [Article(text=text, path=str(path) if path else "<stdin>", lang=lang,
                    published=options.published, published_from="cli" if options.published else None)]
