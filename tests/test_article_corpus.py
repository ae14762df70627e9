"""The clean-article corpus (tests/data/articles) stays usable: complete front matter, a headline
that matches the title, and the size the README promises."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

CORPUS = Path(__file__).resolve().parent / "data" / "articles"
FILES = sorted(CORPUS.glob("*/*.md"))


def split(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S)
    assert match, f"{path.name}: no front matter"
    return yaml.safe_load(match.group(1)), match.group(2)


def test_corpus_size():
    for lang in ("ar", "en"):
        assert len([f for f in FILES if f.parent.name == lang]) >= 12


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_article_is_complete(path):
    meta, body = split(path)
    assert meta["lang"] == path.parent.name
    assert isinstance(meta["published"], dt.date)
    assert meta["title"] and meta["title"] in body.splitlines()[0]
    assert 150 <= len(body.split()) <= 500

