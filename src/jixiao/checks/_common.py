"""Small helpers shared by the checks: printed-precision comparison, row names, blank cells."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from jixiao.model.finding import Finding, Severity
from jixiao.model.form import Form, Indicator
from jixiao.model.report import IndicatorResult
from jixiao.scoring.context import Evaluation, Row

CENT = Decimal("0.01")
HUNDRED = Decimal(100)

# Cells that say "nothing here" (RULES.md Part M); 无 counts as empty in an explanation (R22).
_EMPTY_TOKENS = frozenset({"", "无", "暂无", "没有", "空", "略"})
_PUNCT = re.compile(r"[\s/／\\\-—–－_.。,，、;；:：!！]+")
# What a blank cell can begin with: _PUNCT's characters (besides \s, tested by isspace, which is
# what \s means in a str pattern) and those of the tokens. Asked for most cells of a form.
_MAY_OPEN_BLANK = frozenset("/／\\-—–－_.。,，、;；:：!！" + "".join(_EMPTY_TOKENS))


def places(d: Decimal) -> int:
    """Decimals printed: 5.30 → 2, 95 → 0 (trailing zeros count, P9)."""
    exponent = d.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def at_places(d: Decimal, n: int) -> Decimal:
    """Half-up to n decimals (P9); never Python's round(), which rounds half to even."""
    return d.quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def same_as_printed(printed: Decimal, computed: Decimal) -> bool:
    """P9: the computed value rounded to the printed precision equals the printed value."""
    return at_places(computed, places(printed)) == printed


def cents(d: Decimal) -> Decimal:
    return d.quantize(CENT, rounding=ROUND_HALF_UP)


def num(d: Decimal) -> str:
    """A number for a message, without exponent notation and with its printed digits."""
    return format(d, "f")


def money(d: Decimal) -> str:
    """An amount for a message: at most the printed digits, trailing zeros beyond cents dropped.

    Forms print "1,467.620000"; a reviewer reads 1467.62.
    """
    if places(d) > 2 and d == cents(d):
        d = cents(d)
    return format(d.normalize() if places(d) > 2 else d, "f")


def clip(text: str | None, limit: int = 24) -> str:
    """A cell's text for a message, shortened: long 定性 targets would drown the finding."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def score_text(d: Decimal) -> str:
    """A computed score for a message: two decimals, trailing zeros dropped ("2", "1.59")."""
    text = format(cents(d), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def is_blank(text: str | None) -> bool:
    """True for an empty cell or a placeholder such as 无, /, — (R22 'boilerplate' empties)."""
    if text is None:
        return True
    first = text[:1]
    if first and not first.isspace() and first not in _MAY_OPEN_BLANK:
        return False  # the first character stays after removing punctuation, and no token has it
    return _PUNCT.sub("", text) in _EMPTY_TOKENS


def has_target(ind: Indicator) -> bool:
    return not is_blank(ind.target)


def is_excluded(ind: Indicator) -> bool:
    """Left out of scoring: a 不适用 marker, or weight and score printed as dashes (P5)."""
    return not ind.applicable or (ind.weight is None and ind.score is None)


def cut_off(form: Form, index: int) -> bool:
    """The last row of a form that never reaches 总分: its dashes may be where the text ended."""
    return (
        index == len(form.indicators) - 1 and form.total.weight is None and form.total.score is None
    )


def row_name(ind: Indicator, index: int) -> str:
    """The 三级指标 name for a message, or the row's position when the name cell is empty."""
    if ind.name and ind.name.strip():
        return ind.name.strip()
    return f"第{index + 1}项指标"


def quoted(ind: Indicator, index: int) -> str:
    return f"“{row_name(ind, index)}”"


def results_by_index(ev: Evaluation) -> dict[int, IndicatorResult]:
    return {r.index: r for r in ev.computed.indicators}


def is_cost(row: Row) -> bool:
    """A 成本指标 row, under 产出 or as a first-level category of its own (P7)."""
    labels = (row.category, row.indicator.level2, row.indicator.level1)
    return any(label and "成本" in label for label in labels)


def make(code: str, severity: Severity, path: str, message: str, rule: str) -> Finding:
    return Finding(code=code, severity=severity, path=path, message=message, rule=rule)
