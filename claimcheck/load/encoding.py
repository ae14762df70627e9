"""Bytes to text: the encoding named on the command line, a byte-order mark, or detection.

Detection order: a BOM (UTF-8, UTF-16, UTF-32), strict UTF-8, Windows-1256 when it decodes to
mostly Arabic letters, then charset-normalizer's best guess, checked the same way. Short Arabic
cp1256 files are often misdetected by charset-normalizer (as a Cyrillic or Latin code page),
hence the explicit cp1256 check before it. Binary input (NUL bytes outside UTF-16/32, control
characters) is refused.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from claimcheck.errors import InputError, UsageError

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in text files (tab, newlines, form feed are allowed).
_CONTROL = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v") | {"\x7f"}


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the codec name used, e.g. "utf-8", "utf-8-sig", "utf-16", "cp1256"


def check_encoding_name(name: str) -> str:
    """The codec's canonical name, or UsageError for an encoding Python does not know."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise UsageError(f"unknown --encoding {name!r} (try utf-8, utf-16, cp1256)") from None


def decode(data: bytes, encoding: str | None = None, where: str = "<input>") -> Decoded:
    """Decode ``data``; InputError (one line) when it is binary or cannot be decoded."""
    if encoding:
        codec = check_encoding_name(encoding)
        if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
            codec = "utf-8-sig"  # the BOM is not text
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise InputError(f"{where}: cannot be decoded as {encoding} (byte {exc.start}: "
                             f"{exc.reason})") from None
        _refuse_binary(text, where)
        return Decoded(text, codec)
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_checked(data.decode(codec), where), codec)
            except UnicodeDecodeError:
                raise InputError(f"{where}: starts with a {codec} byte-order mark but is not "
                                 f"valid {codec}") from None
    if b"\x00" in data:
        guess = _bomless_utf16(data)
        if guess:
            return Decoded(_checked(data.decode(guess), where), guess)
        raise InputError(f"{where}: looks like a binary file (NUL bytes), not text")
    try:
        return Decoded(_checked(data.decode("utf-8"), where), "utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared:
        try:
            return Decoded(_checked(data.decode(declared), where), declared)
        except UnicodeDecodeError:
            pass  # a wrong declaration: detect as if there were none
    cp1256 = data.decode("cp1256", errors="replace")
    if "\ufffd" not in cp1256 and _arabic_share(cp1256) >= 0.6:
        return Decoded(_checked(cp1256, where), "cp1256")
    guess = _charset_normalizer_guess(data)
    if guess:
        return Decoded(_checked(data.decode(guess), where), guess)
    raise InputError(f"{where}: cannot tell its encoding; name it with --encoding "
                     "(utf-8, utf-16, cp1256...)")


_CHARSET = re.compile(rb"""<meta[^>]*charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)"""
                      rb"""|<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.-]+)""", re.I)


_TAG = re.compile(r"<[^<>]*>|&[A-Za-z]+;")


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML file declares (<meta charset="windows-1256">), if Python knows it.

    Arabic pages in Windows-1256 carry so much ASCII markup that the share of Arabic letters alone
    cannot tell their encoding; browsers go by the declaration too.
    """
    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _checked(text: str, where: str) -> str:
    _refuse_binary(text, where)
    return text


def _refuse_binary(text: str, where: str) -> None:
    sample = text[:4096]
    if "\x00" in sample or sum(ch in _CONTROL for ch in sample) > max(2, len(sample) // 100):
        raise InputError(f"{where}: looks like a binary file (control characters), not text")


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: NULs in every other byte of mostly-ASCII or Arabic text."""
    if len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for codec, high in (("utf-16-le", odd), ("utf-16-be", even)):
        # ASCII has a zero high byte, Arabic (U+06xx) a 0x06 one.
        if sum(b in (0, 6) for b in high) >= 0.9 * len(high):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if _letter_share(text) >= 0.5:
                return codec
    return None


def _charset_normalizer_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    for match in from_bytes(data):
        try:
            text = data.decode(match.encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _letter_share(text) >= 0.5:
            return match.encoding
    return None


def _arabic_share(text: str) -> float:
    """Share of Arabic letters among all letters outside markup (0 when there are none)."""
    letters = [ch for ch in _TAG.sub(" ", text[:50000]) if ch.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0600" <= ch <= "\u06ff" for ch in letters) / len(letters)


def _letter_share(text: str) -> float:
    """Share of letters, digits, spaces and punctuation that text is made of (not mojibake)."""
    sample = text[:20000]
    if not sample:
        return 0.0
    good = sum(ch.isalnum() or ch.isspace() or ch in ".,;:!?'\"()-«»“”،؛؟" for ch in sample)
    return good / len(sample)
