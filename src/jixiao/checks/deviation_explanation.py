"""E5 (rows): a row that owes a 偏差原因 — scored below its weight, or left out of scoring although
it had a target and was not done — with none, or with boilerplate such as 已完成 (R22)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.checks._common import (
    clip,
    cut_off,
    has_target,
    is_blank,
    is_excluded,
    make,
    num,
    quoted,
)
from jixiao.model.finding import Finding, Severity
from jixiao.model.form import Indicator
from jixiao.scoring.context import Evaluation

# R22 content check: words that state completion rather than explain a shortfall.
BOILERPLATE = frozenset(
    {"已完成", "完成", "已达成", "达成", "已全部完成", "全部完成", "正常", "按计划完成"}
)
_NOISE = re.compile(r"[\s\W_]+")


def check(ev: Evaluation) -> Iterator[Finding]:
    for i, ind in enumerate(ev.form.indicators):
        owed = _why_owed(ind)
        if owed is None or cut_off(ev.form, i):
            continue
        path = f"indicators[{i}].deviation"
        if is_blank(ind.deviation):
            yield make(
                "E5.no-explanation",
                Severity.WARNING,
                path,
                f"{quoted(ind, i)}{owed}，但偏差原因分析及改进措施未作任何说明（R22/E5）",
                "E5",
            )
        elif _NOISE.sub("", ind.deviation or "") in BOILERPLATE:
            yield make(
                "E5.boilerplate",
                Severity.INFO,
                path,
                f"{quoted(ind, i)}{owed}，偏差原因只写了“{clip(ind.deviation)}”，"
                "未说明原因（R22/E5）",
                "E5",
            )


def _why_owed(ind: Indicator) -> str | None:
    """Why R22 requires an explanation for this row, as a clause of the message; None if not."""
    if ind.applicable and ind.score is not None and ind.weight is not None:
        if ind.score < ind.weight:
            return f"得分 {num(ind.score)} 低于分值 {num(ind.weight)}"
        return None
    # A row left out although it met its target owes nothing; one that was never done does.
    if has_target(ind) and is_excluded(ind) and is_blank(ind.actual):
        raw = clip(ind.actual)
        actual = f"“{raw}”" if raw else "空"
        return f"有年度指标值“{clip(ind.target)}”，实际完成值为{actual}且未计分"
    return None
