"""Rows of 指标名称 目标值 权重 实际完成值 自评分, cells spaced but rows glued (suzhou-2017, R1).

'资金使用合规性 合规 2.8 好 2.8财务制度健全性 健全 2.8 …' (035): a row is its name, the target's
words up to the 权重 (a bare number), the actual's words up to the 自评分 (a number, glued to the
next row's name). Page markers ('3、') are dropped and section labels ('投入目标(28 分)'), printed
after their rows, give the 一级指标 by weight: the rows whose weights make up a section's points,
in order. A row cut by the end of the text keeps only its name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from jixiao.readers.text.glued import GluedRead
from jixiao.readers.text.stream import RowDraft

_HEADER = re.compile(r"指标名称\s*目标值\s*权重\s*实际完成\s*值?\s*自评分")
_PAGE_MARKER = re.compile(r"\n\s*\d{1,2}、")
_SECTION = re.compile(r"([\u4e00-\u9fff]{2,6}(?:目标|指标))[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")
_PARENT = re.compile(r"[\u4e00-\u9fff]{2,12}[(（]\s*\d+\s*分\s*[)）]")  # '项目绩效实现情况(80 分)'
_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})?")
_SCORE_THEN_NAME = re.compile(r"(\d{1,2}(?:\.\d{1,2})?)([\u4e00-\u9fff].*)?")
_OPERATOR = frozenset({"=", "＝", "≥", "≤", ">", "<"})
_END = re.compile(r"总分|合计")
_MIN_ROWS = 3


def read_weighted_rows(text: str, first_line: int) -> GluedRead | None:
    """Rows after a 指标名称/目标值/权重/实际完成值/自评分 header; None without that header."""
    header = _HEADER.search(text)
    if header is None:
        return None
    end = _END.search(text, header.end())
    body = _PAGE_MARKER.sub(" ", text[header.end() : end.start() if end else len(text)])
    sections = [(m.group(1), m.group(2)) for m in _SECTION.finditer(body)]
    tokens = _tokens(_PARENT.sub(" ", body))
    rows = _rows(tokens, cut=end is None)
    if len(rows) < _MIN_ROWS:
        return None
    line = first_line + text.count("\n", 0, header.end())
    out = GluedRead(weights=dict(sections))
    levels = _levels(rows, sections)
    for cells, level1 in zip(rows, levels, strict=True):
        row = RowDraft(level1, None)
        for key, value in cells.items():
            setattr(row, key, value)
        row.lines = {key: line for key in ("row", *cells)}
        out.rows.append(row)
    return out


def _tokens(body: str) -> list[str]:
    """Space-separated cells, a lone comparison sign joined to the value after it ('= 98%')."""
    out: list[str] = []
    for token in body.split():
        if out and out[-1] in _OPERATOR:
            out[-1] += token
        else:
            out.append(token)
    return out


def _rows(tokens: list[str], cut: bool) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    name, at = (tokens[0], 1) if tokens else ("", 0)
    while name:
        target, at = _until(tokens, at, lambda t: bool(_NUMBER.fullmatch(t)))
        if at >= len(tokens) or not target:
            break
        weight = tokens[at]
        actual, at = _until(tokens, at + 1, _is_score)
        if at >= len(tokens) or not actual:
            break
        score = _SCORE_THEN_NAME.fullmatch(tokens[at])
        if score is None or Decimal(score.group(1)) > Decimal(weight):
            return []  # not this layout: a wrong reading is worse than none
        rows.append(
            {"name": name, "target": target, "actual": actual, "weight": weight,
             "score": score.group(1)}
        )  # fmt: skip
        name, at = score.group(2) or "", at + 1
        if not name and at < len(tokens):
            name, at = tokens[at], at + 1
    if name and cut:
        rows.append({"name": name})  # the text ends inside this row: its cells are cut
    return rows


def _until(tokens: list[str], at: int, stop: Callable[[str], bool]) -> tuple[str, int]:
    """The tokens from ``at`` joined (a cell wrapped at a space) up to the first ``stop`` one."""
    start = at
    while at < len(tokens) and not stop(tokens[at]):
        at += 1
    return "".join(tokens[start:at]), at


def _is_score(token: str) -> bool:
    return _SCORE_THEN_NAME.fullmatch(token) is not None


def _levels(rows: list[dict[str, str]], sections: list[tuple[str, str]]) -> list[str | None]:
    """一级指标 by weight: each section takes the next rows whose weights add up to its points."""
    levels: list[str | None] = [None] * len(rows)
    at = 0
    for label, points in sections:
        total = Decimal(0)
        start = at
        while at < len(rows) and "weight" in rows[at] and total < Decimal(points):
            total += Decimal(rows[at]["weight"])
            at += 1
        if total != Decimal(points):
            return [None] * len(rows)  # the weights do not make up the sections: no guess
        for k in range(start, at):
            levels[k] = label
    return levels
