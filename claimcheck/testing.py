"""pytest helpers for plugin authors (fixtures arrive with the plugin kit)."""
