"""Column roles read from a header row: the funds block's and the indicator table's (R1, R2)."""

from __future__ import annotations

import re

from jixiao.readers.grid.sheet import Slot
from jixiao.readers.text.labels import FUNDS_COLUMNS

# Indicator table headers → Indicator attribute; the first pattern that matches wins, so
# 实际完成值 is tried before 指标值 and 指标性质 before both.
INDICATOR_COLUMNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"一级指标"), "level1"),
    (re.compile(r"二级指标"), "level2"),
    (re.compile(r"三级指标"), "name"),
    (re.compile(r"指标性质"), "nature"),
    (re.compile(r"(?:度量|计量)单位"), "unit"),
    (re.compile(r"实际完成值|全年实际值|实际值|完成值|实际完成"), "actual"),
    (re.compile(r"指标值|目标值"), "target"),
    (re.compile(r"分值|权重"), "weight"),
    # '得分计算方法' explains the score, it is not the score column; '自评分' is (Hubei).
    (re.compile(r"得分(?!计算|方法|标准|依据)|自评分$"), "score"),
    (re.compile(r"原因|改进措施"), "deviation"),
)

_BUDGET_ROLES = frozenset({"initial", "adjusted", "executed"})
_MIN_FUNDS_COLUMNS = 3


def indicator_columns(slots: list[Slot]) -> dict[str, int] | None:
    """Role → column of an indicator header row (一级/二级/三级指标 …), or None for another row."""
    roles = _roles(slots, INDICATOR_COLUMNS, search=True)
    if "name" in roles or ("level1" in roles and "level2" in roles):
        return roles
    return None


def funds_columns(slots: list[Slot]) -> dict[str, int] | None:
    """Role → column of the funds header row (年初预算数, 全年预算数(A) …), or None."""
    roles = _roles(slots, FUNDS_COLUMNS, search=False)
    if len(roles) >= _MIN_FUNDS_COLUMNS and _BUDGET_ROLES & roles.keys():
        return roles
    return None


def _roles(
    slots: list[Slot], table: tuple[tuple[re.Pattern[str], str], ...], *, search: bool
) -> dict[str, int]:
    roles: dict[str, int] = {}
    for slot in slots:
        key = slot.key.rstrip(":")
        for pattern, role in table:
            if pattern.search(key) if search else pattern.match(key):
                roles.setdefault(role, slot.col)
                break
    return roles
