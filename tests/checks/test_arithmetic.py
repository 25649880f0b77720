"""E2: the printed total against the printed scores (R20, P12), at printed precision (P9)."""

import pytest

from jixiao.checks import arithmetic

from .kit import CLEAN_ROWS, form, replace_row, run


@pytest.mark.parametrize(
    ("row0_score", "total", "expected"),
    [
        ("30", "100", []),
        ("30", "100.00", []),
        ("29.96", "99.96", []),
        ("29.96", "100", []),  # printed with no decimals: 99.96 shows as 100 (P9)
        ("29.96", "99.9", [("E2.total-not-sum", "total.score")]),
        ("30", "99", [("E2.total-not-sum", "total.score")]),
        ("25", "100", [("E2.total-not-sum", "total.score")]),
    ],
)
def test_total_against_printed_scores(row0_score: str, total: str, expected: list) -> None:
    f = form(*replace_row(CLEAN_ROWS, 0, score=row0_score), total=total)
    assert run(arithmetic.check, f) == expected


def test_excluded_and_dashed_rows_add_nothing() -> None:
    rows = replace_row(CLEAN_ROWS, 0, weight=None, score=None)
    assert run(arithmetic.check, form(*rows, total="70")) == []


def test_no_printed_total_no_finding() -> None:
    assert run(arithmetic.check, form(total=None)) == []
