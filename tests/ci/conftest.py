"""Fixtures for the CI tests: the word-flagging plugin, the CLI in this process, a git repo."""

from __future__ import annotations

from pathlib import Path

import pytest
from ci_support import AR_DRAFT, EN_DRAFT, OURS, PLUGIN, Result, git

from claimcheck.cli import main


@pytest.fixture
def plugin(tmp_path: Path) -> Path:
    path = tmp_path / "plugins" / "newsroom.py"
    path.parent.mkdir()
    path.write_text(PLUGIN, encoding="utf-8")
    return path


@pytest.fixture
def cli(capsys, monkeypatch):
    """Run ``claimcheck`` in this process from a folder; stdout, stderr and the exit code."""
    monkeypatch.delenv("CI", raising=False)

    def run(*args: str, cwd: Path | None = None, only_ours: bool = True) -> Result:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        argv = [str(a) for a in args]
        if only_ours and argv[0] == "check" and "--select" not in argv:
            # the built-in rules grow while these tests are written: keep to this plugin's
            # rules and claimcheck's own (unknown-suppression, plugin-error)
            argv += ["--select", OURS]
        capsys.readouterr()
        code = main(argv)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A newsroom's git repository of drafts (one Arabic, one English), committed."""
    root = tmp_path / "newsroom"
    (root / "drafts").mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.name", "Desk Editor")
    git(root, "config", "user.email", "desk@example.org")
    git(root, "config", "commit.gpgsign", "false")
    (root / "drafts" / "minister-ar.md").write_text(AR_DRAFT, encoding="utf-8")
    (root / "drafts" / "minister-en.md").write_text(EN_DRAFT, encoding="utf-8")
    git(root, "add", "drafts")
    git(root, "commit", "-q", "-m", "drafts")
    return root
