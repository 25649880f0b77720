"""The last rule: a weighted row no other rule can score gets the band [0, w] for a human (P16)."""

from __future__ import annotations

from jixiao.model.policy import Policy
from jixiao.model.report import IndicatorResult
from jixiao.scoring.common import manual, quote
from jixiao.scoring.context import Row
from jixiao.values.types import TargetKind


def score_unrecognised(row: Row, policy: Policy) -> IndicatorResult:
    """Blank or unreadable targets are never dropped: they keep their weight and a [0, w] band."""
    if row.target.kind is TargetKind.NONE:
        reason = "年度指标值为空或无法识别"
        if row.target_error:
            reason += f"（{row.target_error}）"
        return manual(row, "manual", reason)
    return manual(row, "manual", f"目标{quote(row.target.raw)}无对应计分规则")
