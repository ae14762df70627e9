"""YAML rule packs (rules/packs/<name>/pack.yaml and the packs a newsroom names), as a plugin.

The hooks live in claimcheck.rulepacks.plugin and are re-exported here, so the plugin's module name
stays ``claimcheck.rulepacks`` in DEFAULT_PLUGINS. Importing this package imports no spaCy.
"""

from claimcheck.rulepacks.plugin import (
    claimcheck_check_article,
    claimcheck_configure,
    claimcheck_register_rules,
)

__all__ = ["claimcheck_check_article", "claimcheck_configure", "claimcheck_register_rules"]
