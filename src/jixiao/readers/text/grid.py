"""The indicator table as grid rows: pipe tables (one row a line) and one-cell-a-line tables."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jixiao.readers.text.labels import TOTAL_LABELS, level_of, strip_weight
from jixiao.readers.text.stream import RowDraft

# Indicator column headers → RowDraft attribute (R1; Sichuan adds 指标性质 and 度量单位).
_COLUMNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^一级指标$"), "level1"),
    (re.compile(r"^二级指标$"), "level2"),
    (re.compile(r"^三级指标$"), "name"),
    (re.compile(r"^指标性质$"), "nature"),
    (re.compile(r"^(?:年度)?指标值(?:[(（]A[)）])?$|^年初目标值"), "target"),
    (re.compile(r"^度量单位$"), "unit"),
    (re.compile(r"^(?:实际)?完成(?:指标)?值|^全年实际(?:完成)?值|^实际完成"), "actual"),
    (re.compile(r"^(?:指标)?(?:分值|权重)$"), "weight"),
    (re.compile(r"^(?:自评)?得分$"), "score"),
    (re.compile(r"原因|措施"), "deviation"),
)
# Matches where any of _COLUMNS matches (its ^ and $ still anchor inside each group).
_ANY_COLUMN = re.compile("|".join(f"(?:{p.pattern})" for p, _ in _COLUMNS))
_NUMERIC = re.compile(r"^(?:[-+]?\d+(?:\.\d+)?|[-—–/／－]+)$")
_OPERATORS = frozenset({"=", "＝", "≥", "≤", ">", "<", ">=", "<=", "≧", "≦", "═", "定性", "定量"})
_UNIT = re.compile(r"^[^\d\s]{1,4}$")
_PLACEHOLDER = frozenset({"……", "...", "…", "其他", "指标1:", "指标2:"})


@dataclass
class GridRead:
    """Rows read from a grid, lines of rows whose columns could not be told apart, label weights."""

    rows: list[RowDraft] = field(default_factory=list)
    shifted: list[tuple[int, int]] = field(default_factory=list)  # (line, row index)
    weights: dict[str, str] = field(default_factory=dict)


def column_key(cell: str) -> str | None:
    """The RowDraft attribute an indicator header cell names, or None."""
    text = cell.replace(" ", "")
    if _ANY_COLUMN.search(text) is None:
        return None  # most cells: one search instead of one per column
    return next((k for p, k in _COLUMNS if p.search(text)), None)


def header_columns(cells: list[str]) -> list[str]:
    """Column keys of an indicator header row, in order; [] when it is not one."""
    keys: list[str] = []
    for cell in cells:
        key = column_key(cell)
        if key is not None and key not in keys:
            keys.append(key)
    return keys if "name" in keys and len(keys) >= 4 else []


def read_grid(
    rows: list[tuple[int, list[str]]], columns: list[str], positional: bool = False
) -> GridRead:
    """Rows (line, cells) after the header row, up to the total row.

    ``positional`` rows keep their empty cells, so cell k is column k; otherwise empty cells were
    dropped by the extraction and cells are placed by type.
    """
    out = GridRead()
    level1: str | None = None
    level2: str | None = None
    body = [c for c in columns if c not in ("level1", "level2")]
    for line, cells in rows if positional else _join_spilled(rows):
        if cells and cells[0].replace(" ", "") in TOTAL_LABELS:
            break
        cells = list(cells) if positional else [c for c in cells if c]
        while cells and level_of(cells[0]) is not None:
            kind, weight = level_of(cells[0]) or ("", None)
            name = strip_weight(cells.pop(0))
            if kind == "level1" or (kind == "either" and (level1 is None or _next_is_level(cells))):
                level1, level2 = name, None
            else:
                level2 = name
            if weight is not None:
                out.weights[name] = weight
        if not cells or not cells[0] or cells[0] in _PLACEHOLDER:
            continue
        row = RowDraft(level1, level2)
        if positional:
            for key, cell in zip(body, cells, strict=False):
                setattr(row, key, cell or None)
        elif not _align(row, cells, body):
            out.shifted.append((line, len(out.rows)))
        row.lines = {k: line for k in ("name", *body) if getattr(row, k, None) is not None}
        row.lines["row"] = line
        out.rows.append(row)
    return out


def _join_spilled(rows: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A row whose values spilled onto the next line ('三级指标 |' then '15 | 6 | 8.0 |', 050)."""
    out: list[tuple[int, list[str]]] = []
    for line, raw in rows:
        cells = [c for c in raw if c]
        if out and _only_name(out[-1][1]) and cells and _NUMERIC.match(cells[0]):
            out[-1] = (out[-1][0], out[-1][1] + cells)
            continue
        out.append((line, cells))
    return out


def _only_name(cells: list[str]) -> bool:
    rest = [c for c in cells if level_of(c) is None]
    return len(rest) == 1 and not _NUMERIC.match(rest[0])


def _next_is_level(cells: list[str]) -> bool:
    return bool(cells) and level_of(cells[0]) is not None


def _align(row: RowDraft, cells: list[str], columns: list[str]) -> bool:
    """Put cells into columns by type; False (and only the name kept) when it is ambiguous."""
    assigned: dict[str, str] = {}
    pending = list(cells)
    for column in columns:
        if not pending:
            break
        cell = pending[0]
        if column in ("weight", "score") and not _NUMERIC.match(cell):
            continue
        if column == "nature" and cell not in _OPERATORS:
            continue
        if column == "unit" and not _UNIT.match(cell):
            continue
        assigned[column] = pending.pop(0)
    ok = not pending and not _numbers_in_text_columns(assigned, cells, columns)
    if not ok:
        assigned = {k: v for k, v in assigned.items() if k in ("name", "nature")}
    for key, value in assigned.items():
        setattr(row, key, value)
    return ok


def _numbers_in_text_columns(
    assigned: dict[str, str], cells: list[str], columns: list[str]
) -> bool:
    """A bare number in 实际完成值 while 分值/得分 stay empty: it may belong to either."""
    if len(cells) >= len([c for c in columns if c != "deviation"]):
        return False
    empty_numeric = [c for c in ("weight", "score") if c in columns and c not in assigned]
    return bool(empty_numeric) and bool(_NUMERIC.match(assigned.get("actual", "x")))
