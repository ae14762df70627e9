"""Known claims: flag claims that past fact-checks (schema.org ClaimReview) already rated.

A claimcheck plugin. Point it at a JSON-LD file of your newsroom's fact-checks::

    # claimcheck.toml
    [settings.known-claims]
    path = "factchecks.jsonld"

and every claim that repeats a fact-checked one gets the verdict and the link attached
(``claim.meta["known_claims"]``) and a finding: ``known-claims.debunked`` (warning) when the
verdict is false or misleading, ``known-claims.match`` (info) otherwise.
"""

from claimcheck_known_claims.plugin import (
    claimcheck_check_claim,
    claimcheck_claims_extracted,
    claimcheck_configure,
    claimcheck_register_rules,
)

__version__ = "0.1.0"
__all__ = ["claimcheck_check_claim", "claimcheck_claims_extracted", "claimcheck_configure",
           "claimcheck_register_rules"]
