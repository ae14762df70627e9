"""Language from the script: Arabic letters against Latin letters."""

from __future__ import annotations


def detect_lang(text: str, default: str = "en") -> str:
    """"ar" when Arabic letters outnumber Latin ones, else "en" (the languages we have packs)."""
    arabic = latin = 0
    for ch in text[:20000]:
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff":
            arabic += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    if arabic == latin == 0:
        return default
    return "ar" if arabic >= latin else "en"
