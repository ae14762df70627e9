"""Fixtures of the attribution tests; the helpers live in attribution_helpers.py beside this file.

The folder is put on sys.path so test modules can import the helpers under pytest's importlib
import mode, which does not add test folders itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution_helpers import make_engine

from claimcheck.engine import Engine


@pytest.fixture(scope="session")
def engine() -> Engine:
    return make_engine()
