from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.load.builtin import claimcheck_load
from claimcheck.load.options import LoadOptions


@pytest.fixture
def load():
    """Load bytes (or text, as UTF-8) under a file name, as the engine's loader hook does."""

    def load(name, content, **options):
        data = content.encode("utf-8") if isinstance(content, str) else content
        return claimcheck_load(Path(name) if name else None, data, LoadOptions(**options))

    return load
