"""JSON and JSON Lines: one object, a list of records, or one record per line, each an article.

A record has ``text`` (required; ``body`` or ``content`` are accepted for it) and optionally
``title``, ``published`` (or ``date``), ``lang`` and ``id``; other fields go to ``Article.meta``.
Each article's text is the record's text, so its offsets are into that text; its path names the
record: ``batch.jsonl#3`` (the third record), ``batch.jsonl#3:ID`` when the record has an id.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from claimcheck.errors import InputError

TEXT_FIELDS = ("text", "body", "content")
KNOWN_FIELDS = frozenset({*TEXT_FIELDS, "title", "published", "date", "lang", "id"})


@dataclass
class Record:
    number: int  # 1-based, in file order
    text: str
    fields: dict[str, Any]
    line: int | None = None  # the line it stands on, for JSON Lines


def parse_json(text: str, where: str) -> tuple[list[Record], bool]:
    """Records of a .json file and whether it held a list (so records are numbered in paths)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            return parse_jsonl(text, where), True  # JSON Lines under a .json name
        raise InputError(f"{where}: line {exc.lineno} column {exc.colno}: not valid JSON "
                         f"({exc.msg})") from None
    if isinstance(data, dict):
        return [_record(data, 1, where, None)], False
    if isinstance(data, list):
        if not data:
            raise InputError(f"{where}: the JSON list holds no records")
        return [_record(item, n, where, None) for n, item in enumerate(data, 1)], True
    raise InputError(f"{where}: JSON must be an object or a list of objects, not "
                     f"{type(data).__name__}")


def parse_jsonl(text: str, where: str) -> list[Record]:
    records = []
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: line {line_no} column {exc.colno}: not valid JSON "
                             f"({exc.msg})") from None
        records.append(_record(data, len(records) + 1, where, line_no))
    if not records:
        raise InputError(f"{where}: no records found")
    return records


def _record(data: Any, number: int, where: str, line: int | None) -> Record:
    place = f"line {line}" if line is not None else f"record {number}"
    if not isinstance(data, dict):
        raise InputError(f"{where}: {place}: a record must be a JSON object, not "
                         f"{type(data).__name__}")
    for name in TEXT_FIELDS:
        value = data.get(name)
        if isinstance(value, str) and value.strip():
            return Record(number, value, data, line)
    raise InputError(f"{where}: {place}: the record has no text (a non-empty \"text\" field)")


def record_path(base: str, record: Record, numbered: bool) -> str:
    rid = record.fields.get("id")
    path = f"{base}#{record.number}" if numbered else base
    return f"{path}:{rid}" if rid not in (None, "") else path
