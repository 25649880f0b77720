"""Excel number formats to shown text."""

from __future__ import annotations

import pytest

from jixiao.readers.numfmt import BUILTIN_FORMATS, format_number, general_text


@pytest.mark.parametrize(
    ("value", "code", "shown"),
    [
        (0.5302, "0.00%", "53.02%"),
        (1, "0%", "100%"),
        (0.98765, "0.0%", "98.8%"),
        (4100, "#,##0.00", "4,100.00"),
        (1234567.891, "#,##0", "1,234,568"),
        (1467.62, "0.000000", "1467.620000"),
        (5.3, "0.00", "5.30"),
        (0.005, "0.00", "0.01"),  # half up, not banker's
        (0.125, "0.00", "0.13"),
        (2768, '0.00"万元"', "2768.00万元"),
        (-3.5, "#,##0.00;(#,##0.00)", "(3.50)"),
        (-3.5, "0.00", "-3.50"),
        (12.5, "[Red]0.0_);\\(0.0\\)", "12.5"),
        (1467.62, "General", "1467.62"),
        (4100.0, "@", "4100"),
        (45000.0, "yyyy-mm-dd", "45000"),
        (4100, BUILTIN_FORMATS[43], "4,100.00"),
        (-3.5, BUILTIN_FORMATS[43], "-3.50"),
        (0, BUILTIN_FORMATS[43], "-"),
        (0, "0.00;-0.00;0.00", "0.00"),
        (0, "0.00", "0.00"),
    ],
)
def test_format_number(value: float, code: str, shown: str) -> None:
    assert format_number(value, code) == shown


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (4100.0, "4100"),
        (1467.62, "1467.62"),
        (0.1 + 0.2, "0.3"),
        (10, "10"),
        (-0.5, "-0.5"),
        (1e20, "100000000000000000000"),
    ],
)
def test_general_text(value: float, shown: str) -> None:
    assert general_text(value) == shown
