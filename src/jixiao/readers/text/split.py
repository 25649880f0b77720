"""Several forms in one text: where each starts, and a previous form's tail before the first."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

_TITLE = re.compile(r"自评表|自評表|评分表|数据表|自评报告|自評報告|评分细则")
_NAME = re.compile(r"(?<!子)项目名称|预算部门、单位名称")
# Words that show a stretch of text holds form content, not only a title or site boilerplate.
_CONTENT = re.compile(
    r"(?<!子)项目名称|资金总额|总额|一级指标|三级指标|总分|合计|编制数|决算数|年初预算"
)


_TITLE_WORDS = 20
_MIN_CONTENT_WORDS = 2


@dataclass(frozen=True)
class Piece:
    """One form's text, the 1-based line its first character is on, and whether it is a tail."""

    text: str
    first_line: int
    tail: bool = False


def split_forms(text: str) -> list[Piece]:
    """Cut the text where a new form starts: a title or 项目名称 after content of the previous one.

    Text before the first form that already holds form content is the tail of a form that began
    on an earlier page (017, 031); it is returned as a piece of its own, marked ``tail``.
    """
    anchors = sorted(
        {m.start() for m in _TITLE.finditer(text)} | {m.start() for m in _NAME.finditer(text)}
    )
    if not anchors:
        return [Piece(text, 1)]
    starts = [anchors[0]]
    for previous, pos in pairwise(anchors):
        if _holds_table(text, previous + 2, pos):
            starts.append(_line_start(text, _title_start(text, pos)))
    pieces: list[Piece] = []
    head_end = _line_start(text, starts[0])
    if _CONTENT.search(text, 0, head_end):
        pieces.append(Piece(text[:head_end], 1, tail=True))
        starts[0] = head_end
    else:
        starts[0] = 0
    bounds = [*starts, len(text)]
    for a, b in pairwise(bounds):
        if a < b:
            pieces.append(Piece(text[a:b], text.count("\n", 0, a) + 1))
    return pieces


def _holds_table(text: str, start: int, end: int) -> bool:
    """Two different content words: more than a header line such as '填报日期:总分:分' (008)."""
    return len({m.group(0) for m in _CONTENT.finditer(text, start, end)}) >= _MIN_CONTENT_WORDS


def _title_start(text: str, pos: int) -> int:
    """Move back over the words of a title ('财政项目支出绩效' before '自评表')."""
    if not _TITLE.match(text, pos):
        return pos
    limit = max(0, pos - _TITLE_WORDS)
    while pos > limit and "\u4e00" <= text[pos - 1] <= "\u9fff":
        pos -= 1
    return pos


def _line_start(text: str, pos: int) -> int:
    """Cut at the start of the anchor's line when the line holds nothing else before it."""
    start = text.rfind("\n", 0, pos) + 1
    return start if not _CONTENT.search(text, start, pos) else pos
