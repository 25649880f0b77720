"""E4: the printed execution rate and score against 全年执行数 / 全年预算数 (R7, R8, P2, P9)."""

import pytest

from jixiao.checks import execution_rate

from .kit import form, funds, messages, run


@pytest.mark.parametrize(
    ("adjusted", "executed", "rate", "score", "expected"),
    [
        ("200", "200", "100.00", "10", []),
        ("2768", "1467.62", "53.02", "5.30", []),  # the seed's numbers (P2 example)
        ("2768", "1467.62", "53.0", "5.3", []),  # fewer printed decimals still agree (P9)
        ("2768", "1467.62", "53.03", "5.30", [("E4.rate-mismatch", "funds.total.rate")]),
        ("2768", "1467.62", "53.02", "5.31", [("E4.score-mismatch", "funds.total.score")]),
        ("100", "120", "120.00", "10", []),  # the rate is reported raw, the score capped (R7)
        ("100", "120", "120.00", "12", [("E4.score-mismatch", "funds.total.score")]),
    ],
)
def test_rate_and_score(
    adjusted: str, executed: str, rate: str, score: str, expected: list
) -> None:
    f = form(funds_block=funds(adjusted=adjusted, executed=executed, rate=rate, score=score))
    assert run(execution_rate.check, f) == expected


def test_wrong_denominator_is_named() -> None:
    # 100 / 125 = 80% against the adjusted budget; the form divided by the 年初 budget 160.
    block = funds(initial="160", adjusted="125", executed="100", rate="62.50", score="6.25")
    f = form(funds_block=block)
    assert run(execution_rate.check, f) == [
        ("E4.rate-mismatch", "funds.total.rate"),
        ("E4.score-mismatch", "funds.total.score"),
    ]
    assert "误用年初预算数 160 作分母" in messages(execution_rate.check, f)[0]


def test_score_without_printed_weight_is_not_judged() -> None:
    block = funds(adjusted="650", executed="94", rate="14.46", score="2.9")
    block = block.model_copy(update={"total": block.total.model_copy(update={"weight": None})})
    assert run(execution_rate.check, form(funds_block=block)) == []
