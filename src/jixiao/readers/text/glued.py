"""Indicator rows glued into one run of text with no separators (flattened PDF/xlsx text, R1).

'安装坡面水标尺10≥266米≥266米10' is 三级指标 + 分值 + 年度指标值 + 实际完成值 + 得分. Such a run is
split by what each column can hold: a weight is a small positive number, a score is at most its
weight, and the target and the actual repeat the same unit ('50件50件'). Every split of a run is
enumerated; a run with more than one best split is left unread with a finding, because a wrong
value is worse than a missing one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.model.finding import Finding
from jixiao.readers.base import reader_finding
from jixiao.readers.text.glued_split import SCORE, split_run
from jixiao.readers.text.labels import AMBIGUOUS, LEVEL1, LEVEL2, WEIGHT_IN_LABEL
from jixiao.readers.text.stream import RowDraft
from jixiao.values.numbers import KNOWN_UNITS

_HEADER = "二级指标三级指标"  # '一级指标' before it is garbled in 005
_TOTAL = re.compile(r"总分|合计")
_COLUMN_WORDS = (
    ("weight", re.compile(r"分值|权重")),
    ("target", re.compile(r"指标值|目标值")),
    ("actual", re.compile(r"实际值|完成值")),
    ("score", re.compile(r"得分")),
)
# Column orders this reader splits: 分值 first (anhui-daohu, sichuan-xianjie) or after the values.
ORDERS = (
    ("weight", "target", "actual", "score"),
    ("target", "actual", "weight", "score"),
    ("target", "actual", "score"),  # hubei-20-80: no 分值 column (005)
)
_VISIBLE = re.compile(r"\S")
_PAGE_MARKER = re.compile(r"\n\s*\d{1,2}、")
_TRAILING_PLACEHOLDER = re.compile(r"(?:指标\d{1,2}[:：])+$")
_ELLIPSIS = re.compile(r"…+|\.{3,}")
# hubei-20-80 prints some 二级 labels without 指标 (005); known here only, where a label must stand
# at a row boundary, since '成本' or '时效' alone are common words elsewhere.
_SHORT_LEVEL2 = frozenset({"数量", "质量", "时效", "成本"})
_LABELS = sorted(LEVEL1 | LEVEL2 | _SHORT_LEVEL2, key=len, reverse=True)
_LABEL = re.compile(rf"(?:{'|'.join(map(re.escape, _LABELS))})(?:[(（]\d+(?:\.\d+)?分[)）])?")
_UNIT_ALT = "|".join(map(re.escape, KNOWN_UNITS))
_UNIT_END = re.compile(rf"(?:{_UNIT_ALT})/(?:{_UNIT_ALT})$")
_FULL_MARKS = "100"


@dataclass
class GluedRead:
    """Rows split from a glued table, label weights, and the runs that could not be split."""

    rows: list[RowDraft] = field(default_factory=list)
    weights: dict[str, str] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    total: tuple[str, str, int] | None = None  # 分值, 得分 and line, when found with the rows


@dataclass(frozen=True)
class _Text:
    """The table body without spaces and page markers, and where each character was."""

    chars: str
    offsets: tuple[int, ...]
    original: str
    first_line: int

    def line(self, pos: int) -> int:
        return self.first_line + self.original.count("\n", 0, self.offsets[pos])


def read_glued(text: str, first_line: int) -> GluedRead | None:
    """Rows of a glued indicator table in ``text``; None when it has no table this reader splits."""
    at = text.replace(" ", "").find(_HEADER)
    if at < 0:
        return None
    body = _clean(text, first_line)
    start = body.chars.find(_HEADER)
    labels = _LABEL.search(body.chars, start + len(_HEADER))
    if labels is None:
        return None
    order = _order(body.chars[start : labels.start()])
    if order is None:
        return None
    total = _TOTAL.search(body.chars, labels.start())
    end = total.start() if total else len(body.chars)
    return _read_body(body, labels.start(), end, order, cut=total is None)


def _clean(text: str, first_line: int) -> _Text:
    # Page markers and ellipses become spaces, so one pass keeps every other visible character.
    blanked = _ELLIPSIS.sub(lambda m: " " * len(m.group(0)), text)
    blanked = _PAGE_MARKER.sub(lambda m: " " * len(m.group(0)), blanked)
    offsets = tuple(m.start() for m in _VISIBLE.finditer(blanked))
    return _Text("".join(text[i] for i in offsets), offsets, text, first_line)


def _order(header: str) -> tuple[str, ...] | None:
    found = []
    for key, pattern in _COLUMN_WORDS:
        match = pattern.search(header)
        if match is not None:
            found.append((match.start(), key))
    order = tuple(key for _, key in sorted(found))
    return order if order in ORDERS else None


def _read_body(body: _Text, start: int, end: int, order: tuple[str, ...], cut: bool) -> GluedRead:
    out = GluedRead()
    level1: str | None = None
    level2: str | None = None
    for kind, pos, text in _pieces(body.chars, start, end):
        if kind == "label":
            level1, level2 = _set_level(text, level1, level2, body.chars, pos + len(text), out)
            continue
        run = _TRAILING_PLACEHOLDER.sub("", text)  # unused '指标2:' rows of the template
        if not run:
            continue
        rows = split_run(run, order)
        line = body.line(pos)
        if rows is None and cut and pos + len(text) == end:
            rows = _rows_before_cut(run, order, line, out)
        if rows is None:
            out.findings.append(
                reader_finding(
                    "READ.glued-cells",
                    f"无法拆分粘连的单元格“{run[:30]}”（第{line}行），该行指标未读取（R1）",
                    line=line,
                    path="indicators",
                )
            )
            continue
        for cells in rows:
            row = RowDraft(level1, level2)
            if cells["name"].endswith(cells["target"]) or _UNIT_END.search(cells["name"]):
                # '每年财政补助1000万元' before '1000万元': the name may or may not hold the
                # target's words; '演出设备成本件/件' ends in a unit cell (013). Either way
                # where the name cell ends is not known.
                del cells["name"]
            for key, value in cells.items():
                setattr(row, key, value)
            row.lines = {key: line for key in ("row", *cells)}
            out.rows.append(row)
    return out


def _rows_before_cut(
    run: str, order: tuple[str, ...], line: int, out: GluedRead
) -> list[dict[str, str]] | None:
    """The whole rows of the last run of a text cut short; the cut row itself is reported."""
    for end in range(len(run) - 1, 0, -1):
        if not (run[end - 1].isdigit() and not run[end].isdigit()):
            continue
        rows = split_run(run[:end], order)
        if rows is not None:
            out.findings.append(
                reader_finding(
                    "READ.truncated-row",
                    f"文本在“{run[end:][:20]}”处中断（第{line}行），最后一行指标未读取（R1）",
                    line=line,
                    path="indicators",
                )
            )
            return rows
    return None


def _pieces(chars: str, start: int, end: int) -> list[tuple[str, int, str]]:
    """('label'|'run', position, text): a label counts only where a row can end (after a score,
    a ':' placeholder or another label), so '满意度' inside '户满意度' stays part of the name."""
    out: list[tuple[str, int, str]] = []
    pos = run_start = start
    while pos < end:
        match = _LABEL.match(chars, pos, end)
        if match and match.group(0) in _SHORT_LEVEL2 and not chars[pos - 1].isdigit():
            match = None  # a short label only right after a score ('10成本每年…', 005)
        if match and (pos == run_start or chars[pos - 1] in "0123456789:："):
            if pos > run_start:
                out.append(("run", run_start, chars[run_start:pos]))
            out.append(("label", pos, match.group(0)))
            pos = run_start = match.end()
            continue
        pos += 1
    if run_start < end:
        out.append(("run", run_start, chars[run_start:end]))
    return out


def label_runs(cell: str) -> tuple[list[tuple[str, bool]], str]:
    """The level labels a cell starts with, as (label, is level 1), and the rest of the cell."""
    labels: list[tuple[str, bool]] = []
    pos = 0
    while (match := _LABEL.match(cell, pos)) and match.group(0) not in _SHORT_LEVEL2:
        name = WEIGHT_IN_LABEL.sub("", match.group(0))
        followed = _LABEL.match(cell, match.end()) is not None
        labels.append((name, name in LEVEL1 and (name not in AMBIGUOUS or followed)))
        pos = match.end()
    return labels, cell[pos:]


def _set_level(
    text: str,
    level1: str | None,
    level2: str | None,
    chars: str,
    after: int,
    out: GluedRead,
) -> tuple[str | None, str | None]:
    weight = WEIGHT_IN_LABEL.search(text)
    name = WEIGHT_IN_LABEL.sub("", text)
    if weight is not None:
        out.weights[name] = weight.group(1)
    is_level1 = name in LEVEL1 and name not in AMBIGUOUS
    if name in AMBIGUOUS:
        is_level1 = level1 is None or _LABEL.match(chars, after) is not None
    return (name, None) if is_level1 else (level1, name)


def split_total(digits: str) -> tuple[str, str | None] | None:
    """'10098' printed under 总分 as 分值 100 and 得分 98: the full marks are 100 (R1); a lone
    '100' is the 分值 (Sichuan's 合计100 before an empty 得分)."""
    if not digits.startswith(_FULL_MARKS):
        return None
    score = digits[len(_FULL_MARKS) :]
    if not score:
        return _FULL_MARKS, None
    if not SCORE.fullmatch(score) or Decimal(score) > Decimal(_FULL_MARKS):
        return None
    return _FULL_MARKS, score
