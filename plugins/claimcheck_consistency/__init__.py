"""Placeholder while this rule module is being built; it registers no hooks yet."""
