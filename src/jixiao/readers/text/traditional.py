"""Traditional-Chinese texts with pinyin noise ('項(xiàng)目'): cleaned so labels are found."""

from __future__ import annotations

import re

from jixiao.model.finding import Finding, Severity
from jixiao.readers.base import reader_finding

# Pinyin in parentheses after a character, as some portals' "convert to traditional" add it.
_PINYIN = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]")
# The characters of the labels the reader looks for, mapped wherever they occur (values too:
# the finding says the text was converted).
_TO_SIMPLIFIED = str.maketrans(
    "項績價預財總標實際門單負責聯電話資額當結轉數執產質時經濟滿務對計劃級據評報說參與導稱衛況態",
    "项绩价预财总标实际门单负责联电话资额当结转数执产质时经济满务对计划级据评报说参与导称卫况态",
)
_TRADITIONAL = re.compile(r"[項績價預財總標實際門單負責聯電話資額當結轉數執產質時經濟滿務對]")
_MIN_TRADITIONAL = 5


def simplify(text: str) -> tuple[str, Finding | None]:
    """Remove pinyin noise and map label characters to simplified; say so in a finding."""
    count = len(_TRADITIONAL.findall(text))
    if count < _MIN_TRADITIONAL:
        return text, None
    cleaned = _PINYIN.sub("", text).translate(_TO_SIMPLIFIED)
    finding = reader_finding(
        "READ.traditional-chinese",
        "文本为繁体中文（夹有拼音注音），已去掉注音并按简体识别栏目名称（R1）",
        line=1,
        severity=Severity.INFO,
    )
    return cleaned, finding
