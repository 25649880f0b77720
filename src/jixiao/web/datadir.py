"""Where the app keeps its database, uploads and secret key: outside any web root."""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def data_dir() -> Path:
    """``JIXIAO_DATA_DIR``, else ``$XDG_DATA_HOME/jixiao`` (``~/.local/share/jixiao``)."""
    explicit = os.environ.get("JIXIAO_DATA_DIR")
    if explicit:
        path = Path(explicit)
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        path = Path(base) / "jixiao"
    path.mkdir(parents=True, exist_ok=True)
    return path


def secret_key(directory: Path) -> str:
    """``JIXIAO_SECRET_KEY``, else a key made once and kept (mode 600) in the data directory."""
    explicit = os.environ.get("JIXIAO_SECRET_KEY")
    if explicit:
        return explicit
    path = directory / "secret_key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(secrets.token_urlsafe(50))
    return path.read_text().strip()
