"""Funds rows whose label and numbers ran together: '年度资金总额:202010100.00%10' (R2, R3).

The run is cut by what the columns hold: the number before '%' is the 执行率, the one after it
the 得分 (at most the 分值); the amounts before the rate must give that rate (全年执行数 ÷ 全年
预算数, to the printed decimals, one unit of rounding either way), and a sub-row holds no more
than the total row. Only a run with one such reading is filled in; if one cell is missing and the
amounts cannot be placed, only the 分值 and 执行率 all readings agree on are kept.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from jixiao.model.finding import Finding
from jixiao.model.form import FundsRow
from jixiao.readers.base import reader_finding
from jixiao.readers.text.funds import FundsRead

_ROWS = (
    ("total", re.compile(r"(?:年度)?(?:财政)?资金总额[:：]?\s*")),
    ("appropriation", re.compile(r"其中[:：]?(?:当年|本年)?(?:财政|一般公共预算)拨款[:：]?\s*")),
    ("extra", re.compile(r"其中[:：]?中央(?:财政资金|补助)[:：]?\s*")),
    # A funds table by 资金来源 ends in 合计 (028); read only with a rate, so that an indicator
    # table's '合计100' is never taken for amounts.
    ("total", re.compile(r"合计(?=[\d.,]+%)")),
)
_RUN = re.compile(r"\d[\d.,]*%?\d*(?:\.\d+)?")
_HEADER_START = re.compile(r"项目资金|资金情况|预算执行情况|预算申请")
# '预算执行情况 (万元) (20 分)': the funds item's weight printed in its section label (005).
_LABEL_WEIGHT = re.compile(r"[(（]\s*(\d{1,2})\s*分\s*[)）]")
_COLUMN = re.compile(
    r"(?P<initial>年初预算数?)|(?P<adjusted>全年预算数|调整后预算数|预算数)"
    r"|(?P<executed>全年执行数?|预算执行数|执行数)|(?P<weight>分值|权重)"
    r"|(?P<rate>(?:预算)?执行率)|(?P<score>得分)"
)
_AMOUNTS = ("initial", "adjusted", "executed")
_AMOUNT = re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?")
_WEIGHT = re.compile(r"[1-9]\d?")
_SCORE = re.compile(r"(?:0|[1-9]\d?)(?:\.\d{1,2})?")
_HUNDRED = Decimal(100)
_MAX_RATE = 6  # '100.00'
_MAX_AMOUNT = 14  # '9999999999.99'

_Reading = dict[str, str]


def fill_glued(funds: FundsRead, lines: list[str], first_line: int) -> FundsRead:
    """``funds`` with the glued rows it could not read filled in where the reading is unique."""
    text = "\n".join(lines)
    columns = _columns(text)
    if columns is None:
        return funds
    rows, extra, where = dict(funds.rows), list(funds.extra), dict(funds.lines)
    decoded: list[str] = []
    partial: list[Finding] = []
    total: _Reading | None = None
    for key, label, run, at in _glued_rows(text):
        if key != "extra" and key in rows:
            continue
        reading = _read_run(run, columns, sub=key != "total", total=total)
        if reading is None:
            continue
        if key == "total":
            total = reading
        path = f"extra_rows[{len(extra)}]" if key == "extra" else key
        row = FundsRow(label=label, **{k: Decimal(v) for k, v in reading.items()})
        line = first_line + text.count("\n", 0, at)
        where[path] = line
        where.update({f"{path}.{column}": line for column in reading})
        if key == "extra":
            extra.append(row)
        else:
            rows[key] = row
        decoded.append(run.rstrip("%"))
        if not any(c in reading for c in _AMOUNTS):
            partial.append(_partial_finding(run, label, line, path))
    findings = [
        f
        for f in funds.findings
        if not (f.code == "READ.glued-cells" and any(d in f.message for d in decoded))
    ]
    return replace(funds, rows=rows, extra=extra, lines=where, findings=findings + partial)


def _partial_finding(run: str, label: str, line: int, path: str) -> Finding:
    return reader_finding(
        "READ.glued-cells",
        f"粘连的单元格“{run}”少一个数，无法确定各金额属于哪一列（第{line}行），"
        f"“{label}”一行只读取了分值和执行率（R1）",
        line=line,
        path=f"funds.{path}",
    )


def _columns(text: str) -> tuple[str, ...] | None:
    """The funds columns in printed order, from the header up to the first row label."""
    text = text.replace(" ", "")
    start = _HEADER_START.search(text)
    end = _first_row(text, start.end()) if start else None
    if start is None or end is None:
        return None
    found: list[str] = []
    for match in _COLUMN.finditer(text, start.start(), end.start()):
        key = match.lastgroup
        if key is not None and key not in found:
            found.append(key)
    return tuple(found) if "rate" in found and "executed" in found else None


def fill_label_weight(funds: FundsRead, lines: list[str], first_line: int) -> FundsRead:
    """The funds item's weight printed in its section label ('预算执行情况(万元)(20分)', 005,
    050) when the total row prints none."""
    total = funds.rows.get("total")
    text = "\n".join(lines)
    weight = _label_weight(text)
    if total is None or total.weight is not None or weight is None:
        return funds
    rows = {**funds.rows, "total": total.model_copy(update={"weight": Decimal(weight)})}
    start = _HEADER_START.search(text)
    line = first_line + text.count("\n", 0, start.start() if start else 0)
    return replace(funds, rows=rows, lines={**funds.lines, "total.weight": line})


def _first_row(text: str, start: int) -> re.Match[str] | None:
    found = [m for _, p in _ROWS if (m := p.search(text, start)) is not None]
    return min(found, key=lambda m: m.start()) if found else None


def _label_weight(text: str) -> str | None:
    text = text.replace(" ", "")
    start = _HEADER_START.search(text)
    end = _first_row(text, start.end()) if start else None
    if start is None or end is None:
        return None
    match = _LABEL_WEIGHT.search(text, start.start(), end.start())
    return match.group(1) if match else None


def _glued_rows(text: str) -> list[tuple[str, str, str, int]]:
    """(row key, label, the number run glued to it, offset) for each glued funds row."""
    out: list[tuple[str, str, str, int]] = []
    for key, pattern in _ROWS:
        for match in pattern.finditer(text):
            run = _RUN.match(text, match.end())
            if run is not None and len(run.group(0)) >= 3:
                label = match.group(0).strip().rstrip(":：")
                out.append((key, label, run.group(0), match.start()))
    return sorted(out, key=lambda r: r[3])


def _read_run(
    run: str, columns: tuple[str, ...], *, sub: bool, total: _Reading | None
) -> _Reading | None:
    before_rate = [c for c in columns[: columns.index("rate")] if not sub or c in _AMOUNTS]
    if "%" not in run:
        readings = [r for r in _splits(run.replace(",", ""), before_rate) if _fits(r, total)]
        return readings[0] if len(readings) == 1 else None
    head, tail = run.replace(",", "").split("%", 1)
    score_follows = "score" in columns[columns.index("rate") :] and not sub
    if tail and not score_follows:
        return None
    readings = _rated(head, tail, before_rate, total)
    repeated = [r for r in readings if len({r[c] for c in _AMOUNTS if c in r}) == 1]
    if len(readings) == 1 or len(repeated) == 1:
        # Several readings, one of which prints the same amount in every column: the budget
        # spent in full, as most forms print it ('2456.18' x3, not '2456.1|82456.1|82456.18').
        return (repeated or readings)[0]
    if "weight" not in before_rate:
        return None
    # One cell missing: the weight and rate are known if every reading agrees on them.
    short = [c for c in before_rate if c != "initial"]
    partial = {
        tuple((k, r[k]) for k in ("weight", "rate", "score") if k in r)
        for r in _rated(head, tail, short, None)
        if len({r[c] for c in short if c in _AMOUNTS}) == 1 and Decimal(r["rate"]) == _HUNDRED
    }
    return dict(next(iter(partial))) if len(partial) == 1 else None


def _rated(head: str, tail: str, before: list[str], total: _Reading | None) -> list[_Reading]:
    out: list[_Reading] = []
    for cut in range(max(1, len(head) - _MAX_RATE), len(head)):
        rate = head[cut:]
        if not _AMOUNT.fullmatch(rate) or Decimal(rate) > _HUNDRED * 2:
            continue
        for reading in _splits(head[:cut], before):
            reading["rate"] = rate
            if tail:
                reading["score"] = tail
            if _consistent(reading) and _fits(reading, total):
                out.append(reading)
    # The zeros of '100%' also read as an empty execution at 0% ('2118211|0|0'): a 0% reading
    # is kept only when no reading with a rate exists.
    rated = [r for r in out if Decimal(r["rate"]) != 0]
    return rated or out


def _splits(digits: str, columns: list[str]) -> list[_Reading]:
    """Every way to cut ``digits`` into one number per column."""
    return [dict(cells) for cells in _cuts(digits, tuple(columns))]


@lru_cache(maxsize=1024)  # the suffixes of one run are cut again for every rate tried
def _cuts(digits: str, columns: tuple[str, ...]) -> tuple[tuple[tuple[str, str], ...], ...]:
    if not columns:
        return ((),) if not digits else ()
    pattern = _WEIGHT if columns[0] == "weight" else _AMOUNT
    out: list[tuple[tuple[str, str], ...]] = []
    for end in range(1, min(len(digits), _MAX_AMOUNT) + 1):
        head = digits[:end]
        if pattern.fullmatch(head):
            out.extend(((columns[0], head), *rest) for rest in _cuts(digits[end:], columns[1:]))
    return tuple(out)


def _consistent(reading: _Reading) -> bool:
    """执行率 = 执行数 ÷ 预算数, as printed; 得分 within 分值."""
    base = reading.get("adjusted") or reading.get("initial")
    executed, rate = reading.get("executed"), reading["rate"]
    if base is None or executed is None or Decimal(base) == 0:
        return False
    places = len(rate.split(".")[1]) if "." in rate else 0
    unit = Decimal(1).scaleb(-places)
    computed = Decimal(executed) / Decimal(base) * _HUNDRED
    if abs(computed - Decimal(rate)) > unit:
        return False
    score = reading.get("score")
    if score is not None and Decimal(rate) == 0 and Decimal(score) != 0:
        return False  # nothing spent scores nothing
    if score is not None:
        limit = Decimal(reading.get("weight") or _HUNDRED)
        return bool(_SCORE.fullmatch(score)) and Decimal(score) <= limit
    return True


def _fits(reading: _Reading, total: _Reading | None) -> bool:
    """A sub-row's amounts are no larger than the total row's."""
    if total is None:
        return True
    return all(
        Decimal(reading[c]) <= Decimal(total[c]) for c in _AMOUNTS if c in reading and c in total
    )
