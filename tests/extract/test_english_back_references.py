"""A definite document head refers back to the document named before: "The report said" after
"X said in a report" or "A report by X said" takes X as its issuer (``meta["antecedent"]``), so the
attribution module grades it a named issuer's report, not an agentless one."""

from __future__ import annotations

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine
from claimcheck.model import Article


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(Config())


def check(engine: Engine, text: str):
    return engine.check(Article(text=text, lang="en", path="<test>"))


@pytest.mark.parametrize(("text", "head", "issuer"), [
    ("The past 12 months were the hottest on record, the European Union's Copernicus Climate "
     "Change Service said in a report released on Thursday. The report said average global "
     "temperatures were 1.64 degrees Celsius above pre-industrial levels.\n",
     "The report", "the European Union's Copernicus Climate Change Service"),
    ("A report by the World Health Organization said cases had doubled. The report added that "
     "deaths fell.\n", "The report", "the World Health Organization"),
    ("The World Bank said in a statement that growth would slow. The statement said inflation "
     "would ease.\n", "The statement", "The World Bank"),
])
def test_the_report_takes_the_issuer_named_before(engine, text, head, issuer):
    report = check(engine, text)
    (claim,) = [c for c in report.claims if c.source and c.source.span
                and c.source.span.text == head]
    assert claim.source.meta["antecedent"] == issuer
    assert not [f for f in report.findings if f.rule == "attribution.passive"]


def test_a_report_named_nowhere_before_stays_without_an_issuer(engine):
    report = check(engine, "The minister said on Monday that talks would resume. The report said "
                           "the talks had stalled.\n")
    (claim,) = [c for c in report.claims if c.source and c.source.span
                and c.source.span.text == "The report"]
    assert "antecedent" not in claim.source.meta
