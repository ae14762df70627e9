"""report: formatters render a RunReport for people (text, markdown) and tools (json, sarif...)."""
