"""The notebook's tables, and the steps from each schema version to the next.

``PRAGMA user_version`` holds the version. Each step runs in one transaction, so a crash during an
upgrade leaves the previous version whole and the next unlock tries again.
"""

from __future__ import annotations

from interact_desktop.core.notebook.database import Connection

SCHEMA_VERSION = 3

#: Version 1 as first released; kept verbatim, because upgrades start from it.
SCHEMA_V1 = """
CREATE TABLE cases (
    id INTEGER PRIMARY KEY, reference TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open',
    languages TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL, updated TEXT NOT NULL
);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    body TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL
);
CREATE TABLE timeline (
    id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL
);
CREATE VIRTUAL TABLE search USING fts5(terms, kind UNINDEXED, ref UNINDEXED, case_id UNINDEXED);
"""

#: Version 2: the case record of the product (roles, dates, purpose, retention), filled
#: checklists, and the register of exports.
SCHEMA_V2 = """
ALTER TABLE cases ADD COLUMN roles TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN purpose TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN opened TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN last_seen TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN closed TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN retention TEXT NOT NULL DEFAULT '';
UPDATE cases SET opened = substr(created, 1, 10);
CREATE TABLE checklists (
    id TEXT PRIMARY KEY, case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    template TEXT NOT NULL, body TEXT NOT NULL, updated TEXT NOT NULL, finalised TEXT
);
CREATE INDEX checklists_case ON checklists(case_id);
CREATE TABLE exports (
    id INTEGER PRIMARY KEY, case_id INTEGER REFERENCES cases(id) ON DELETE CASCADE,
    at TEXT NOT NULL, what TEXT NOT NULL, recipient TEXT NOT NULL, preset TEXT NOT NULL DEFAULT ''
);
CREATE INDEX notes_case ON notes(case_id);
CREATE INDEX timeline_case ON timeline(case_id);
"""

#: Version 3: this installation's hand-over key pair (one row). The secret half lives only here,
#: inside the encrypted database.
SCHEMA_V3 = """
CREATE TABLE handover_key (
    id INTEGER PRIMARY KEY CHECK (id = 1), secret TEXT NOT NULL, public TEXT NOT NULL,
    created TEXT NOT NULL
);
"""

STEPS = {1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA_V3}


def migrate(connection: Connection) -> int:
    """Bring the database to ``SCHEMA_VERSION``; returns the version it had before."""
    before: int = connection.execute("PRAGMA user_version").fetchone()[0]
    for version in range(before + 1, SCHEMA_VERSION + 1):
        try:
            connection.executescript(
                f"BEGIN IMMEDIATE;{STEPS[version]}PRAGMA user_version = {version}; COMMIT;"
            )
        except Exception:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    return before
