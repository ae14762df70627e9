"""How matching scales with the size of a fact-check archive (prints, never asserts).

    python plugins/known-claims/benchmarks/scale.py [--records 20000] [--claims 30]

Builds an index of the sample ClaimReviews plus N synthetic Arabic fact-checks drawn from a small
vocabulary of news words (so many of them share words with the claims: a hard case for the
word-overlap prefilter), then matches news claims against it.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claimcheck_known_claims.claimreview import Review, load_reviews
from claimcheck_known_claims.matching import Index
from claimcheck_known_claims.plugin import SAMPLE

WORDS = ["وزارة", "الجيش", "المدينة", "الحكومة", "الرئيس", "الانتخابات", "الأسعار", "النفط",
         "اللاجئين", "الأمم", "المتحدة", "المستشفى", "القصف"]
CLAIMS = ["المعارضة السورية هي المسؤولة عن استخدام غاز الأعصاب",
          "وزارة الصحة قالت إن القصف استهدف المستشفى في المدينة",
          "الحكومة رفعت أسعار النفط"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20000)
    parser.add_argument("--claims", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(1)
    reviews = [Review(claim=" ".join(rng.sample(WORDS, 6)) + f" رقم{n}", rating="زائف",
                      url=None, author=None, date=None, lang="ar") for n in range(args.records)]
    reviews += load_reviews(SAMPLE)
    started = time.perf_counter()
    index = Index(reviews)
    built = time.perf_counter() - started
    claims = [CLAIMS[n % len(CLAIMS)] for n in range(args.claims)]
    started = time.perf_counter()
    matched = sum(bool(index.match(claim, "ar")) for claim in claims)
    took = time.perf_counter() - started
    print(f"{len(reviews)} fact-checks: index built in {built:.2f} s; {len(claims)} claims "
          f"matched in {took * 1000:.0f} ms ({took * 1000 / len(claims):.1f} ms a claim), "
          f"{matched} with a match")


if __name__ == "__main__":
    main()
