"""E9: targets that are not 细化量化 — vague words, the 二级 label repeated, or ≥0 (R14, R26)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.checks._common import clip, is_blank, make, quoted
from jixiao.model.finding import Finding, Severity
from jixiao.scoring.context import Evaluation, Row
from jixiao.values.types import TargetKind

# Wording that 101号 asks units to replace by a measurable value (R26 细化量化).
VAGUE = (
    "应保尽保",
    "应补尽补",
    "有效提升",
    "有效提高",
    "逐步提高",
    "逐步提升",
    "明显改善",
    "明显提升",
    "明显提高",
    "显著提升",
    "显著提高",
    "稳步提升",
    "稳步提高",
    "不断提高",
    "不断提升",
    "持续改善",
    "持续提升",
    "进一步提高",
    "进一步提升",
    "有所提高",
    "有所提升",
    "得到改善",
    "大幅提升",
)
_SHORT_EXTRA = 6  # [I] a target at most this much longer than the phrase is nothing but the phrase
_NOISE = re.compile(r"[\s\W_]+")


def check(ev: Evaluation) -> Iterator[Finding]:
    for row in ev.rows:
        text = row.indicator.target
        if text is None or is_blank(text):
            continue
        yield from _label_repeated(row, text)
        yield from _vague(row, text)
        yield from _zero_target(row, text)


def _label_repeated(row: Row, text: str) -> Iterator[Finding]:
    label = row.indicator.level2
    if label and _bare(text) == _bare(label):
        yield make(
            "E9.target-is-label",
            Severity.WARNING,
            f"{row.path}.target",
            f"{quoted(row.indicator, row.index)}的年度指标值“{text}”"
            "只是重复了二级指标名称（R26/E9）",
            "E9",
        )


def _vague(row: Row, text: str) -> Iterator[Finding]:
    # A number makes the target measurable even if it also says 有效提升 ("有效提升至90%").
    if row.target.kind not in (TargetKind.QUALITATIVE, TargetKind.NONE):
        return
    phrase = next((p for p in VAGUE if p in text), None)
    if phrase is None:
        return
    only = len(_NOISE.sub("", text)) <= len(phrase) + _SHORT_EXTRA
    yield make(
        "E9.vague-target",
        Severity.WARNING if only else Severity.INFO,
        f"{row.path}.target",
        f"{quoted(row.indicator, row.index)}的年度指标值“{clip(text)}”用“{phrase}”表述，"
        "未细化量化（R26/E9）",
        "E9",
    )


def _zero_target(row: Row, text: str) -> Iterator[Finding]:
    # R14: "≥0" is met by anything; the row scores full whatever happened.
    target = row.target
    if target.kind == TargetKind.POSITIVE and target.value == 0:
        yield make(
            "E9.zero-target",
            Severity.WARNING,
            f"{row.path}.target",
            f"{quoted(row.indicator, row.index)}的年度指标值“{clip(text)}”为 0，任何结果都算达标，"
            "目标没有意义（R14/E9）",
            "E9",
        )


def _bare(text: str) -> str:
    return _NOISE.sub("", text).removesuffix("指标")
