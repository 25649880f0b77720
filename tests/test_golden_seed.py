"""Golden snapshot: the whole ``jixiao check --json`` result for the real seed form."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.model.jsonio import dumps
from jixiao.model.policy import NATIONAL
from jixiao.pipeline import check_file

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_3e20b20a8ba254db.txt"
pytestmark = pytest.mark.shared
GOLDEN = ROOT / "tests" / "snapshots" / "seed-check.json"


def _current() -> str:
    result = check_file(SEED, NATIONAL)
    assert result.error is None
    (report,) = result.reports
    # The file path depends on where the repository lives; the golden keeps only the form's output.
    body = {"form": report.form, "computed": report.computed, "findings": list(report.findings)}
    return dumps(body) + "\n"


def test_seed_check_output_matches_the_golden_file(update_goldens: bool) -> None:
    current = _current()
    if update_goldens or not GOLDEN.exists():
        GOLDEN.write_text(current, encoding="utf-8")
    assert current == GOLDEN.read_text(encoding="utf-8"), (
        "seed output changed; review and rerun with --update-goldens"
    )
