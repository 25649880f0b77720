"""Where the indicator table is, which reader fits its layout, and the 总分 row."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jixiao.model.finding import Finding
from jixiao.readers.base import reader_finding
from jixiao.readers.text.glued import split_total
from jixiao.readers.text.grid import column_key, header_columns, read_grid
from jixiao.readers.text.labels import TOTAL_LABELS, level_of
from jixiao.readers.text.layouts import read_other_layouts
from jixiao.readers.text.lines import Frag, split_line
from jixiao.readers.text.numbered import cut_inside
from jixiao.readers.text.stream import RowDraft, parse_stream

_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)?|[-—–/／－]+)$")
_HEADER_SCORE = re.compile(
    r"自评总分\s*(?:[(（]分[)）])?\s*[:：]?\s*(\d{1,3}(?:\.\d{1,2})?)(?![\d.])"
)
_GLUED_TOTAL = re.compile(r"(总分|合计)[:：]?(\d{3,}(?:\.\d+)?)")
_HEADER_START = ("一级指标", "一级")
_MIN_BODY = 10
_MIN_TABLE_TEXT = 60
_FULL_MARKS = "100"
_MAX_UNKNOWN_HEADINGS = 3
_HEADER_WORDS = frozenset(
    {"年度", "实际", "指标值", "完成值", "措施", "分", "值", "得", "二级", "三级"}
)


@dataclass
class TableRead:
    """Indicator rows, label weights, the total cells and what could not be read."""

    rows: list[RowDraft] = field(default_factory=list)
    weights: dict[str, str] = field(default_factory=dict)
    total_weight: str | None = None
    total_score: str | None = None
    total_line: int | None = None
    score_line: int | None = None  # a 自评总分 printed in the header: the text may still be cut
    findings: list[Finding] = field(default_factory=list)


def read_table(lines: list[str], first_line: int, frags: list[Frag]) -> TableRead:
    """Read the table with the grid reader for pipe tables, else as a wrapped stream."""
    out = TableRead()
    total_at = _read_total(frags, out)
    if out.total_score is None:
        _read_header_score(lines, first_line, out)
    if _is_pipe_grid(lines):
        _read_pipe(lines, first_line, out)
    elif _is_cell_per_line(lines):
        _read_cell_sequence(lines, first_line, out)
    else:
        body = _stream_body(frags, total_at, out)
        if body:
            out.rows, out.weights = parse_stream(body)
        if len(body) >= _MIN_BODY and (not out.rows or _scrambled(out.rows)):
            out.rows = []
            out.findings.append(
                reader_finding(
                    "READ.columns-shifted",
                    "指标表被压平，单元格顺序已打乱，无法确定各值所属的行和列，未读取指标行（R1）",
                    line=body[0].line,
                    path="indicators",
                )
            )
    if total_at is None and out.rows and cut_inside(out.rows[-1]):
        out.rows.pop()
    if not out.rows:
        _read_glued(lines, first_line, frags, total_at is not None, out)
    _report_unread(frags, out)
    return out


def _read_glued(
    lines: list[str], first_line: int, frags: list[Frag], has_total: bool, out: TableRead
) -> None:
    """Layouts the readers above do not know (layouts.py): their findings replace 'table not
    read'."""
    glued = read_other_layouts(lines, first_line, frags, has_total)
    if glued is None:
        return
    out.rows, out.weights = glued.rows, glued.weights or out.weights
    out.findings = [f for f in out.findings if f.path != "indicators"] + glued.findings
    if glued.total is not None and out.total_weight is None and out.total_score is None:
        out.total_weight, out.total_score, out.total_line = glued.total


def _report_unread(frags: list[Frag], out: TableRead) -> None:
    """A table header followed by text, but no row could be read: say why instead of nothing."""
    at = next((i for i, f in enumerate(frags) if "三级指标" in f.text), None)
    if at is None or out.rows or out.findings:
        return
    rest = sum(len(f.text) for f in frags[at:])
    if rest < _MIN_TABLE_TEXT:
        return
    glued = len(frags[at].text) > _MIN_TABLE_TEXT
    out.findings.append(
        reader_finding(
            "READ.glued-cells" if glued else "READ.columns-shifted",
            (
                f"指标表的单元格粘连在一起（第{frags[at].line}行），无法拆分，未读取指标行（R1）"
                if glued
                else f"指标表的列无法对齐（第{frags[at].line}行起），未读取指标行（R1）"
            ),
            line=frags[at].line,
            path="indicators",
        )
    )


def _read_total(frags: list[Frag], out: TableRead) -> int | None:
    for i, frag in enumerate(frags):
        if frag.text.replace(" ", "") in TOTAL_LABELS:
            cells = [f.text for f in frags[i + 1 : i + 3] if _NUMBER.match(f.text)]
            if len(cells) == 1 and cells[0] != _FULL_MARKS:
                out.total_score = cells[0]  # only the score printed: no 分值 column (050)
            elif cells:
                out.total_weight = cells[0]
                out.total_score = cells[1] if len(cells) > 1 else None
            out.total_line = frag.line
            return i
        glued = _GLUED_TOTAL.search(frag.text)
        split = split_total(glued.group(2)) if glued else None
        if glued and split:
            out.total_weight, out.total_score = split
            out.total_line = frag.line
            return i
        if glued:
            out.total_line = frag.line
            out.findings.append(
                reader_finding(
                    "READ.glued-cells",
                    f"无法拆分粘连的单元格“{glued.group(2)}”（第{frag.line}行），总分留空（R1）",
                    line=frag.line,
                    path="total",
                )
            )
            return i
    return None


