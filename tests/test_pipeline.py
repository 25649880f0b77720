"""The orchestration: partial forms are not totalled, file errors are Chinese messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.model.policy import NATIONAL
from jixiao.pipeline import check_file

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_3e20b20a8ba254db.txt"


@pytest.mark.shared
def test_a_form_cut_off_before_its_total_is_scored_but_not_totalled(tmp_path: Path) -> None:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    cut = tmp_path / "cut.txt"
    cut.write_text("\n".join(lines[:60]) + "\n", encoding="utf-8")
    (report,) = check_file(cut, NATIONAL).reports
    assert "READ.truncated" in [f.code for f in report.findings]
    assert report.computed.execution.score is not None  # what is there is still scored
    assert any(r.scored for r in report.computed.indicators)
    assert report.computed.total.score is None
    assert report.computed.grade.grade is None
    assert "表不完整" in report.computed.total.explanation


@pytest.mark.shared
def test_the_whole_seed_is_totalled_and_graded() -> None:
    (report,) = check_file(SEED, NATIONAL).reports
    assert str(report.computed.total.score) == "94.50"
    assert report.computed.grade.grade == "优"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.txt", "文件不存在"),
        (lambda p: p, "这是一个文件夹，不是文件"),
    ],
    ids=["missing", "directory"],
)
def test_file_system_errors_are_chinese(tmp_path: Path, make, message: str) -> None:
    result = check_file(make(tmp_path), NATIONAL)
    assert result.reports == ()
    assert result.error == message
