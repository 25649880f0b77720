"""Unit families (R25) so that checks compare an actual with its target only in the same unit."""

from __future__ import annotations

from decimal import Decimal

# 万元 is the funds block's unit (R3); other money units convert through it.
_MONEY_IN_WAN = {
    "元": Decimal("0.0001"),
    "千元": Decimal("0.1"),
    "万元": Decimal(1),
    "亿元": Decimal(10000),
}
_FAMILIES = {
    "percent": ("%", "％", "百分比"),
    "money": tuple(_MONEY_IN_WAN),
    "time": ("天", "日", "个月", "月", "年", "小时", "工作日", "周"),
    "area": ("平方米", "平米", "㎡", "亩", "公顷", "平方公里", "万平方米", "万平米"),
    "length": ("米", "公里", "千米"),
}


def family(unit: str | None) -> str | None:
    """percent / money / time / area / length, 'count' for any other unit, None when absent."""
    if unit is None or not unit.strip():
        return None
    u = unit.strip()
    for name, members in _FAMILIES.items():
        if u in members:
            return name
    return "count"


def incompatible(a: str | None, b: str | None) -> bool:
    """True when both units are present and belong to different families (万元 vs %)."""
    fa, fb = family(a), family(b)
    return fa is not None and fb is not None and fa != fb


def convert(value: Decimal, unit: str | None, to: str | None) -> Decimal | None:
    """The value in unit ``to``; None when the units cannot be compared.

    A missing unit on either side is taken as the other side's unit: forms print '17' against
    '12-15个'.
    """
    if unit is None or to is None or unit == to:
        return value
    if unit in _MONEY_IN_WAN and to in _MONEY_IN_WAN:
        return value * _MONEY_IN_WAN[unit] / _MONEY_IN_WAN[to]
    if family(unit) == "percent" and family(to) == "percent":
        return value
    return None


def in_wan(value: Decimal, unit: str | None) -> Decimal | None:
    """A money amount in 万元; None when the unit is not money (an absent unit counts as 万元)."""
    if unit is None:
        return value
    factor = _MONEY_IN_WAN.get(unit.strip())
    return None if factor is None else value * factor
