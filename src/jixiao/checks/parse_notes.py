"""PARSE: a target or actual cell the value parsers could not read, so the row has no rule score."""

from __future__ import annotations

from collections.abc import Iterator

from jixiao.checks._common import make, quoted
from jixiao.model.finding import Finding, Severity
from jixiao.scoring.context import Evaluation


def check(ev: Evaluation) -> Iterator[Finding]:
    # Style habit 5: parsers raise, scoring keeps the error on the row, and it surfaces here.
    for row in ev.rows:
        cells = (
            ("target", "年度指标值", row.target_error),
            ("actual", "实际完成值", row.actual_error),
        )
        for field, label, error in cells:
            if error is None:
                continue
            raw = getattr(row.indicator, field) or ""
            # The stored error may already quote the cell (ValueParseError does); quote it once.
            what = error if raw and raw in error else f"“{raw}”：{error}"
            yield make(
                "PARSE.unreadable-value",
                Severity.INFO,
                f"{row.path}.{field}",
                f"{quoted(row.indicator, row.index)}的{label}无法识别（{what}），"
                "该行未按规则计分，请人工核对（R25）",
                "R25",
            )
