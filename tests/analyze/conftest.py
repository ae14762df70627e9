from __future__ import annotations

import pytest

from claimcheck.analyze.build import pipeline


def _sentences(lang: str, text: str) -> list[str]:
    doc = pipeline(lang)(text)
    return [s.text.strip() for s in doc.sents if s.text.strip()]


@pytest.fixture
def sentences():
    return _sentences


@pytest.fixture
def paragraphs():
    def paragraphs(lang: str, text: str) -> list[str]:
        doc = pipeline(lang)(text)
        return [p.text for p in doc.spans["paragraphs"]]

    return paragraphs
