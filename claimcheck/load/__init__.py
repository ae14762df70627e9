"""load: input files (or stdin) become Articles.

The built-in formats are a plugin (claimcheck.load.builtin); ``read_articles`` is what the engine
calls: it reads the bytes, hands them to the ``claimcheck_load`` hook, and fills in what the loaders
left open (language from the script, publication date from the command line).
"""
