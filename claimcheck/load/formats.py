"""Which format an input is in: from its file extension, else sniffed from its first characters."""

from __future__ import annotations

import re
from pathlib import Path

FORMATS = ("txt", "md", "html", "json", "jsonl")
EXTENSIONS = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md", ".mdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl",
}
_HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]"
                         r"|<!--)", re.I)
_HTML_TAG = re.compile(r"</(?:p|div|body|html|article|h[1-6])\s*>", re.I)


def format_of(path: Path | None, text: str, forced: str | None = None) -> str:
    if forced:
        return forced
    if path is not None:
        fmt = EXTENSIONS.get(path.suffix.lower())
        if fmt:
            return fmt
    return sniff(text)


def sniff(text: str) -> str:
    head = text[:4096]
    stripped = head.lstrip()
    if stripped.startswith(("---\n", "---\r\n")) and text.startswith("---"):
        return "md"
    if _HTML_START.match(head) or (stripped.startswith("<") and _HTML_TAG.search(text[:20000])):
        return "html"
    if stripped.startswith("["):
        return "json"
    if stripped.startswith("{"):
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if len(lines) > 1 and all(ln.lstrip().startswith("{") for ln in lines[:50]):
            return "jsonl"
        return "json"
    if re.search(r"^#{1,6} \S", head, re.M):
        return "md"
    return "txt"
