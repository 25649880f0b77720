"""P5 exclusions: 不适用 markers and rows without a weight are not scored."""

import pytest

from jixiao.model.policy import NATIONAL
from jixiao.scoring.applicability import score_not_applicable, score_unweighted
from jixiao.values.types import TargetKind

from .rowkit import D, make_row, number, target, text

POS = target(TargetKind.POSITIVE, raw="≥4家", op=">=", value=D(4), unit="家")


@pytest.mark.parametrize(
    ("actual", "applicable", "excluded"),
    [
        (text("不适用"), True, True),
        (text("本年度不适用"), True, True),
        (number("3", "家"), False, True),  # explicit JSON flag
        (number("3", "家"), True, False),
    ],
)
def test_not_applicable(actual, applicable: bool, excluded: bool) -> None:
    row = make_row(POS, actual, "10", "8", applicable=applicable)
    result = score_not_applicable(row, NATIONAL)
    assert (result is not None) is excluded
    if result is not None:
        assert not result.scored and result.score is None
        assert "P5" in result.explanation


def test_row_without_weight_is_not_scored() -> None:
    # The seed's '4-6家 | 无 | - | -' rows: the dash weight means no scoring (E13 warns later).
    row = make_row(POS, text("无"), None, None)
    result = score_unweighted(row, NATIONAL)
    assert result is not None
    assert not result.scored and result.method == "unweighted"


def test_row_with_weight_but_no_score_is_not_excluded() -> None:
    row = make_row(POS, number("3", "家"), "10", None)
    assert score_unweighted(row, NATIONAL) is None
    assert score_not_applicable(row, NATIONAL) is None
