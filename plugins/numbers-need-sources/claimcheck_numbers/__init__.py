"""Numbers need sources: flag figures (tolls, counts, percentages) that no named source gives.

A claimcheck plugin built on the analyze, check_article and summarize_article hooks: it finds the
figures when the article is analysed, flags those in the outlet's own voice
(``numbers.unsourced``) or given only by an anonymous source (``numbers.anonymous-source``), and
adds a count of sourced and unsourced figures to the article summary.
"""

from claimcheck_numbers.plugin import (
    claimcheck_analyze,
    claimcheck_check_article,
    claimcheck_configure,
    claimcheck_register_rules,
    claimcheck_summarize_article,
)

__version__ = "0.1.0"
__all__ = ["claimcheck_analyze", "claimcheck_check_article", "claimcheck_configure",
           "claimcheck_register_rules", "claimcheck_summarize_article"]
