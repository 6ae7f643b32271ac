"""This installation's hand-over key pair, kept inside the encrypted notebook: the secret half
is never written anywhere else (see core/notebook/handover.py for the public half's file)."""

from __future__ import annotations

from interact_desktop.core.notebook.database import Database, now


class HandoverKey:
    """The one-row handover_key table."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self) -> tuple[str, str] | None:
        """(secret, public), or None before the first hand-over."""
        row = self._db.execute("SELECT secret, public FROM handover_key WHERE id = 1").fetchone()
        return (row[0], row[1]) if row else None

    def put(self, secret: str, public: str) -> None:
        """Keep a new key pair; an installation has one, so a second is refused."""
        with self._db.transaction():
            self._db.execute(
                "INSERT INTO handover_key (id, secret, public, created) VALUES (1, ?, ?, ?)",
                (secret, public, now()),
            )
