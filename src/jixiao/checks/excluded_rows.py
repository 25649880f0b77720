"""E13: rows with a target left out of scoring, one warning each, and the rescaled total (P5)."""

from __future__ import annotations

from collections.abc import Iterator

from jixiao.checks._common import clip, cut_off, has_target, is_excluded, make, quoted, score_text
from jixiao.model.finding import Finding, Severity
from jixiao.model.form import Indicator
from jixiao.scoring.context import Evaluation


def check(ev: Evaluation) -> Iterator[Finding]:
    # P5: such rows are never dropped silently, whether marked 不适用 or dashed out.
    excluded = 0
    for i, ind in enumerate(ev.form.indicators):
        # The cheap attribute test first: most rows are scored.
        if not (is_excluded(ind) and has_target(ind)) or cut_off(ev.form, i) or _detail(ind):
            continue
        excluded += 1
        yield make(
            "E13.excluded-row",
            Severity.WARNING,
            f"indicators[{i}].weight",
            f"{quoted(ind, i)}有年度指标值“{clip(ind.target)}”，实际完成值"
            f"“{clip(ind.actual) or '空'}”，{_how(ind)}，未计入评分（R18/P5/E13）",
            "E13",
        )
    total = ev.computed.total
    if excluded and total.rescaled is not None and total.score is not None:
        rescaled, raw = score_text(total.rescaled), score_text(total.score)
        same = "，因这些行未印分值，与原始总分相同" if rescaled == raw else f"（原始总分 {raw}）"
        yield make(
            "E13.rescaled-total",
            Severity.INFO,
            "total.score",
            f"剔除 {excluded} 项未计分指标后，按适用指标折算为百分制的总分为 {rescaled}{same}"
            "（R18/P5/E13）",
            "E13",
        )


def _detail(ind: Indicator) -> bool:
    """A '其中…' row itemises the scored row above it (Anhui forms); it has no weight by design."""
    return (ind.name or "").lstrip("★☆*　 ").startswith("其中")


def _how(ind: Indicator) -> str:
    return "标注为不适用" if not ind.applicable else "分值、得分均未填写（“-”）"
