"""The plugin and rule-pack docs cannot fall behind the code (as datasette's test_docs.py does)."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from claimcheck import hookspecs
from claimcheck.rulepacks.kinds import ALL

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _hooks() -> list[str]:
    return [name for name, func in inspect.getmembers(hookspecs, inspect.isfunction)
            if name.startswith("claimcheck_") and hasattr(func, "claimcheck_spec")]


def _headings(page: str) -> set[str]:
    text = (DOCS / page).read_text(encoding="utf-8")
    return set(re.findall(r"^### (.+?)\s*$", text, flags=re.MULTILINE))


def test_the_hook_list_is_read_from_hookspecs() -> None:
    assert "claimcheck_check_claim" in _hooks() and len(_hooks()) >= 11


@pytest.mark.parametrize("hook", _hooks())
def test_every_hook_is_documented(hook: str) -> None:
    assert hook in _headings("plugins.md"), f"docs/plugins.md needs a '### {hook}' section"


def test_no_documented_hook_is_gone() -> None:
    documented = {h for h in _headings("plugins.md") if h.startswith("claimcheck_")}
    assert documented <= set(_hooks()), f"not hooks any more: {documented - set(_hooks())}"


def test_hooks_are_documented_with_their_signature() -> None:
    text = (DOCS / "plugins.md").read_text(encoding="utf-8")
    for hook in _hooks():
        params = list(inspect.signature(getattr(hookspecs, hook)).parameters)
        section = text.split(f"### {hook}", 1)[1].split("\n### ", 1)[0]
        for param in params:
            assert re.search(rf"\b{param}\b", section), f"{hook}: parameter {param} undocumented"


@pytest.mark.parametrize("kind", [cls.KIND for cls in ALL])
def test_every_rule_kind_is_documented(kind: str) -> None:
    assert f"kind: {kind}" in _headings("rule-packs.md")
