"""The declarative data claimcheck ships: lexicons, gazetteers and YAML rule packs."""
