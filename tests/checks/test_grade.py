"""Grade: the printed grade against the band of the printed total (R23, P8)."""

import pytest

from jixiao.checks import grade

from .kit import form, run

MISMATCH = [("GRADE.band-mismatch", "grade")]


@pytest.mark.parametrize(
    ("total", "printed", "expected"),
    [
        ("100", "优", []),
        ("90", "优", []),
        ("89.5", "良", []),  # half-open bands: 89.5 is 良 (P8)
        ("89.5", "优", MISMATCH),
        ("80", "良", []),
        ("79.99", "良", MISMATCH),
        ("60", "中", []),
        ("59.99", "差", []),
        ("59.99", "中", MISMATCH),
        ("95", "优秀", []),
        ("95", "等级：良", MISMATCH),
        ("95", "——", []),
    ],
)
def test_grade_band(total: str, printed: str, expected: list) -> None:
    assert run(grade.check, form(total=total, grade=printed)) == expected


def test_no_grade_printed() -> None:
    assert run(grade.check, form()) == []
