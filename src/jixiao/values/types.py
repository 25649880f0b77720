"""The parsed forms of target (年度指标值) and actual (实际完成值) cells."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum


class TargetKind(StrEnum):
    """How a target is scored (RULES.md R10–R17, P10, P11, P15)."""

    POSITIVE = "positive"  # ≥ / > / 不低于 / 以上: more is better (R10)
    REVERSE = "reverse"  # ≤ / < / 不超过 / 以下, durations and cost ceilings (R11, P11)
    EQUAL = "equal"  # = (R12)
    RANGE = "range"  # 12-15个, 80%-90%, ±10% (R14, P15)
    DEADLINE = "deadline"  # 5月底前, 2021年9月30日前支出100%, 年底前 (R14, P10)
    QUALITATIVE = "qualitative"  # 达到预期, 有效提升, 应保尽保 (R15, R17)
    NONE = "none"  # blank, 无, -, —, /


class ActualKind(StrEnum):
    """What an actual value cell says."""

    NUMBER = "number"  # 17, 100%, 1467.42万元
    DATE = "date"  # 项目于9月10日征集完毕
    TIER = "tier"  # 达成年度指标 / 部分达成… / 未达成…
    TEXT = "text"  # anything else that is not empty
    NONE = "none"  # blank, 无, -, —, /


@dataclass(frozen=True, slots=True)
class Target:
    """A parsed 年度指标值 cell.

    ``value`` is the bound of a positive/reverse/equal target, in ``unit`` as printed ('%' keeps the
    percent number: '≥60%' has value 60, unit '%'). A range has ``low``/``high``; a ± tolerance
    range has ``tolerance=True`` and low = -x, high = +x. A deadline has ``deadline`` and, when the
    target is compound ('2021年9月30日前支出100%'), also ``value``/``unit`` for the amount due.
    ``subject`` is leading text that names what is counted ('支持特色园区项目' in
    '支持特色园区项目2000万元').
    """

    raw: str
    kind: TargetKind
    op: str | None = None  # one of '>=', '>', '<=', '<', '=' or None
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    deadline: date | None = None
    tolerance: bool = False
    approx: bool = False  # '约20家次'
    subject: str | None = None


@dataclass(frozen=True, slots=True)
class Actual:
    """A parsed 实际完成值 cell; ``tier`` is 1, 2 or 3 for the qualitative tiers (R15)."""

    raw: str
    kind: ActualKind
    value: Decimal | None = None
    unit: str | None = None
    date: date | None = None
    tier: int | None = None
    op: str | None = None  # an actual written with an operator: '≥95%'
