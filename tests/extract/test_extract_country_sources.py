"""A country named as the speaker stands for its government, as a capital does."""

from __future__ import annotations

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Article


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(Config())


@pytest.mark.parametrize(("text", "lang", "source"), [
    ("وقالت روسيا إن الضربة الأميركية تنتهك القانون الدولي.", "ar", "روسيا"),
    ("وأعلنت إيران أنها ستواصل تخصيب اليورانيوم.", "ar", "إيران"),
    ("Israel says 1,200 people were killed in the attack on Oct. 7.", "en", "Israel"),
    ("The United States said the sanctions would stay in place.", "en", "The United States"),
])
def test_country_as_source_is_a_government_metonym(engine: Engine, text: str, lang: str,
                                                    source: str) -> None:
    claims = [c for c in engine.check(Article(text=text, lang=lang)).claims
              if c.kind != "unattributed"]
    assert len(claims) == 1
    assert claims[0].source is not None and claims[0].source.span is not None
    assert claims[0].source.span.text == source
    assert claims[0].source.type == "government"
    assert claims[0].source.meta.get("metonym") is True


def test_a_named_person_from_a_country_stays_a_person(engine: Engine) -> None:
    text = "Israeli government spokesman Avi Hyman said Hamas was responsible for the delay."
    claim = engine.check(Article(text=text, lang="en")).claims[0]
    assert claim.source is not None and claim.source.type == "person"
