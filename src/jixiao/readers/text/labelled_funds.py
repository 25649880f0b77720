"""Funds printed as labelled amounts, not as a table: '预算数: 2.38 执行数: 2.38' (R2).

Transfer and county forms (034, 038, 039) print the budget as column groups, each a label and its
amount ('转移支付预算数(A) 5.8万', '预算数 6.84 到位数 6.84 执行数 6.84'), and repeat a sub-row
once per group ('其中:中央补助 2.38万元' under 预算数, again under 执行数). Read as a table, those
amounts land in the wrong columns; here each goes to the group it is printed in. A sub-row is
filled only when it is printed once per group, so its amounts can be matched to the groups.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from jixiao.model.form import FundsRow
from jixiao.readers.text.funds import DEFAULT_COLUMNS, FundsRead, row_key

_AREA_START = re.compile(r"预\s*算\s*执\s*行\s*情\s*况|资金执行情况")  # 039 stacks it
_AREA_END = re.compile(r"年度目标|目标完成情况|预期目标|年度总体目标|绩效指标")
_AMOUNT = r"(\d[\d,]*(?:\.\d+)?)\s*(?:万元|万|元)?"
_GROUP = re.compile(rf"(?:转移支付)?(预算数|到位数|执行数)(?:[(（][AB][)）])?[:：]?\s*{_AMOUNT}")
_RATE = re.compile(r"(?:预算)?执行率(?:[(（]B/A[)）])?[:：]?\s*(\d+(?:\.\d+)?)\s*%")
# '预算执行进度(%)' as a column: its value follows the 执行数 amount.
_PROGRESS = re.compile(rf"执行数[:：]?\s*{_AMOUNT}\s+(\d+(?:\.\d+)?)(?=\s|$)")
# With no rate column, a bare number after the 执行数 amount is the section's weight (038:
# '执行数: 2.38 20', as 年度目标 20 and 指标 50 are printed by their sections).
_BARE_WEIGHT = re.compile(rf"执行数[:：]?\s*{_AMOUNT}\s+([1-9]\d?)(?=\s)")
_SUB_ROW = re.compile(
    rf"(其中[:：]?\s*(?:中央补助|中央财政资金|财政资金|财政拨款)|地方资金/其他|其他)\s*{_AMOUNT}"
)
_COLUMN = {"预算数": "adjusted", "执行数": "executed"}
_BUDGET_TOTAL = re.compile(r"预算资金总额[)）]?[:：]\s*(\d[\d,]*(?:\.\d+)?)\s*$")
_BREAKDOWN_ROW = re.compile(r"(\D{2,20}?)\s+(\d[\d,]*(?:\.\d+)?)")
_MAX_AREA = 600
_SPLIT_LABEL = re.compile(r"其中[:：]?\s*(?:当年|本年)财政\s+拨款")
_CELL = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?:万元|%)?")


def fill_labelled(funds: FundsRead, lines: list[str], first_line: int) -> FundsRead:
    """``funds`` with rows from labelled amounts when the table reading found no total."""
    if _has_total(funds):
        return funds
    text = "\n".join(lines)
    start = _AREA_START.search(text)
    if start is None:
        return funds
    end = _AREA_END.search(text, start.end())
    area = text[start.start() : end.start() if end else start.end() + _MAX_AREA]
    groups = [(m.group(1), m.group(2)) for m in _GROUP.finditer(area)]
    names = [name for name, _ in groups]
    if "预算数" not in names or "执行数" not in names or len(set(names)) != len(names):
        return funds
    line = first_line + text.count("\n", 0, start.start())
    rows, extra = _rows(area, groups)
    where = {path: line for path in (*rows, *(f"extra_rows[{i}]" for i in range(len(extra))))}
    return replace(funds, rows=rows, extra=extra, lines=where)


def _rows(area: str, groups: list[tuple[str, str]]) -> tuple[dict[str, FundsRow], list[FundsRow]]:
    values = {_COLUMN[name]: _number(amount) for name, amount in groups if name in _COLUMN}
    rate = _RATE.search(area) or (_PROGRESS.search(area) if "执行进度" in area else None)
    if rate is not None:
        values["rate"] = Decimal(rate.groups()[-1])
    elif weight := _BARE_WEIGHT.search(area):
        values["weight"] = Decimal(weight.group(2))
    rows = {"total": FundsRow(label="预算执行情况", **values)}
    extra: list[FundsRow] = []
    by_label: dict[str, list[str]] = {}
    for match in _SUB_ROW.finditer(area):
        by_label.setdefault(match.group(1).replace(" ", ""), []).append(match.group(2))
    for label, amounts in by_label.items():
        if len(amounts) != len(groups):
            continue
        cells = {
            _COLUMN[name]: _number(amount)
            for (name, _), amount in zip(groups, amounts, strict=True)
            if name in _COLUMN
        }
        key = row_key(label) or ("other" if label == "其他" else "extra")
        if key == "extra":
            extra.append(FundsRow(label=label, **cells))
        elif key not in rows:
            rows[key] = FundsRow(label=label, **cells)
    return rows, extra


def _has_total(funds: FundsRead) -> bool:
    total = funds.rows.get("total")
    return total is not None and (total.adjusted is not None or total.executed is not None)


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def fill_budget_breakdown(funds: FundsRead, lines: list[str], first_line: int) -> FundsRead:
    """A checklist's 预算资金安排 (033): '年度预算资金总额): 1084.25' and one source a line below
    it, budget only. The first breakdown is the form's; the ones after it split each programme,
    so their '其中:中央补助' lines are not more rows of the form's funds."""
    if _has_total(funds):
        return funds
    for offset, raw in enumerate(lines):
        total = _BUDGET_TOTAL.search(raw)
        if total is None:
            continue
        extra: list[FundsRow] = []
        for below in lines[offset + 1 :]:
            row = _BREAKDOWN_ROW.fullmatch(below.strip())
            if row is None:
                break
            extra.append(FundsRow(label=row.group(1), adjusted=_number(row.group(2))))
        line = first_line + offset
        where = {"total": line, **{f"extra_rows[{i}]": line + 1 + i for i in range(len(extra))}}
        rows = {"total": FundsRow(label="年度预算资金总额", adjusted=_number(total.group(1)))}
        return replace(funds, rows=rows, extra=extra, lines=where)
    return funds


def fill_split_label(funds: FundsRead, lines: list[str], first_line: int) -> FundsRead:
    """'其中:当年财政 拨款 620.82万元 620.82万元 620.82万元 100 100% 10' (037): the label broken at
    a space, so the table reading missed the row. Read when it prints a cell for every column of
    the national order, as the total row above it does."""
    if "appropriation" in funds.rows:
        return funds
    for offset, raw in enumerate(lines):
        label = _SPLIT_LABEL.search(raw)
        if label is None:
            continue
        cells = _value_cells(raw[label.end() :].split())
        if len(cells) != len(DEFAULT_COLUMNS):
            return funds
        row = FundsRow(label=label.group(0), **dict(zip(DEFAULT_COLUMNS, cells, strict=True)))
        line = first_line + offset
        return replace(
            funds,
            rows={**funds.rows, "appropriation": row},
            lines={**funds.lines, "appropriation": line},
        )
    return funds


def _value_cells(tokens: list[str]) -> list[Decimal]:
    """The numbers after a label, up to the first cell that is not one ('620.82万元', '100%')."""
    out: list[Decimal] = []
    for token in tokens:
        value = _CELL.fullmatch(token)
        if value is None:
            break
        out.append(_number(value.group(1)))
    return out
