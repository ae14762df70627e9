"""Importing the heavy libraries only when needed, and only as much of them as claimcheck uses."""

from __future__ import annotations

import os
import sys
from types import ModuleType


def import_spacy(with_torch: bool = False) -> ModuleType:
    """Import spaCy, without PyTorch unless a trained pipeline may need it.

    thinc imports torch when it is first imported, only to learn whether it is there; that costs
    about two seconds per process, and claimcheck's blank rule-based pipelines never use it. So
    unless ``with_torch`` (a configured trained pipeline) or CLAIMCHECK_WITH_TORCH=1 asks for it,
    torch is hidden during that first import and made importable again right after.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    hide = not with_torch and "torch" not in sys.modules and not os.environ.get(
        "CLAIMCHECK_WITH_TORCH")
    if hide:
        sys.modules["torch"] = None  # type: ignore[assignment]  # makes `import torch` fail fast
    try:
        import spacy
    finally:
        if hide:
            del sys.modules["torch"]
    return spacy
