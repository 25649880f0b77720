"""A department form's budget row glued after its header: '…执行率得分(分)O76%107.6' (R3).

The Chongqing department form (020) prints one budget row under 年初预算数 | 全年预算数 |
全年执行数 | 执行率 | 执行率权重 | 执行率得分. When the amounts are lost (OCR left an 'O') the
rate still stands with its sign right after the header, and the 权重 and 得分 after it run
together ('107.6'). That run is split only where the 得分 is the 权重 times the rate, rounded to
its printed decimals, and only when exactly one split does so (10 and 7.6 = 10 × 76%).
Amounts are never read here."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from jixiao.model.form import FundsRow
from jixiao.readers.text.funds import FundsRead

_SECTION = "部门预算执行情况"
_ROW = re.compile(
    r"执行率权重执行率得分(?:[(（]分[)）])?(?P<junk>[^\d%\s]{0,2})"
    r"(?P<rate>\d{1,3}(?:\.\d+)?)%(?P<run>\d[\d.]*)"
)
_NUMBER = re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?")
_MAX_WEIGHT = Decimal(100)


def fill_department_rate(funds: FundsRead, lines: list[str], first_line: int) -> FundsRead:
    """The total row's 执行率, 权重 and 得分 when the funds reader found no total row."""
    text = "\n".join(lines)
    if "total" in funds.rows or _SECTION not in text:
        return funds
    flat = text.replace(" ", "")
    match = _ROW.search(flat)
    if match is None:
        return funds
    rate = Decimal(match.group("rate"))
    splits = _splits(match.group("run"), rate)
    if len(splits) != 1:
        return funds
    weight, score = splits[0]
    line = first_line + flat.count("\n", 0, match.start("rate"))
    row = FundsRow(label=_SECTION, weight=weight, rate=rate, score=score)
    keys = ("total", "total.rate", "total.weight", "total.score")
    return replace(
        funds, rows={**funds.rows, "total": row}, lines={**funds.lines, **dict.fromkeys(keys, line)}
    )


def _splits(run: str, rate: Decimal) -> list[tuple[Decimal, Decimal]]:
    """Every cut of the run into 权重 and 得分 where 得分 = 权重 × rate (one printed unit)."""
    found = []
    for at in range(1, len(run)):
        head, tail = run[:at], run[at:]
        if not (_NUMBER.fullmatch(head) and _NUMBER.fullmatch(tail)):
            continue
        weight, score = Decimal(head), Decimal(tail)
        if not 0 < weight <= _MAX_WEIGHT or score > weight:
            continue
        exponent = score.as_tuple().exponent
        unit = Decimal(1).scaleb(exponent) if isinstance(exponent, int) else Decimal(1)
        if abs(weight * rate / 100 - score) <= unit / 2:  # the 得分 as rounded
            found.append((weight, score))
    return found
