"""Which files a `claimcheck check PATH...` run reads: files, folders (recursing) and globs.

A folder yields every file with a draft extension below it, in sorted order, skipping hidden folders
(.git, .github...) and tool folders (node_modules, __pycache__); a glob (``drafts/**/*.md``) is
expanded recursively; a plain file is taken whatever its extension. Each file is read once, in the
order given.
"""

from __future__ import annotations

import glob
from pathlib import Path

from claimcheck.errors import InputError

EXTENSIONS = (".md", ".markdown", ".html", ".htm", ".txt", ".json", ".jsonl")
SKIP_DIRS = {"node_modules", "__pycache__", "site-packages", "venv"}


def _walk(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).parts
        if any(part.startswith(".") or part in SKIP_DIRS for part in rel[:-1]):
            continue
        if path.is_file() and path.suffix.lower() in EXTENSIONS and not rel[-1].startswith("."):
            found.append(path)
    return found


def expand(inputs: list[str]) -> list[str]:
    """The files to read, as strings (``-`` for stdin kept), without duplicates."""
    out: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = path if path == "-" else str(Path(path).resolve())
        if key not in seen:
            seen.add(key)
            out.append(path)

    for item in inputs:
        path = Path(item)
        if item == "-" or path.is_file():
            add(item)
        elif path.is_dir():
            files = _walk(path)
            if not files:
                raise InputError(f"{item}: no drafts in this folder "
                                 f"({' '.join(EXTENSIONS)})")
            for file in files:
                add(str(file))
        elif glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file()]
            for folder in (Path(m) for m in matches if Path(m).is_dir()):
                files.extend(_walk(folder))
            if not files:
                raise InputError(f"{item}: no file matches this pattern")
            for file in files:
                add(str(file))
        else:
            add(item)  # missing: reading it reports "no such file"
    return out
