"""`pre-commit try-repo` runs claimcheck's hook on a repository of drafts, offline.

The hook repository must be a git repository with .pre-commit-hooks.yaml committed, so the test
builds one from this checkout's file. It runs the ``claimcheck-system`` hook (language: system): the
``claimcheck`` hook (language: python) would pip-install claimcheck and its dependencies, which
needs the network.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ci_support import REPO, git

pytestmark = pytest.mark.skipif(importlib.util.find_spec("pre_commit") is None,
                                reason="pre-commit is not installed (pip install -e '.[dev]')")


@pytest.fixture
def hook_repo(tmp_path: Path) -> Path:
    hooks = tmp_path / "claimcheck-hooks"
    hooks.mkdir()
    shutil.copy(REPO / ".pre-commit-hooks.yaml", hooks / ".pre-commit-hooks.yaml")
    git(hooks, "init", "-q", "-b", "main")
    git(hooks, "config", "user.name", "Tools Desk")
    git(hooks, "config", "user.email", "tools@example.org")
    git(hooks, "add", ".pre-commit-hooks.yaml")
    git(hooks, "commit", "-q", "-m", "hooks")
    return hooks


def try_repo(hooks: Path, cwd: Path, tmp_path: Path, *files: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("CI", None)
    args = ["--files", *files] if files else ["--all-files"]
    return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(hooks),
                           "claimcheck-system", "--verbose", *args],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_try_repo_runs_the_hook_on_the_drafts(repo, plugin, hook_repo, tmp_path):
    shutil.copy(plugin, repo / "newsroom_rules.py")
    (repo / "claimcheck.toml").write_text(
        'plugins = ["newsroom_rules.py"]\nselect = ["newsroom", "claimcheck"]\n', encoding="utf-8")
    (repo / "notes.py").write_text("print('not a draft')\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "config")
    done = try_repo(hook_repo, repo, tmp_path)
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert "claimcheck (installed)" in out and "Failed" in out
    # the drafts were checked (the loaded verbs are errors), the Python file was not passed
    assert "drafts/minister-ar.md:6:" in out and "newsroom.loaded" in out
    assert "drafts/minister-en.md:6:" in out
    assert "notes.py" not in out.replace("newsroom_rules.py", "")

    # a draft with only a hedge (a warning) passes under the default fail level
    (repo / "drafts" / "hedge.md").write_text(
        "The official said the meeting had allegedly never taken place.\n", encoding="utf-8")
    done = try_repo(hook_repo, repo, tmp_path, "drafts/hedge.md")
    out = done.stdout + done.stderr
    assert done.returncode == 0, out
    assert "Passed" in out and "newsroom.hedge" in out


def test_the_hook_manifest_is_valid():
    done = subprocess.run([sys.executable, "-m", "pre_commit", "validate-manifest",
                           str(REPO / ".pre-commit-hooks.yaml")], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
