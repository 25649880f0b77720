"""A folder that holds what an auditor's folder holds: forms in several formats, a copy of one,
a damaged file, a picture, a text that is no form."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import django
import pytest

from jixiao.batch.outcome import FileOutcome

# The batch writes into the web app's schema: Django configured as in tests/web (SQLite, or
# PostgreSQL when DATABASE_URL says so: scripts/test runs these tests on both).
os.environ.setdefault("JIXIAO_DATA_DIR", tempfile.mkdtemp(prefix="jixiao-batch-test-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jixiao.web.settings")
django.setup()

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "data" / "fixtures"


class MemorySink:
    """Keeps outcomes in a list; stands in for the database where only the runner is tested."""

    def __init__(self, known: dict[str, str] | None = None) -> None:
        self.known = known or {}
        self.outcomes: list[FileOutcome] = []

    def known_files(self) -> dict[str, str]:
        return self.known

    def record(self, outcome: FileOutcome) -> None:
        self.outcomes.append(outcome)

    def by_name(self) -> dict[str, FileOutcome]:
        return {Path(o.path).name: o for o in self.outcomes}


@pytest.fixture
def audit_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "published"
    (folder / "2021").mkdir(parents=True)
    (folder / "2023").mkdir()
    shutil.copy(ROOT / "examples" / "seed-2021-zgc.json", folder / "2021" / "seed.json")
    shutil.copy(ROOT / "examples" / "seed-2021-zgc.json", folder / "2023" / "seed-copy.json")
    shutil.copy(ROOT / "examples" / "clean-2023.json", folder / "2023" / "clean.json")
    shutil.copy(FIXTURES / "clean.xlsx", folder / "2023" / "clean.xlsx")
    shutil.copy(FIXTURES / "bad" / "truncated.xlsx", folder / "2023" / "damaged.xlsx")
    (folder / "2023" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "2023" / "readme.txt").write_text(
        "会议纪要：下周二上午九点在三楼会议室开会。", encoding="utf-8"
    )
    return folder
