"""E3: weights that do not add up — to the 总分's 分值, to a printed first-level weight, or to the
profile's expected first-level split (R4, R5, P6)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jixiao.checks._common import make, num
from jixiao.model.finding import Finding, Severity
from jixiao.scoring.categories import level1_of
from jixiao.scoring.context import Evaluation

_EXECUTION_KEYWORDS = ("执行", "预算")


def check(ev: Evaluation) -> Iterator[Finding]:
    form = ev.form
    # A form that stops before 总分 is truncated, not wrong: its weights cannot be summed.
    if form.total.weight is None and form.total.score is None:
        return
    # A template without a 分值 column (weights to be inferred) has nothing to add up.
    if not any(i.weight is not None for i in form.indicators):
        return
    yield from _grand_sum(ev)
    groups = _level1_sums(ev)
    if groups is None:
        return
    yield from _printed_level1(ev, groups)
    yield from _expected_split(ev, groups)


def _level1_sums(ev: Evaluation) -> dict[str, Decimal] | None:
    """Σ row weights per first-level category; None when a weighted row has no known category."""
    sums: dict[str, Decimal] = {}
    for row in ev.rows:
        name = row.level1 or level1_of(row.indicator.level1)
        weight = row.indicator.weight
        if name is None and weight is not None:
            return None
        if name is not None:
            sums[name] = sums.get(name, Decimal(0)) + (weight or Decimal(0))
    return sums


def _grand_sum(ev: Evaluation) -> Iterator[Finding]:
    # R5: Σ third-level weights + execution weight = the 总分's 分值 (100).
    form = ev.form
    execution = form.funds.total.weight
    if form.total.weight is None or execution is None:
        return
    rows = sum((i.weight for i in form.indicators if i.weight is not None), Decimal(0))
    if rows + execution != form.total.weight:
        yield make(
            "E3.weights-not-total",
            Severity.ERROR,
            "total.weight",
            f"各三级指标分值之和 {num(rows)} 加预算执行率分值 {num(execution)} 为 "
            f"{num(rows + execution)}，不等于总分的分值 {num(form.total.weight)}（R5/E3）",
            "E3",
        )


def _printed_level1(ev: Evaluation, groups: dict[str, Decimal]) -> Iterator[Finding]:
    # R5 / Part M: a weight printed in a first-level label ("产出指标(50分)") equals its rows' sum.
    for label, printed in ev.form.level1_weights.items():
        name = level1_of(label)
        if name is None:
            if any(k in label for k in _EXECUTION_KEYWORDS):
                actual = ev.form.funds.total.weight
            else:
                continue
        else:
            actual = groups.get(name)
        if actual is None or actual == printed:
            continue
        yield make(
            "E3.children-not-parent",
            Severity.ERROR,
            f"level1_weights.{label}",
            f"“{label}”标注 {num(printed)} 分，但其下各指标分值之和为 {num(actual)}（R5/E3）",
            "E3",
        )


def _expected_split(ev: Evaluation, groups: dict[str, Decimal]) -> Iterator[Finding]:
    # P6: a split other than the profile's (50/30/10 + 10) is a warning; never reassigned.
    expected = ev.policy.level1_weights
    if expected is None:
        return
    for name, weight in expected.items():
        actual = groups.get(name, Decimal(0))
        if actual != weight:
            yield make(
                "E3.level1-split",
                Severity.WARNING,
                f"level1_weights.{name}",
                f"{name}分值合计 {num(actual)}，与规定的 {num(weight)} 分不同，"
                "请说明理由（R4/P6/E3）",
                "E3",
            )
    execution = ev.form.funds.total.weight
    if execution is not None and execution != ev.policy.execution_weight:
        yield make(
            "E3.level1-split",
            Severity.WARNING,
            "funds.total.weight",
            f"预算执行率分值 {num(execution)}，与规定的 {num(ev.policy.execution_weight)} 分不同"
            "（R4/P6/E3）",
            "E3",
        )
