"""Placeholder while this plugin is being built; it registers no hooks yet."""
