"""check: the engine-side support for rules (running them lives in the engine, rules in plugins)."""
