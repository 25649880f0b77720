"""Every file under the given paths, in a stable order, with its size and content hash."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

_CHUNK = 1 << 20


def discover(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """Files named directly, and every regular file below each folder (sorted, links not
    followed), each with its region: the first folder below the given one (downloads are filed
    by region or department: 海淀区/…, 教育局/…), else the folder the file lies in.

    A path that does not exist is yielded as it is, so that the batch records it as unreadable
    instead of silently leaving it out.
    """
    for path in paths:
        if path.is_dir():
            for found in _walk(path):
                parts = found.relative_to(path).parts
                yield found, parts[0] if len(parts) > 1 else path.resolve().name
        else:
            yield path, path.resolve().parent.name


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            path = Path(folder, name)
            if path.is_file():  # skips dangling links, sockets and fifos
                yield path


def content_hash(path: Path) -> str:
    """SHA-256 of the file's bytes, read in chunks (a 100 MB PDF never sits in memory)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
