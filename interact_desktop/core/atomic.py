"""Writing a small file so that a crash leaves either the old content or the new, never half."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomic(path: Path, text: str, durable: bool = True) -> None:
    write_atomic_bytes(path, text.encode("utf-8"), durable)


def write_atomic_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``.

    ``durable`` flushes the data to disk before the rename (for user data; a cache can skip it).
    The temporary name is built here rather than with ``tempfile``, which would cost start-up time.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    descriptor = os.open(temporary, flags, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
