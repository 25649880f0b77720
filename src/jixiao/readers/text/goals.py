"""年度总体目标: the 预期目标 and 实际完成情况 text cells, split where the wrapping changes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jixiao.readers.text.cells import Stretch, join_text
from jixiao.readers.text.goalcheck import (
    interleaved,
    is_instruction,
    paired_columns,
    strip_leader,
)
from jixiao.readers.text.lines import Frag

_START = ("预期目标", "年初设定目标", "项目年度目标", "总体目标完成情况", "年度预期目标")
_SECOND = (
    "实际完成情况",
    "年度总体目标完成情况综述",
    "年度目标完成情况",
    "目标实际完成情况",
    "全年实际完成情况",
    "具体完成情况",  # hebei-chengan (034)
)
# Column heads of the transfer form's goal row ('总体目标完成情况 | 总体目标 | 全年实际完成情况').
_HEADS = ("总体目标",)
# A third column head, 总体完成率(%) (034): its number beside the goals is not goal text.
_RATE_HEAD = "总体完成率"
_RATE = re.compile(r"^\d{1,3}(?:\.\d+)?%?$")
# '四、年度绩效指标完成情况': a numbered section heading ends the goals like its bare words.
_SECTION_NUMBER = re.compile(r"^[一二三四五六七八九十]+、")
_END = ("绩效指标", "一级指标", "一级", "2.项目实施", "预算执行情况", "年度绩效指标", "绩")
_MAX_FRAGS = 40
# The section's own label, printed inside the body by scrambled layouts: never a goal text.
_SECTION_LABELS = frozenset({"年度总体目标", "年度", "总体", "目标", "年度总体", "总体目标"})
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SAME_LINE_JOIN = 1.0
# A section weight printed alone before the goals ('20' of 年度目标完成情况 in 038).
_WEIGHT = re.compile(r"^\d{1,2}$")


@dataclass
class GoalsRead:
    """The two goal texts and the line each starts on."""

    expected: str | None = None
    actual: str | None = None
    lines: dict[str, int] = field(default_factory=dict)


def read_goals(frags: list[Frag]) -> GoalsRead:
    """The cells after the 预期目标 / 实际完成情况 header, up to the indicator table."""
    out = GoalsRead()
    start = next((i for i, f in enumerate(frags) if f.text.startswith(_START)), None)
    if start is None:
        return out
    i = start + 1
    rate_column = False
    while i < len(frags) and (
        frags[i].text.startswith(_SECOND)
        or frags[i].text in _HEADS
        or frags[i].text.startswith(_RATE_HEAD)
    ):
        rate_column = rate_column or frags[i].text.startswith(_RATE_HEAD)
        i += 1
    body: list[Frag] = []
    for frag in frags[i : i + _MAX_FRAGS]:
        text = _SECTION_NUMBER.sub("", frag.text)
        if text.startswith(_END) or text.startswith(_START):
            break
        body.append(frag)
    if not body:
        return out
    body = [f for f in body if not _WEIGHT.match(f.text)]
    if rate_column:
        body = [f for f in body if not _RATE.match(f.text)]
    first, second = paired_columns(body) or _split_at_label(body) or _split_two(body)
    first = [f for f in first if f.text not in _SECTION_LABELS]
    if first and _CJK.search(join_text([f.text for f in first])):
        out.expected = join_text([f.text for f in first])
        out.lines["expected"] = first[0].line
    if second:
        out.actual = join_text([f.text for f in second])
        out.lines["actual"] = second[0].line
    return _drop_non_goals(out)


def _drop_non_goals(out: GoalsRead) -> GoalsRead:
    """Template instructions are not values; interleaved columns cannot be told apart (R1)."""
    for key in ("expected", "actual"):
        text = getattr(out, key)
        text = strip_leader(text) if text is not None else None
        if not text or is_instruction(text) or interleaved(text):
            text = None
            out.lines.pop(key, None)
        setattr(out, key, text)
    return out


def _split_at_label(body: list[Frag]) -> tuple[list[Frag], list[Frag]] | None:
    """Scrambled one-line layouts print the 实际完成情况 label between the two texts: split there.

    What stands before it is the expected goal only if it has words; a stray '86.19%' from the
    funds block (corpus 003) is not a goal, and a wrong value is worse than a missing one.
    """
    for k, frag in enumerate(body):
        if k and frag.text.startswith(_SECOND):
            rest = frag.text
            for label in _SECOND:
                rest = rest.removeprefix(label)
            tail = [frag._replace(text=rest)] if rest else []
            return body[:k], tail + body[k + 1 :]
    return None


def _split_two(body: list[Frag]) -> tuple[list[Frag], list[Frag]]:
    """The split into two cells that best fits how the lines wrap."""
    if len(body) == 1:
        return body, []
    # One Stretch for the whole body prices both halves of every split: a cell's cost only
    # looks at the lines inside it.
    stretch, n = Stretch(body), len(body)
    best = min(range(1, n), key=lambda k: _cost(stretch, 0, k) + _cost(stretch, k, n))
    return body[:best], body[best:]


def _cost(stretch: Stretch, a: int, b: int) -> float:
    joined_on_line = sum(1 for f in stretch.frags[a + 1 : b] if not f.first)
    return stretch.cell_cost(a, b, None) + joined_on_line * _SAME_LINE_JOIN
