"""Errors the user can act on: each is one line on stderr and exit code 2, never a traceback."""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base class: the message is one line, fit to print after "claimcheck: error: "."""


class UsageError(ClaimcheckError):
    """Bad command-line usage: unknown option value, unknown format, bad --published..."""


class InputError(ClaimcheckError):
    """Input that cannot be read: missing, empty, binary, undecodable or malformed."""


class ConfigError(ClaimcheckError):
    """A configuration file, plugin path or rule pack that is broken."""
