"""What kind of text a form is: non-standard forms, truncation, lost digits (findings, R1)."""

from __future__ import annotations

import re

from jixiao.model.finding import Finding, Severity
from jixiao.model.form import Form
from jixiao.readers.base import NONSTANDARD_CODE, TRUNCATED_CODE, reader_finding
from jixiao.readers.text.labels import LEVEL1, LEVEL2

_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"基础数据表"), "部门整体支出绩效评价基础数据表（数据表）"),
    (re.compile(r"评分细则|评分标准|评价标准|评分表|指标解释"), "评分细则"),
    (re.compile(r"自评报告|自評報告|績效評價"), "自评报告（问卷式）"),
    (re.compile(r"区域绩效目标自评表"), "区域绩效目标自评表（转移支付）"),
    (
        re.compile(r"中央转移支付|中央对地方|专项转移支付|转移支付资金|中央财政资金"),
        "转移支付绩效自评（非项目支出表）",
    ),
)
_SECTIONS = ("项目资金", "资金情况", "预算执行情况", "年度总体目标", "绩效指标", "项目名称")
_SCORE_WORDS = ("得分", "分值", "权重")
# A form prints amounts, weights and scores; a page marker alone brings a digit or two.
_FEW_DIGITS = 4
_ASCII_DIGIT = re.compile(r"[0-9]")


def nonstandard_reason(text: str, form: Form, tail: bool) -> str | None:
    """Why the text is not a standard 项目支出绩效自评表, or None when it is one."""
    if tail:
        return "上一张表的末尾片段"
    for pattern, kind in _KINDS:
        if pattern.search(text):
            return kind
    if form.project.name is None and form.title is None:
        return "表格片段（没有表头）"
    if not any(w in text for w in _SCORE_WORDS):
        return "没有分值和得分栏"
    return None


def nonstandard_finding(reason: str, line: int) -> Finding:
    return reader_finding(
        NONSTANDARD_CODE,
        f"不是标准的项目支出绩效自评表（{reason}），不按评分规则计分（R1）",
        line=line,
    )


def truncation(text: str, form: Form, has_total: bool, last_line: int) -> Finding | None:
    """A form whose text ends before 总分/合计."""
    if has_total:
        return None
    where = _last_label(text)
    return reader_finding(
        TRUNCATED_CODE,
        f"文本在“{where}”处结束，没有总分（R1）" if where else "文本不完整，没有总分（R1）",
        line=last_line,
        severity=Severity.WARNING,
        path="total",
    )


def _last_label(text: str) -> str | None:
    labels = sorted(LEVEL1 | LEVEL2 | set(_SECTIONS), key=len, reverse=True)
    best: tuple[int, str] | None = None
    for label in labels:
        at = text.rfind(label)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, label)
    return best[1] if best else None


def _enough_ascii_digits(text: str) -> bool:
    found = _ASCII_DIGIT.finditer(text)
    return all(next(found, None) is not None for _ in range(_FEW_DIGITS + 1))


def no_digits(text: str, line: int) -> Finding | None:
    """A text with (almost) no digit lost its numbers in extraction (008 keeps only a '1/1')."""
    if _enough_ascii_digits(text):
        return None  # the usual case, found without counting every character
    digits = sum(ch.isdigit() for ch in text)
    if digits > _FEW_DIGITS:
        return None
    return reader_finding(
        "READ.no-digits",
        "文本中几乎没有数字（数字在提取时丢失），金额、分值和得分均无法读取（R1）",
        line=line,
        severity=Severity.WARNING,
    )
