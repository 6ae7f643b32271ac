"""The user's own contacts for the roles the guidance names (police, guardian, 116 000, ...).

Kept in one plain file outside the encrypted notebook on purpose: these are professionals' work
numbers, and they must open at 2 a.m. without a passphrase. No case data belongs here.
"""
