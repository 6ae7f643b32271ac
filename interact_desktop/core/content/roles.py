"""The roles the guidance names where a reader must call someone (``content/roles.toml``).

The text links a role as ``[text](role:ID)``; the contacts directory files the user's entries under
these ids, and the first-hour sheet names each role in the reader's language. A damaged file gives
problems with their lines, like every other content file, and the roles that could be read.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from interact_desktop.core.content.model import Localized, localized
from interact_desktop.core.content.problems import Problem

ROLES_FILE = "roles.toml"


class Role(NamedTuple):
    id: str
    name: Localized

    def title(self, lang: str) -> str:
        return localized(self.name, lang) or self.id


def parse_roles(path: Path, problems: list[Problem]) -> dict[str, Role]:
    """Every ``[[role]]`` with an id and a name in each language, in the file's order."""
    from interact_desktop.core.content.tools import TomlReader

    reader = TomlReader(path, problems)
    if reader.data is None:
        return {}
    reader.check_keys(reader.data, (), {"role"})
    roles: dict[str, Role] = {}
    for index, entry in enumerate(reader.array(reader.data, (), "role")):
        where = ("role", index)
        reader.check_keys(entry, where, {"id", "name"})
        role_id = reader.ident(entry, where)
        name = reader.labels(entry, where, "name")
        if role_id is None:
            continue
        if role_id in roles:
            reader.report(where, "id", f"duplicate role id '{role_id}'")
            continue
        roles[role_id] = Role(role_id, name)
    return roles


def load_roles(content_root: Path) -> tuple[dict[str, Role], list[Problem]]:
    """The roles of the content under ``content_root``, and what is wrong with the file."""
    problems: list[Problem] = []
    path = content_root / ROLES_FILE
    if not path.exists():
        return {}, [Problem(path, 1, "the roles file is missing")]
    return parse_roles(path, problems), problems
