"""E3: weight sums, printed first-level weights and the expected split (R4, R5, P6)."""

from decimal import Decimal

from jixiao.checks import weights
from jixiao.model.policy import PROFILES

from .kit import CLEAN_ROWS, evaluation, form, funds, ind, replace_row, run


def test_clean_form_has_none() -> None:
    assert run(weights.check, form()) == []


def test_rows_short_of_the_total() -> None:
    f = form(*replace_row(CLEAN_ROWS, 0, weight=25, score=25), total="95")
    assert run(weights.check, f) == [
        ("E3.weights-not-total", "total.weight"),
        ("E3.level1-split", "level1_weights.产出指标"),
    ]


def test_printed_level1_weight_differs_from_its_rows() -> None:
    f = form(level1_weights={"产出指标": Decimal(60), "效益指标": Decimal(30)})
    assert run(weights.check, f) == [("E3.children-not-parent", "level1_weights.产出指标")]


def test_split_other_than_expected_is_a_warning_only() -> None:
    rows = (
        ind("培训人次", "≥100人次", "110人次", "60", "60"),
        ind("就业率", "≥80%", "85%", "20", "20", level1="效益指标", level2="社会效益指标"),
        ind("满意度", "≥90%", "95%", "10", "10", level1="满意度指标", level2="服务对象满意度指标"),
    )
    findings = weights.check(evaluation(form(*rows)))
    assert [(f.code, f.severity.value) for f in findings] == [
        ("E3.level1-split", "warning"),
        ("E3.level1-split", "warning"),
    ]
    # sichuan-2023 sets no expected split: only the sums are checked (P6).
    assert run(weights.check, form(*rows), PROFILES["sichuan-2023"]) == []


def test_truncated_form_is_not_summed() -> None:
    rows = CLEAN_ROWS[:2]
    assert run(weights.check, form(*rows, total=None, total_weight=None)) == []


def test_template_without_weight_column_is_not_summed() -> None:
    rows = tuple(r.model_copy(update={"weight": None, "score": None}) for r in CLEAN_ROWS)
    assert run(weights.check, form(*rows)) == []


def test_execution_weight_other_than_the_profile() -> None:
    rows = replace_row(CLEAN_ROWS, 0, weight=35, score=35)
    block = funds(score="5").model_copy(
        update={
            "total": funds().total.model_copy(update={"weight": Decimal(5), "score": Decimal(5)})
        }
    )
    assert run(weights.check, form(*rows, funds_block=block)) == [
        ("E3.level1-split", "level1_weights.产出指标"),
        ("E3.level1-split", "funds.total.weight"),
    ]
