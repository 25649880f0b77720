"""Row building: each cell parsed once, parse errors kept on the row, cost rows read as ceilings."""

from decimal import Decimal

from jixiao.model.form import Indicator
from jixiao.scoring.rows import build_row
from jixiao.values.types import ActualKind, TargetKind


def test_cost_row_target_is_a_ceiling() -> None:
    ind = Indicator(
        level1="成本指标", level2="经济成本指标", target="设备采购80万元", actual="76万元"
    )
    row = build_row(3, ind, 2021)
    assert (row.level1, row.category) == ("产出指标", "成本")
    assert row.target.kind is TargetKind.REVERSE and row.target.value == Decimal(80)
    assert row.actual.kind is ActualKind.NUMBER
    assert row.path == "indicators[3]"


def test_same_amount_outside_cost_is_positive() -> None:
    ind = Indicator(level1="产出指标", level2="数量指标", target="培训80人次", actual="85人次")
    assert build_row(0, ind, 2021).target.kind is TargetKind.POSITIVE


def test_parse_error_is_kept_not_raised() -> None:
    ind = Indicator(level2="数量指标", target="≥", actual="3")
    row = build_row(0, ind, 2021)
    assert row.target.kind is TargetKind.NONE
    assert row.target_error is not None and "≥" in row.target_error
    assert row.actual_error is None


def test_deadline_uses_the_form_year() -> None:
    ind = Indicator(level2="时效指标", target="6月底前", actual="项目于5月20日完成")
    row = build_row(0, ind, 2022)
    assert row.target.deadline is not None and row.target.deadline.year == 2022
    assert row.actual.date is not None and row.actual.date.year == 2022