def _read_header_score(lines: list[str], first_line: int, out: TableRead) -> None:
    """'自评总分(分)97.6' / '自评总分: 95' printed in the header (011, 020, 026), not under 总分."""
    for offset, line in enumerate(lines):
        match = _HEADER_SCORE.search(line)
        if match:
            out.total_score = match.group(1)
            out.score_line = first_line + offset
            return


def _is_pipe_grid(lines: list[str]) -> bool:
    piped = [ln for ln in lines if ln.count("|") >= 2]
    return len(piped) >= 5 and len(piped) * 2 >= len([ln for ln in lines if ln.strip()])


def _read_pipe(lines: list[str], first_line: int, out: TableRead) -> None:
    columns: list[str] = []
    header_cells: list[str] = []
    rows: list[tuple[int, list[str]]] = []
    for offset, text in enumerate(lines):
        cells = split_line(text)
        if not columns:
            header_cells = [*header_cells[-12:], *cells] if _has_column(cells) else []
            columns = header_columns(header_cells)
            continue
        if cells and header_columns(cells):
            break  # the next form's table
        rows.append((first_line + offset, cells))
    if not columns:
        return
    grid = read_grid(rows, columns)
    out.rows, out.weights = grid.rows, grid.weights
    for number, index in grid.shifted:
        out.findings.append(
            reader_finding(
                "READ.columns-shifted",
                f"第{number}行缺少单元格，列已错位，无法确定各值所属的列，只读取了指标名称（R1）",
                line=number,
                path=f"indicators[{index}]",
            )
        )


def _is_cell_per_line(lines: list[str]) -> bool:
    """Every cell on its own line ending in ' |', empty cells as bare '|' (004)."""
    ended = [ln for ln in lines if ln.rstrip().endswith("|") and ln.count("|") == 1]
    return len(ended) >= 20 and len(ended) * 2 >= len([ln for ln in lines if ln.strip()])


def _read_cell_sequence(lines: list[str], first_line: int, out: TableRead) -> None:
    """Cells in reading order with their empties: the header fixes how many cells make a row."""
    cells = [
        (first_line + i, ln.strip().rstrip("|").strip()) for i, ln in enumerate(lines) if ln.strip()
    ]
    start = next((i for i, (_, t) in enumerate(cells) if t.replace(" ", "") == "一级指标"), None)
    if start is None:
        return
    end = start
    while end < len(cells) and column_key(cells[end][1]) is not None:
        end += 1
    columns = header_columns([t for _, t in cells[start:end]])
    body = [c for c in columns if c not in ("level1", "level2")]
    rows: list[tuple[int, list[str]]] = []
    i = end
    while body and i < len(cells) and cells[i][1].replace(" ", "") not in TOTAL_LABELS:
        line = cells[i][0]
        row: list[str] = []
        while i < len(cells) and level_of(cells[i][1]) is not None:
            row.append(cells[i][1])
            i += 1
        row.extend(t for _, t in cells[i : i + len(body)])
        i += len(body)
        rows.append((line, row))
    grid = read_grid(rows, columns, positional=True)
    out.rows, out.weights = grid.rows, grid.weights


def _has_column(cells: list[str]) -> bool:
    return any(
        c.replace(" ", "").startswith(("一级", "二级", "三级", "分值", "得分")) for c in cells
    )


def _scrambled(rows: list[RowDraft]) -> bool:
    """Column headings read as cell values: the extraction mixed the header into the rows (003)."""
    for row in rows:
        for value in (row.name, row.target, row.actual):
            if value and (value in _HEADER_WORDS or column_key(value) is not None):
                return True
    return False


def _stream_body(frags: list[Frag], total_at: int | None, out: TableRead) -> list[Frag]:
    """Fragments from the first level label after the table header up to 总分."""
    end = total_at if total_at is not None else len(frags)
    start = next(
        (i for i, f in enumerate(frags[:end]) if f.text.replace(" ", "").startswith(_HEADER_START)),
        None,
    )
    if start is None:
        return []
    header_at = start
    while start < end and level_of(frags[start].text) is None:
        start += 1
    unknown = [f.text for f in frags[header_at:start] if not _known_heading(f.text)]
    if len(unknown) >= _MAX_UNKNOWN_HEADINGS:
        out.findings.append(
            reader_finding(
                "READ.unknown-columns",
                f"指标表的栏目（{'、'.join(unknown[:4])}…）不是标准格式，未读取指标行（R1）",
                line=frags[header_at].line,
                path="indicators",
            )
        )
        return []
    return frags[start:end]


def _known_heading(text: str) -> bool:
    text = text.replace(" ", "")
    return column_key(text) is not None or text in _HEADER_WORDS or text.startswith(_HEADER_START)
