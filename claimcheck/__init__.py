"""claimcheck: a rule-based fact- and claim-checker for news articles, Arabic first and English too.

Importing this package is cheap on purpose: spaCy, CAMeL Tools and dateparser are imported lazily by
the stages that need them, so `claimcheck --help` and `claimcheck rules list` stay fast.
"""

__version__ = "0.1.0"

from claimcheck.hookspecs import hookimpl

__all__ = ["__version__", "hookimpl"]
