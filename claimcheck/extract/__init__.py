"""extract: claim extractors turn an Analysis into Claims (one module per language or pattern)."""
