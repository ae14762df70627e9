"""score: how per-dimension scores combine into a claim's and an article's overall score."""
