"""Traditional-Chinese texts with pinyin noise ('項(xiàng)目'): cleaned so labels are found."""

from __future__ import annotations

import re

from jixiao.model.finding import Finding, Severity
from jixiao.readers.base import ReadForm, reader_finding

# Pinyin in parentheses after a character, as some portals' "convert to traditional" add it.
_PINYIN = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]")
# The characters of the labels the reader looks for, mapped wherever they occur (values too:
# the finding says the text was converted). 屬/內 end header values: 项目屬性, 项目主要內容 (041).
_TO_SIMPLIFIED = str.maketrans(
    "項績價預財總標實際門單負責聯電話資額當結轉數執產質時經濟滿務對計劃級據評報說參與導稱衛況態會續響達屬內",
    "项绩价预财总标实际门单负责联电话资额当结转数执产质时经济满务对计划级据评报说参与导称卫况态会续响达属内",
)
_TRADITIONAL = re.compile(r"[項績價預財總標實際門單負責聯電話資額當結轉數執產質時經濟滿務對]")
_MIN_TRADITIONAL = 5
_INDICATOR_TEXT = ("level1", "level2", "name", "target", "actual", "deviation", "unit")


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


def keep_printed(read: ReadForm, simplified: str, original: str) -> ReadForm:
    """The form's text values as printed: labels were found in the simplified text, but a value
    keeps the characters of its cell (R1: values are read, not rewritten). Simplifying maps one
    character to one, so a value found in the simplified text sits at the same place in the
    original once the pinyin is removed."""
    printed = _PINYIN.sub("", original)
    if len(printed) != len(simplified):
        return read

    def back(value: str | None) -> str | None:
        at = simplified.find(value) if value else -1
        return value if at < 0 or value is None else printed[at : at + len(value)]

    form = read.form
    indicators = tuple(
        ind.model_copy(update={key: back(getattr(ind, key)) for key in _INDICATOR_TEXT})
        for ind in form.indicators
    )
    project = form.project.model_copy(
        update={key: back(value) for key, value in form.project if isinstance(value, str)}
    )
    goals = form.goals.model_copy(
        update={"expected": back(form.goals.expected), "actual": back(form.goals.actual)}
    )
    weights = {back(label) or label: weight for label, weight in form.level1_weights.items()}
    update = {
        "title": back(form.title),
        "project": project,
        "goals": goals,
        "indicators": indicators,
        "level1_weights": weights,
    }
    return ReadForm(form.model_copy(update=update), read.findings, read.label)
