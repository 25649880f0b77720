"""Small inline forms for the check tests (our own data, never corpus text) and flat results."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal

from jixiao.model.finding import Finding
from jixiao.model.form import Form, Funds, FundsRow, Goals, Indicator, Total
from jixiao.model.policy import NATIONAL, Policy
from jixiao.scoring import evaluate
from jixiao.scoring.context import Evaluation

Flat = list[tuple[str, str]]


def D(text: str | int) -> Decimal:
    return Decimal(str(text))


def ind(
    name: str,
    target: str | None,
    actual: str | None,
    weight: str | None,
    score: str | None,
    deviation: str | None = None,
    level1: str = "产出指标",
    level2: str = "数量指标",
    **more: object,
) -> Indicator:
    return Indicator(
        level1=level1,
        level2=level2,
        name=name,
        target=target,
        actual=actual,
        weight=D(weight) if weight is not None else None,
        score=D(score) if score is not None else None,
        deviation=deviation,
        **more,
    )


# A form that is right in every respect: 10 + 30 + 20 + 30 + 10 = 100, every row met its target.
CLEAN_ROWS = (
    ind("培训人次", "≥100人次", "110人次", "30", "30"),
    ind("完成时间", "6月底前", "6月20日完成", "20", "20", level2="时效指标"),
    ind("就业率", "≥80%", "85%", "30", "30", level1="效益指标", level2="社会效益指标"),
    ind("学员满意度", "≥90%", "95%", "10", "10", level1="满意度指标", level2="服务对象满意度指标"),
)


def funds(
    adjusted: str = "200",
    executed: str = "200",
    rate: str | None = "100.00",
    score: str | None = "10",
    initial: str | None = None,
    **more: object,
) -> Funds:
    total = FundsRow(
        label="年度资金总额",
        initial=D(initial or adjusted),
        adjusted=D(adjusted),
        executed=D(executed),
        weight=D(10),
        rate=D(rate) if rate is not None else None,
        score=D(score) if score is not None else None,
        **more,
    )
    return Funds(total=total)


def form(
    *rows: Indicator,
    total: str | None = "100",
    total_weight: str | None = "100",
    funds_block: Funds | None = None,
    grade: str | None = None,
    goals: Goals | None = None,
    **more: object,
) -> Form:
    return Form(
        year=2021,
        funds=funds_block or funds(),
        indicators=rows or CLEAN_ROWS,
        total=Total(
            weight=D(total_weight) if total_weight is not None else None,
            score=D(total) if total is not None else None,
        ),
        grade=grade,
        goals=goals or Goals(),
        **more,
    )


def replace_row(rows: Iterable[Indicator], index: int, **changes: object) -> tuple[Indicator, ...]:
    out = list(rows)
    # Validate again so that "21" becomes Decimal("21"), as a reader would have produced it.
    out[index] = Indicator.model_validate({**out[index].model_dump(), **changes})
    return tuple(out)


def evaluation(f: Form, policy: Policy = NATIONAL) -> Evaluation:
    return evaluate(f, policy)


def flat(findings: Iterable[Finding]) -> Flat:
    return [(f.code, f.path) for f in findings]


def run(
    check: Callable[[Evaluation], Iterable[Finding]], f: Form, policy: Policy = NATIONAL
) -> Flat:
    return flat(check(evaluation(f, policy)))


def messages(
    check: Callable[[Evaluation], Iterable[Finding]], f: Form, policy: Policy = NATIONAL
) -> list[str]:
    return [x.message for x in check(evaluation(f, policy))]
