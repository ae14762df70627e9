"""A plugin package folder given to --plugin imports its own modules, as it will once installed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from claimcheck.plugins import build_manager

REPO = Path(__file__).resolve().parents[2]


def test_a_package_folder_with_absolute_and_relative_imports(tmp_path: Path,
                                                             monkeypatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_NO_ENTRY_POINTS", "1")
    package = tmp_path / "cc_watch_pkg"
    package.mkdir()
    (package / "__init__.py").write_text(
        '"""Watch words."""\nfrom cc_watch_pkg.hooks import claimcheck_register_rules\n',
        encoding="utf-8")
    (package / "hooks.py").write_text(textwrap.dedent('''
        from claimcheck.hookspecs import hookimpl
        from .words import RULE

        @hookimpl
        def claimcheck_register_rules():
            return [RULE]
    '''), encoding="utf-8")
    (package / "words.py").write_text(
        'from claimcheck.model import Rule\nRULE = Rule("watch.word", "Watch words.", "info")\n',
        encoding="utf-8")
    manager = build_manager([str(package)])
    assert manager.infos["cc_watch_pkg"].hooks == ["claimcheck_register_rules"]
    sys.modules.pop("cc_watch_pkg", None)
    sys.modules.pop("cc_watch_pkg.hooks", None)
    sys.modules.pop("cc_watch_pkg.words", None)


@pytest.mark.parametrize("folder", ["known-claims/claimcheck_known_claims",
                                    "numbers-need-sources/claimcheck_numbers"])
def test_the_shipped_plugins_load_from_their_folders(folder: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["CLAIMCHECK_NO_ENTRY_POINTS"] = "1"
    result = subprocess.run([sys.executable, "-m", "claimcheck", "rules", "list", "--plugin",
                             str(REPO / "plugins" / folder)], capture_output=True, text=True,
                            cwd=tmp_path, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    prefix = "known-claims." if "known" in folder else "numbers."
    assert prefix + ("debunked" if "known" in folder else "unsourced") in result.stdout
