"""E14: 实际完成情况 copied from 预期目标, or claiming what the indicator table denies."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from difflib import SequenceMatcher

from jixiao.checks._common import has_target, is_blank, make
from jixiao.model.finding import Finding, Severity
from jixiao.scoring.context import Evaluation

SIMILARITY = 0.9  # [I] above this the two texts are the same text with a few words changed
_NOISE = re.compile(r"[\s\W_]+")
_LABEL = re.compile(r"^(年度目标|预期目标|实际完成情况|完成情况)[:：]?")
_CLAIM = re.compile(
    r"(?<![未没尚])(全部完成|全面完成|均已完成|圆满完成|全部达成|全面达成|均已达成|全部实现)"
)


def check(ev: Evaluation) -> Iterator[Finding]:
    expected, actual = ev.form.goals.expected, ev.form.goals.actual
    if expected is None or actual is None or is_blank(expected) or is_blank(actual):
        return
    ratio = _similarity(_normal(expected), _normal(actual))
    if ratio >= SIMILARITY:
        yield make(
            "E14.copied-goal",
            Severity.WARNING,
            "goals.actual",
            f"实际完成情况与预期目标几乎相同（相似度 {ratio:.0%}），未写明实际完成了什么（E14）",
            "E14",
        )
        return
    yield from _contradiction(ev, actual)


def _contradiction(ev: Evaluation, actual: str) -> Iterator[Finding]:
    claim = _CLAIM.search(actual)
    if claim is None:
        return
    idle = [i for i in ev.form.indicators if has_target(i) and is_blank(i.actual)]
    if not idle:
        return
    yield make(
        "E14.contradicts-table",
        Severity.INFO,
        "goals.actual",
        f"实际完成情况称“{claim.group(0)}”，但指标表中有 {len(idle)} 项指标"
        "实际完成值为空或“无”（E14）",
        "E14",
    )


def _similarity(a: str, b: str) -> float:
    """SequenceMatcher's ratio, or an upper bound of it when the bound already rules a copy out
    (the caller only compares it with SIMILARITY).

    The bounds are SequenceMatcher's real_quick_ratio (from the lengths) and quick_ratio
    (characters the two share, with multiplicity), the latter counted with Counter in C instead
    of its per-character Python loop.
    """
    length = len(a) + len(b)
    if not length:
        return 1.0  # two empty texts: SequenceMatcher calls them identical too
    bound = 2.0 * min(len(a), len(b)) / length
    if bound < SIMILARITY:
        return bound
    bound = 2.0 * sum((Counter(a) & Counter(b)).values()) / length
    if bound < SIMILARITY:
        return bound
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _normal(text: str) -> str:
    return _NOISE.sub("", _LABEL.sub("", text.strip()))
