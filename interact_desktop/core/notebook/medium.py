"""What the disk holding a folder can do: is it read-only, how much space is left.

The notebook asks before opening (a write-protected USB stick opens read-only instead of failing)
and after a failure (SQLite reports a full disk as a plain input/output error when its
shared-memory file cannot grow, so the free space tells the two apart).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def is_read_only(folder: Path) -> bool:
    """Whether the file system holding ``folder`` (or its nearest existing parent) is read-only:
    the mount flag where the platform has one, else whether this account may write there."""
    place = nearest_existing(folder)
    if place is None:
        return False
    if hasattr(os, "statvfs"):
        try:
            return bool(os.statvfs(place).f_flag & os.ST_RDONLY)
        except OSError:
            return False
    return not os.access(place, os.W_OK)


def may_write(folder: Path) -> bool:
    """Whether this account may create files in ``folder`` (or its nearest existing parent)."""
    place = nearest_existing(folder)
    return place is not None and os.access(place, os.W_OK)


def free_bytes(folder: Path) -> int | None:
    """Space left for this account on the disk holding ``folder``; None when it cannot be told."""
    place = nearest_existing(folder)
    if place is None:
        return None
    try:
        return shutil.disk_usage(place).free
    except OSError:
        return None


def nearest_existing(folder: Path) -> Path | None:
    for place in (folder, *folder.parents):
        try:
            if place.exists():
                return place
        except OSError:
            continue
    return None
