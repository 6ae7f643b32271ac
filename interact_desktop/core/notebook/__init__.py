"""The encrypted case notebook: one SQLCipher database, a key derived with Argon2id."""
