"""`--diff-base REF`: which lines of each file changed since a git ref.

Asks git itself (``git diff --unified=0 REF -- FILE``: the working tree against REF) and reads the
``@@ -a,b +c,d @@`` hunk headers; a file git does not track counts as changed everywhere. Errors the
user can act on (not a repository, unknown ref, no git) are one-line UsageErrors.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from claimcheck.errors import UsageError

HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.MULTILINE)
ALL_LINES = None  # marker: every line counts as changed


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", check=False)


class DiffBase:
    """The changed lines of files against one ref, checked once for the repository and ref."""

    def __init__(self, ref: str, cwd: Path | None = None) -> None:
        if shutil.which("git") is None:
            raise UsageError("--diff-base needs git, which is not installed")
        self.ref = ref
        cwd = cwd or Path.cwd()
        top = _git(["rev-parse", "--show-toplevel"], cwd)
        if top.returncode != 0:
            raise UsageError(f"--diff-base {ref}: {cwd} is not in a git repository")
        self.root = Path(top.stdout.strip())
        if _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], self.root).returncode:
            raise UsageError(f"--diff-base: unknown git ref {ref!r}")

    def changed_lines(self, path: Path) -> set[int] | None:
        """1-based lines of ``path`` added or changed since the ref; None when all are new."""
        path = path.resolve()
        try:
            path.relative_to(self.root)
        except ValueError:
            raise UsageError(f"--diff-base: {path} is outside the repository {self.root}") from None
        tracked = _git(["ls-files", "--error-unmatch", "--", str(path)], self.root)
        if tracked.returncode != 0:
            return ALL_LINES
        diff = _git(["diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-renames",
                     self.ref, "--", str(path)], self.root)
        if diff.returncode != 0:
            raise UsageError(f"--diff-base: git diff failed: {diff.stderr.strip().splitlines()[0]}")
        lines: set[int] = set()
        for match in HUNK.finditer(diff.stdout):
            start, count = int(match.group(1)), int(match.group(2) or 1)
            lines.update(range(start, start + count))
        return lines
