"""The notebook as the core tests open it."""

PASSPHRASE = "correct horse battery staple"
