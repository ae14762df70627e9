"""Checking many files: in this process or in ``--jobs N`` worker processes, with a progress bar.

Each worker builds its own Engine once (plugins, rules, spaCy pipelines are per process) and checks
whole files, so a file's report is the same whichever process made it; results come back in input
order, so ``--jobs 2`` prints exactly what ``--jobs 1`` prints. The progress bar (tqdm) goes to
stderr, only on a terminal, only outside CI (``CI`` set), and only for runs of several files.
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.config import Config
from claimcheck.errors import ClaimcheckError, InputError
from claimcheck.load.options import LoadOptions
from claimcheck.model import Article, ArticleReport

if TYPE_CHECKING:
    from claimcheck.engine import Engine

FRONT_MATTER_SOURCES = ("front-matter", "record", "cli")


@dataclass(frozen=True)
class Task:
    """One input to check: its path (``-`` for stdin), how to load it, whose date to trust."""

    path: str
    options: LoadOptions
    published_source: str = "auto"
    data: bytes | None = None  # stdin, read by the main process


@dataclass
class Outcome:
    reports: list[ArticleReport]
    error: str | None = None  # one line, when the input could not be read


def read_input(path: str) -> tuple[Path | None, bytes]:
    if path == "-":
        return None, sys.stdin.buffer.read()
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    try:
        return p, p.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None


def task_for(path: str, config: Config) -> Task:
    """The load options for one file, from its effective (per-path) configuration."""
    published = config.published
    source = config.published_source
    if published is None and source == "file-mtime" and path != "-" and Path(path).is_file():
        published = date.fromtimestamp(Path(path).stat().st_mtime)
    options = LoadOptions(encoding=config.encoding, lang=config.lang, published=published)
    data = sys.stdin.buffer.read() if path == "-" else None
    if config.published is not None:  # a fixed date: from the command line or the config
        source = "auto" if config.origins.get("published") == "command line" else "fixed"
    return Task(path, options, source, data)


def _date_source(article: Article, source: str) -> None:
    """Keep the publication date only if it came from where the configuration says."""
    if source == "file-mtime" and article.published_from == "cli":
        article.published_from = "file-mtime"
    elif source == "fixed" and article.published_from == "cli":
        article.published_from = "config"
    elif source == "front-matter" and article.published_from not in FRONT_MATTER_SOURCES:
        article.published, article.published_from = None, None
    elif source == "dateline" and article.published_from != "dateline":
        # the loader notes a dateline's date even when front matter gave the date
        found = (article.meta.get("dateline") or {}).get("date")
        article.published = date.fromisoformat(found) if found else None
        article.published_from = "dateline" if found else None


def check_task(engine: Engine, task: Task) -> Outcome:
    try:
        path, data = (None, task.data) if task.data is not None else read_input(task.path)
        articles = engine.load(path, data, task.options)
    except ClaimcheckError as exc:
        return Outcome([], str(exc))
    for article in articles:
        _date_source(article, task.published_source)
    return Outcome([engine.check(article) for article in articles])


# -- worker processes ------------------------------------------------------------------------------

_worker_engine: Engine | None = None


def _init_worker(config: Config) -> None:
    global _worker_engine
    from claimcheck.engine import Engine

    _worker_engine = Engine(config)


def _run_in_worker(task: Task) -> Outcome:
    assert _worker_engine is not None
    return check_task(_worker_engine, task)


def run_tasks(engine: Engine, tasks: list[Task], jobs: int = 1,
              progress: bool | None = None) -> Iterator[Outcome]:
    """Outcomes in input order; ``jobs`` > 1 spreads files over worker processes."""
    bar = _progress(len(tasks)) if progress is None or progress else None
    try:
        if jobs <= 1 or len(tasks) <= 1:
            for task in tasks:
                yield check_task(engine, task)
                if bar is not None:
                    bar.update()
            return
        config = replace(engine.config)
        with ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), initializer=_init_worker,
                                 initargs=(config,)) as pool:
            futures = [pool.submit(_run_in_worker, task) for task in tasks]
            for task, future in zip(tasks, futures, strict=True):
                try:
                    outcome = future.result()
                except (BrokenProcessPool, pickle.PicklingError, TypeError, AttributeError):
                    # a worker died, or a plugin put something unpicklable in a report:
                    # check this file here instead (same engine setup, same result)
                    outcome = check_task(engine, task)
                yield outcome
                if bar is not None:
                    bar.update()
    finally:
        if bar is not None:
            bar.close()


def show_progress(total: int) -> bool:
    """A bar only for several files, on a terminal, outside CI."""
    ci = os.environ.get("CI", "").lower() not in ("", "0", "false")
    return total > 1 and not ci and sys.stderr.isatty()


def _progress(total: int):
    if not show_progress(total):
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency; a missing bar is no failure
        return None
    # delay: a run that ends within a second never draws a bar
    return tqdm(total=total, unit="file", desc="claimcheck", file=sys.stderr, delay=1.0,
                leave=False, dynamic_ncols=True)


