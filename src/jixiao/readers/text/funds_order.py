"""A funds block whose values stand before their row labels: the rows cannot be told apart (R2).

PDF extraction of some forms (003) prints the amounts right after the column header and each
row label after its values ('… 得分 250000.00 250000.00 215,457.6 10 8.62 … 上年结转资金 0 0 —
其他资金 0 0 —'). Reading each label with the numbers after it then gives one row the next row's
values, so such rows are left out with a finding rather than read wrong; only the total row is
kept when its arithmetic singles out its cells (funds_total.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.readers.base import reader_finding
from jixiao.readers.text.funds import FundsRead
from jixiao.readers.text.funds_total import read_total
from jixiao.readers.text.labels import FUNDS_COLUMNS
from jixiao.readers.text.lines import Frag

_NUMBER = re.compile(r"^[\d,]+(?:\.\d+)?%?$")
_LAST_COLUMN = "得分"


def drop_scrambled(funds: FundsRead, frags: list[Frag]) -> FundsRead:
    """``funds`` without its rows when the funds header is followed by numbers, not a label."""
    at = _header_end(frags)
    if at is None or at + 1 >= len(frags) or not _NUMBER.match(frags[at + 1].text):
        return funds
    if not (funds.rows or funds.extra):
        return funds
    # The total row alone, when R3's arithmetic shows which cells are its (funds_total.py).
    total = read_total(frags, at, "年度资金总额")
    rows, lines = ({"total": total[0]}, {"total": total[1]}) if total else ({}, {})
    kept = "只读取了分值和得分核对无误的年度资金总额行" if total else "资金行未读取"
    finding = reader_finding(
        "READ.columns-shifted",
        f"项目资金表的数值印在行名之前（第{frags[at].line}行起），"
        f"无法确定各数值属于哪一行，{kept}（R1）",
        line=frags[at].line,
        path="funds",
    )
    return replace(funds, rows=rows, extra=[], lines=lines, findings=[*funds.findings, finding])


def _header_end(frags: list[Frag]) -> int | None:
    """Index of the funds header's 得分 cell, found after at least three funds column names."""
    seen = 0
    for i, frag in enumerate(frags):
        text = frag.text.replace(" ", "")
        if any(p.match(text) for p, _ in FUNDS_COLUMNS):
            seen += 1
            if text.startswith(_LAST_COLUMN) and seen >= 3:
                return i
    return None
