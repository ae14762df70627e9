"""Fixtures of the attribution tests (helpers live in attribution_helpers.py)."""

from __future__ import annotations

import pytest
from attribution_helpers import make_engine

from claimcheck.engine import Engine


@pytest.fixture(scope="session")
def engine() -> Engine:
    return make_engine()
