"""English: reporting verbs whose content is a noun object ("denied any involvement", "announced
the arrest of") or a prepositional one ("warned of"), source before the verb."""

from __future__ import annotations

import pytest

from tests.extract.helpers import attributed, source_text


@pytest.mark.parametrize("text, source, cue, content, stance", [
    ("The ministry denied any involvement in the attack.",
     "The ministry", "denied", "any involvement in the attack", "denial"),
    ("The Kremlin on Monday denied the allegations.",
     "The Kremlin", "denied", "the allegations", "denial"),
    ("Police announced the arrest of three suspects in the capital.",
     "Police", "announced", "the arrest of three suspects in the capital", "neutral"),
    ("The health ministry confirmed the deaths of four patients.",
     "The health ministry", "confirmed", "the deaths of four patients", "assertive"),
    ("Officials warned about rising fuel prices.",
     "Officials", "warned", "rising fuel prices", "assertive"),
])
def test_noun_and_prepositional_objects(text, source, cue, content, stance):
    found = attributed(text, "en")
    assert [(source_text(c), c.cue.span.text, c.content.text) for c in found] == \
        [(source, cue, content)]
    assert found[0].cue.stance == stance


@pytest.mark.parametrize("text", [
    "The company announced the end of the season.",  # an act, not a claim
    "The spokesman did not deny any involvement.",  # negated
    "The court denied bail to the two defendants.",  # bail is no claim
    "The government confirmed Smith as ambassador.",
])
def test_objects_that_report_nothing(text):
    assert attributed(text, "en") == []
