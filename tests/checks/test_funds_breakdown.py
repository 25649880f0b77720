"""E11: the breakdown rows against 年度资金总额, column by column, at printed precision (R2, P9)."""

from decimal import Decimal

import pytest

from jixiao.checks import funds_breakdown
from jixiao.model.form import FundsRow

from .kit import form, funds, run


def _block(appropriation: str, carryover: str | None):
    base = funds(adjusted="200", executed="150", rate="75.00", score="7.5")
    parts = {
        "appropriation": FundsRow(
            label="其中:当年财政拨款",
            initial=Decimal(appropriation),
            adjusted=Decimal(appropriation),
            executed=Decimal("150"),
        ),
        "carryover": FundsRow(
            label="上年结转资金",
            adjusted=Decimal(carryover) if carryover else None,
        ),
    }
    return base.model_copy(update=parts)


@pytest.mark.parametrize(
    ("appropriation", "carryover", "expected"),
    [
        ("200", None, []),
        ("150", "50", [("E11.breakdown-not-total", "funds.total.initial")]),
        ("180", "20", [("E11.breakdown-not-total", "funds.total.initial")]),
        ("199.6", None, []),  # the total is printed with no decimals: 199.6 shows as 200 (P9)
        (
            "190",
            None,
            [
                ("E11.breakdown-not-total", "funds.total.initial"),
                ("E11.breakdown-not-total", "funds.total.adjusted"),
            ],
        ),
    ],
)
def test_breakdown_against_total(appropriation: str, carryover: str | None, expected: list) -> None:
    assert (
        run(funds_breakdown.check, form(funds_block=_block(appropriation, carryover))) == expected
    )


def test_only_a_total_row_is_fine() -> None:
    assert run(funds_breakdown.check, form()) == []
