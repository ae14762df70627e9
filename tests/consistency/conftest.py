"""Fixtures for the consistency tests: one engine and the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.config import Config
from claimcheck.engine import Engine

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_85d54ae7857c55e9.md"


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine(Config())


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
