"""Finding, registering and calling plugins.

Plugins come from three places, registered in this order:

1. the built-ins listed in ``DEFAULT_PLUGINS`` (loaders, extractors, rule modules, formatters);
2. installed distributions that declare an entry point in the ``claimcheck`` group;
3. local plugin files or folders named with ``--plugin PATH`` or in the config.

Set ``CLAIMCHECK_TRACE=1`` to print every hook call on stderr while debugging a plugin.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import types
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pluggy

from claimcheck import hookspecs
from claimcheck.errors import ConfigError

ENTRY_POINT_GROUP = "claimcheck"

# Built-in plugins, as module names. Importing one must stay cheap (no spaCy, no CAMeL Tools at
# module level) so that `claimcheck plugins list` and `rules list` do not load them.
DEFAULT_PLUGINS: tuple[str, ...] = (
    "claimcheck.load.builtin",
    "claimcheck.analyze.builtin",
    "claimcheck.extract.arabic",
    "claimcheck.extract.english",
    "claimcheck.rulepacks",
    "claimcheck.report.builtin",
    "claimcheck.suppress",
    "claimcheck_attribution",
    "claimcheck_consistency",
    "claimcheck_dates",
)


@dataclass
class PluginInfo:
    name: str
    origin: str  # "builtin", "entry point (dist 1.0)" or the local path
    module: str
    hooks: list[str] = field(default_factory=list)


@dataclass
class PluginError:
    """A plugin that raised: which plugin, in which hook, and what it said (one line)."""

    plugin: str
    hook: str
    message: str

    def __str__(self) -> str:
        return f"plugin {self.plugin!r} failed in {self.hook}: {self.message}"


class PluginManager:
    """A pluggy manager that knows where each plugin came from and isolates their failures."""

    def __init__(self) -> None:
        self.pm = pluggy.PluginManager(hookspecs.PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.infos: dict[str, PluginInfo] = {}
        if os.environ.get("CLAIMCHECK_TRACE"):
            self.pm.trace.root.setwriter(sys.stderr.write)
            self.pm.enable_tracing()

    # -- registration ----------------------------------------------------------------------------

    def register(self, plugin: object, name: str, origin: str) -> None:
        if self.pm.has_plugin(name):
            raise ConfigError(f"two plugins are named {name!r} ({origin} and "
                              f"{self.infos[name].origin})")
        try:
            self.pm.register(plugin, name=name)
        except ValueError as exc:  # pluggy: a hookimpl that does not match its hookspec
            raise ConfigError(f"plugin {name!r} ({origin}): {exc}") from None
        module = getattr(plugin, "__name__", type(plugin).__name__)
        hooks = sorted(h.name for h in self.pm.get_hookcallers(plugin) or [])
        self.infos[name] = PluginInfo(name, origin, module, hooks)

    def load_builtins(self, names: Iterable[str] = DEFAULT_PLUGINS) -> None:
        for module_name in names:
            self.register(importlib.import_module(module_name), module_name, "builtin")

    def load_entry_points(self) -> None:
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            dist = f"{ep.dist.name} {ep.dist.version}" if ep.dist else ep.value
            try:
                plugin = ep.load()
            except Exception as exc:
                raise ConfigError(f"installed plugin {ep.name!r} ({dist}) cannot be loaded: "
                                  f"{type(exc).__name__}: {exc}") from None
            self.register(plugin, ep.name, f"entry point ({dist})")

    def load_path(self, path: str | Path) -> None:
        """Register a local plugin: a .py file, a package folder, or a folder of .py files."""
        path = Path(path)
        if path.is_file() and path.suffix == ".py":
            files = [path]
        elif path.is_dir() and (path / "__init__.py").is_file():
            files = [path / "__init__.py"]
        elif path.is_dir():
            files = sorted(p for p in path.glob("*.py") if not p.name.startswith("_"))
        else:
            raise ConfigError(f"plugin path {str(path)!r} is not a .py file or a folder")
        for file in files:
            name = file.parent.name if file.name == "__init__.py" else file.stem
            self.register(_import_file(file, name), name, str(file))

    def check_pending(self) -> None:
        """Fail clearly on a claimcheck_* function that matches no hook (a typo, usually)."""
        try:
            self.pm.check_pending()
        except pluggy.PluginValidationError as exc:
            raise ConfigError(f"plugin {exc.plugin!r}: {exc}") from None

    # -- calling ---------------------------------------------------------------------------------

    def call_each(
        self, hook_name: str, errors: list[PluginError] | None = None,
        reraise: tuple[type[BaseException], ...] = (), **kwargs: Any
    ) -> list[tuple[str, Any]]:
        """Call every implementation of a hook on its own and collect ``(plugin, result)``.

        Unlike a plain pluggy call, one implementation that raises does not stop the others: the
        error is appended to ``errors`` (or re-raised when ``errors`` is None). Generators are
        consumed inside the guard, so an error raised while iterating is caught too. A firstresult
        hook stops at the first non-None result, as pluggy would. Exceptions of the ``reraise``
        types propagate (a loader's InputError is the user's one-line error, not a plugin bug).
        """
        caller = getattr(self.pm.hook, hook_name)
        first_only = bool(caller.spec and caller.spec.opts.get("firstresult"))
        results: list[tuple[str, Any]] = []
        for impl in reversed(caller.get_hookimpls()):  # pluggy's own call order
            args = {name: kwargs[name] for name in impl.argnames}
            try:
                result = impl.function(**args)
                if isinstance(result, Iterator | types.GeneratorType):
                    result = list(result)
            except Exception as exc:
                if errors is None or isinstance(exc, reraise):
                    raise
                errors.append(PluginError(impl.plugin_name, hook_name, _one_line(exc)))
                continue
            if result is not None:
                results.append((impl.plugin_name, result))
                if first_only:
                    break
        return results


def build_manager(plugin_paths: Iterable[str] = (), entry_points_too: bool = True) -> PluginManager:
    manager = PluginManager()
    manager.load_builtins()
    if entry_points_too and not os.environ.get("CLAIMCHECK_NO_ENTRY_POINTS"):
        manager.load_entry_points()
    for path in plugin_paths:
        manager.load_path(path)
    manager.check_pending()
    return manager


def _import_file(file: Path, name: str) -> types.ModuleType:
    module_name = f"claimcheck_local_plugin_{name}"
    search = None
    if file.name == "__init__.py" and name.isidentifier() and name not in sys.modules:
        # A package folder is imported under its own name with its folder as its path, so its
        # modules import each other (absolutely or relatively) as they would once installed.
        module_name, search = name, [str(file.parent)]
    spec = importlib.util.spec_from_file_location(module_name, file,
                                                  submodule_search_locations=search)
    if spec is None or spec.loader is None:
        raise ConfigError(f"plugin file {str(file)!r} cannot be imported")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        del sys.modules[module_name]
        raise ConfigError(f"plugin file {str(file)!r} fails to import: {_one_line(exc)}") from None
    return module


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
