"""The funds block (项目资金, R2/R3): rows by label, cells by the printed column order."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from jixiao.model.finding import Finding
from jixiao.model.form import FundsRow
from jixiao.readers.base import reader_finding
from jixiao.readers.text.labels import FUNDS_COLUMNS, FUNDS_ROWS
from jixiao.readers.text.lines import Frag
from jixiao.values.errors import ValueParseError
from jixiao.values.numbers import is_null, parse_cell_number

# The national column order (10号文 附件1) when the header cannot be read.
DEFAULT_COLUMNS = ("initial", "adjusted", "executed", "weight", "rate", "score")
_AMOUNT_COLUMNS = ("initial", "adjusted", "executed")
_GLUED = re.compile(r"(?P<label>资金总额|财政拨款|财政资金)[:：]?(?P<digits>\d[\d.,%]{3,})")
_UNIT_YUAN = re.compile(r"[(（]\s*元\s*[)）]|单位[:：]\s*元")
_UNIT_WAN = re.compile(r"万元")
# A ratio rate above this is not a ratio but a percent printed without its sign.
_RATIO_LIMIT = Decimal("1.5")


@dataclass
class FundsRead:
    """Funds rows read, keyed total/appropriation/carryover/other or extra, with their lines."""

    unit: str = "万元"
    rows: dict[str, FundsRow] = field(default_factory=dict)
    extra: list[FundsRow] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)


def read_funds(frags: list[Frag]) -> FundsRead:
    """Read every funds row whose label stands in its own cell; report glued rows."""
    out = FundsRead(unit=_unit(frags))
    columns = _columns(frags)
    for i, frag in enumerate(frags):
        key = row_key(frag.text)
        if key is None or (key != "extra" and key in out.rows):
            continue
        path = f"extra_rows[{len(out.extra)}]" if key == "extra" else key
        row = _row(frag, _cells_after(frags, i), columns, path, out)
        out.lines[path] = frag.line
        if key == "extra":
            out.extra.append(row)
        else:
            out.rows[key] = row
    _report_glued(frags, out)
    return out


@lru_cache(maxsize=8192)  # pure, and asked for every fragment of the form
def row_key(text: str) -> str | None:
    """The Funds attribute a row label belongs to, or None."""
    label = text.replace(" ", "")
    for pattern, key in FUNDS_ROWS:
        if pattern.match(label):
            return key
    return None


def _unit(frags: list[Frag]) -> str:
    for frag in frags:
        if "项目资金" in frag.text or "资金情况" in frag.text or "年度预算数" in frag.text:
            if _UNIT_YUAN.search(frag.text):
                return "元"
            if _UNIT_WAN.search(frag.text):
                return "万元"
    for frag in frags[:80]:
        if _UNIT_YUAN.fullmatch(frag.text.strip()):
            return "元"
    return "万元"


def _columns(frags: list[Frag]) -> tuple[str, ...]:
    """The funds columns in printed order, from the first run of column labels."""
    found: list[str] = []
    for frag in frags:
        text = frag.text.replace(" ", "")
        key = next((k for p, k in FUNDS_COLUMNS if p.match(text)), None)
        if key is not None and key not in found:
            found.append(key)
        elif found and row_key(text) is not None:
            break
    usable = [k for k in found if k in DEFAULT_COLUMNS or k == "reason"]
    return tuple(usable) if len(usable) >= 3 else DEFAULT_COLUMNS


def _cells_after(frags: list[Frag], i: int) -> list[Frag]:
    """The value cells after a row label: numbers and dashes up to the next label or text."""
    cells: list[Frag] = []
    for frag in frags[i + 1 : i + 10]:
        if row_key(frag.text) is not None or not _is_value(frag.text):
            break
        cells.append(frag)
    return cells


def _is_value(text: str) -> bool:
    if is_null(text):
        return True
    try:
        parse_cell_number(text)
    except ValueParseError:
        return False
    return True


def _row(
    label: Frag, cells: list[Frag], columns: tuple[str, ...], key: str, out: FundsRead
) -> FundsRow:
    values: dict[str, Decimal | None] = {}
    if len(cells) > len(columns) and columns == DEFAULT_COLUMNS[: len(columns)]:
        columns = DEFAULT_COLUMNS  # '得分' printed after the row in a flattened extraction
    for column, cell in zip(columns, cells, strict=False):
        if column == "reason":
            break
        values[column] = _number(cell, column, key, out)
        if values[column] is not None:
            out.lines[f"{key}.{column}"] = cell.line
    return FundsRow(label=label.text, **values)


def _number(cell: Frag, column: str, key: str, out: FundsRead) -> Decimal | None:
    value = parse_cell_number(cell.text)
    if column != "rate" or not value or "%" in cell.text:
        return value
    if value <= _RATIO_LIMIT:
        percent = _as_percent(value)
        out.findings.append(
            reader_finding(
                "READ.rate-ratio",
                f"执行率印为比值“{cell.text}”，按百分数 {percent}% 读取（R3）",
                line=cell.line,
                path=f"funds.{key}.rate",
            )
        )
        return percent
    return value


def _as_percent(ratio: Decimal) -> Decimal:
    """0.958 → 95.8 and 0.1 → 10, keeping the digits printed."""
    percent = ratio.scaleb(2)
    exponent = percent.as_tuple().exponent
    return percent.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else percent


def _report_glued(frags: list[Frag], out: FundsRead) -> None:
    """Rows whose label and numbers ran together ('资金总额303010100%'): left empty, reported."""
    for frag in frags:
        for match in _GLUED.finditer(frag.text):
            digits = match.group("digits")
            out.findings.append(
                reader_finding(
                    "READ.glued-cells",
                    f"无法拆分粘连的单元格“{digits}”（第{frag.line}行），"
                    f"“{match.group('label')}”一行留空（R1）",
                    line=frag.line,
                    path="funds",
                )
            )
