"""``DATABASE_URL`` → Django's DATABASES entry; SQLite in WAL mode when no URL is given."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse


def database(data_dir: Path) -> dict[str, Any]:
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        return sqlite(data_dir / "jixiao.sqlite3")
    parsed = urlparse(url)
    if parsed.scheme in ("postgres", "postgresql"):
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parsed.path.lstrip("/")) or "postgres",
            "USER": unquote(parsed.username or ""),
            "PASSWORD": unquote(parsed.password or ""),
            "HOST": parsed.hostname or "",
            "PORT": str(parsed.port or ""),
            "CONN_MAX_AGE": 60,
            "TEST": {"NAME": os.environ.get("JIXIAO_TEST_DB") or f"test_jixiao_{os.getpid()}"},
        }
    if parsed.scheme == "sqlite":
        return sqlite(Path(unquote(parsed.path)))
    raise ValueError(f"DATABASE_URL 只支持 postgresql:// 或 sqlite://，而不是 {parsed.scheme}://")


def sqlite(path: Path) -> dict[str, Any]:
    # IMMEDIATE takes the write lock at BEGIN, so a read-check-write (optimistic locking) cannot
    # interleave with another writer; WAL lets readers go on while one request writes.
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "OPTIONS": {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000;"
            ),
        },
        # Tests use a file too (not :memory:), so threads and WAL behave as in production.
        "TEST": {"NAME": str(path.with_name(f"test-{path.name}"))},
    }
