"""年度总体目标 glued to its labels on one line, with nothing between its two cells (R1).

'预期目标实际完成情况更新剧团…演出设备。已完成绩效指标' (013) and
'…完成情况综述对农村地区…夯实基础,对项目区…夯实基础,绩效指标' (024): the two cells are told
apart only where the text says so itself: the 实际完成情况 repeats the end of the 预期目标, or a
last short sentence is a completion wording (R15: 已完成). Otherwise nothing is read.
"""

from __future__ import annotations

import re

from jixiao.readers.text.goals import GoalsRead
from jixiao.values.tiers import parse_tier

_LABELS = re.compile(r"预期目标实际完成情况|年初设定目标年度总体目标完成情况综述")
_END = re.compile(r"绩效指标")
_NOISE = re.compile(r"\n\s*\d{1,2}、|\s+")  # page markers '3、' and the spaces of PDF text
_MIN_REPEAT = 8
_MAX_COMPLETION = 12
_MAX_BODY = 600


def read_glued_goals(lines: list[str], first_line: int) -> GoalsRead | None:
    """The two goal texts of a one-line form, or None when they cannot be told apart."""
    raw = "\n".join(lines)
    label = _LABELS.search(_NOISE.sub("", raw))
    if label is None:
        return None
    text = _NOISE.sub("", raw)
    end = _END.search(text, label.end())
    body = text[label.end() : end.start() if end else None]
    if not body or len(body) > _MAX_BODY:
        return None
    split = _repeated_end(body) or _completion_end(body)
    if split is None:
        return None
    line = first_line + next((i for i, ln in enumerate(lines) if "目标" in ln), 0)
    return GoalsRead(split[0], split[1], {"expected": line, "actual": line})


def _repeated_end(body: str) -> tuple[str, str] | None:
    """'…X' + 'X': the actual repeats the last words of the expected goal (024)."""
    for size in range(len(body) // 2, _MIN_REPEAT - 1, -1):
        if body[-2 * size : -size] == body[-size:]:
            return body[:-size], body[-size:]
    return None


def _completion_end(body: str) -> tuple[str, str] | None:
    """'…演出设备。已完成': a last short sentence that says the goal was met (013)."""
    stop = body.rfind("。", 0, len(body) - 1)
    tail = body[stop + 1 :]
    if stop < 0 or len(tail) > _MAX_COMPLETION or parse_tier(tail) is None:
        return None
    return body[: stop + 1], tail
