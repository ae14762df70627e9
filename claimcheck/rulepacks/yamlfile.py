"""Reading rule-pack YAML with the line of every mapping kept, and one-line errors that cite it.

PyYAML's SafeLoader is used as is; the only addition is that each mapping is built as a ``Node``
(a dict that remembers its line), so a validation error can say ``pack.yaml:42: rule x: ...``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NoReturn

from claimcheck.errors import ConfigError


class Node(dict):
    """A YAML mapping that knows the file and 1-based line it starts on."""

    file: str = "<string>"
    line: int = 0

    def where(self) -> str:
        return f"{self.file}:{self.line}"


def display_path(path: Path) -> str:
    """``path`` relative to the working folder when it lies under it (shorter error messages)."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def load_yaml(path: Path) -> Any:
    """The parsed YAML of ``path``; ConfigError naming the file and line when it is malformed."""
    import yaml

    shown = display_path(path)

    class _Loader(yaml.SafeLoader):
        pass

    def construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Node:
        loader.flatten_mapping(node)
        out = Node()
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if key in out:
                fail(shown, key_node.start_mark.line + 1, f"duplicate key {key!r}")
            out[key] = loader.construct_object(value_node, deep=True)
        out.file, out.line = shown, node.start_mark.line + 1
        return out

    _Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{shown}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{shown}: cannot be read ({exc})") from None
    try:
        return yaml.load(text, Loader=_Loader)  # a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark else ""
        problem = " ".join(str(exc.problem or exc.context or "malformed").split())
        raise ConfigError(f"{shown}{line}: bad YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{shown}: bad YAML: {' '.join(str(exc).split())}") from None


def fail(where: str, line: int | None, message: str) -> NoReturn:
    raise ConfigError(f"{where}{f':{line}' if line else ''}: {message}")
