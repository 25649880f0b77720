"""The header: 表名, 年度, 项目名称, 主管部门, 实施单位, 项目负责人, 联系电话 (R1)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from jixiao.readers.text.labels import FUNDS_COLUMNS, FUNDS_ROWS, HEADER_LABELS
from jixiao.readers.text.lines import Frag

# 自评报告表 before 自评报告: a questionnaire's title ends in 表 (041).
# 评分细则 is a rubric's (019); 自评价报告 a report's before the form's title (035).
_TITLE = re.compile(
    r"[^\s|:：，,。]{0,30}?"
    r"(?:自评表|评分表|自評表|数据表|自评报告表|自評報告表|自评价报告|自评报告|自評報告|评分细则)"
)
# The labels that open a form's body: its title is the last one printed before them (014, 024).
_NAME_LABELS = ("项目名称", "转移支付(项目)名称", "专项名称")
_YEAR_IN_PARENS = re.compile(r"[（(]\s*(20\d\d)\s*年\s*度?\s*[)）]")
_YEAR = re.compile(r"(20\d\d)\s*年\s*度")
_YEAR_LABEL = re.compile(r"项目年份\s*[:：]?\s*(20\d\d)(?!\d)")
_LEADING_YEAR = re.compile(r"(20\d\d)\s*年")
_PHONE = re.compile(r"^(?P<who>[^\d]*?)\s*(?P<phone>\d[\d\-－—() （）]{6,}.*)$")
# Words that end a header value glued to the next label in a one-line extraction.
_STOPS = (
    *(label for label, _ in HEADER_LABELS),
    "项目资金",
    "资金情况",
    "项目类别",
    "项目属性",
    "项目基本情况",
    "年初预算",
    "全年预算",
    "预算执行情况",
    "年度资金总额",
    "年度总体目标",
    "绩效指标",
    "填报日期",
    "自评总分",
    "项目年度目标",
    "财务负责人",
    "单位负责人",
    "项目地址",
    "年度预算申请",
    "中央主管部门",
    "财政处室",  # a Chongqing department form's label after 主管部门 (020)
    "主要内容",
    "项目主要内容",  # the name ends before it, not before 主要内容 (041)
    # The unit of a data sheet's figures right after its 填报单位 (036).
    "单位:元",
    "单位：元",
    "单位:万元",
    "单位：万元",
)
_STOP_RE = re.compile("|".join(re.escape(s) for s in sorted(_STOPS, key=len, reverse=True)))
_FALLBACK_LABELS = (("填报单位", "unit"), ("评价项目", "name"))
_MAX_VALUE = 80
# '《……' of a file name, '1、' of a page list, '1/1' of a page number (008).
_TITLE_NOISE = re.compile(r"^(?:[《…. 、]+|\d+、|\d+/\d+)+")
# A signature's date glued before the next form's title:
# '…水利局2022年12月30日绩效目标自评表' (024).
_SIGNED = re.compile(r"^.*20\d\d年\d{1,2}月\d{1,2}日")
# '(盖章)' after 实施单位, '(单位)' after 主管部门.
_REMARK = re.compile(r"^[(（][^)）]{1,4}[)）]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# 中央主管部门 of a transfer form is the ministry, not the form's 主管部门 (014); its
# 省级主管部门 is the province's department, not the form's either (038).
_CENTRAL = ("中央", "省级")


@dataclass
class Header:
    """Header values read, with the line each came from."""

    title: str | None = None
    year: int | None = None
    fields: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)


def read_header(frags: list[Frag]) -> Header:
    """Header values by label; a value is the rest of the label's cell or the next cell."""
    header = Header()
    _read_title(frags, header)
    for i, frag in enumerate(frags):
        for label, key in _labels_opening(frag.text):
            if key in header.fields:
                continue
            value = _value_after(frags, i, label)
            if value:
                _store(header, key, value, frag.line)
            break
    _read_glued(frags, header)
    _read_fallbacks(frags, header)
    if header.year is None:
        _read_year_label(frags, header)
    return header


def _read_year_label(frags: list[Frag], header: Header) -> None:
    """A year printed as a header field ('项目年份 2017', 035), when the title has none."""
    for k, frag in enumerate(frags[:60]):
        if "项目年份" not in frag.text:
            continue
        # The value is the rest of the label's cell or the next cell.
        match = _YEAR_LABEL.search(" ".join(f.text for f in frags[k : k + 2]))
        if match:
            header.year = int(match.group(1))
            header.lines["year"] = frag.line
            return


def _read_fallbacks(frags: list[Frag], header: Header) -> None:
    """Labels that name a field only when the form has no label of its own for it: a data
    sheet's 填报单位 (036), a rubric's 评价项目 (019). A questionnaire's 填报单位 is not its
    项目单位 (041), so these never override a value read by its own label."""
    for label, key in _FALLBACK_LABELS:
        if key in header.fields:
            continue
        for frag in frags[:60]:
            at = frag.text.find(label)
            if at < 0:
                continue
            value = _value_after([Frag(frag.text[at:], frag.line)], 0, label)
            if value:
                _store(header, key, value, frag.line)
            break


_LABEL_FIRST = frozenset(label[0] for label, _ in HEADER_LABELS)


@lru_cache(maxsize=8192)  # pure, and asked for every fragment of the form
def _labels_opening(text: str) -> tuple[tuple[str, str], ...]:
    """The (label, key) pairs of HEADER_LABELS that the text starts with, in their order."""
    if text[:1] not in _LABEL_FIRST:
        return ()  # most fragments: no label starts with their first character
    return tuple((label, key) for label, key in HEADER_LABELS if text.startswith(label))


def _read_glued(frags: list[Frag], header: Header) -> None:
    """Labels glued inside a longer cell (one-line extractions without separators)."""
    start = next(
        (i for i, f in enumerate(frags) if any(label in f.text for label, _ in HEADER_LABELS)),
        None,
    )
    if start is None:
        return
    for k, frag in enumerate(frags[start : start + 40], start):
        for label, key in HEADER_LABELS:
            if key in header.fields:
                continue  # found already (most keys by now): no need to look for the label
            at = frag.text.find(label)
            if at <= 0 or frag.text[:at].endswith(_CENTRAL):
                continue
            # A label glued to the title ends its cell; its value is the next cell (035).
            glued = [Frag(frag.text[at:], frag.line), *frags[k + 1 : k + 3]]
            value = _value_after(glued, 0, label)
            if value:
                _store(header, key, value, frag.line)


def _read_title(frags: list[Frag], header: Header) -> None:
    """The title nearest before 项目名称, and the year printed with it ('（2021年度）')."""
    head: list[Frag] = []
    cut = None
    for frag in frags[:60]:
        head.append(frag)
        cut = _name_label_at(frag.text)
        if cut is not None:
            break
    for frag in head:
        text = frag.text[:cut] if frag is head[-1] and cut is not None else frag.text
        # The last title of a cell: a report's prose names other reports before the form's (014).
        matches = list(_TITLE.finditer(text))
        if matches:
            title = _SIGNED.sub("", _TITLE_NOISE.sub("", matches[-1].group(0)))
            header.title = title or header.title
            header.lines["title"] = frag.line
    # The year printed with the title wins over dates elsewhere (a file name may differ, 026).
    titled = [f for f in head if f.line >= header.lines.get("title", 0)]
    for k, frag in enumerate(titled + head):
        # '（2022 年度）' may be split into two cells at its space.
        window = " ".join(f.text for f in (titled + head)[k : k + 3])
        match = _YEAR_IN_PARENS.match(window) or _YEAR.search(frag.text)
        match = match or _YEAR_IN_PARENS.search(frag.text)
        if match:
            header.year = int(match.group(1))
            header.lines["year"] = frag.line
            break
    if header.year is None:
        _year_in_title(titled, header)


def _name_label_at(text: str) -> int | None:
    """Where the first project-name label of the text starts, if it has one."""
    found = [at for at in (text.find(label) for label in _NAME_LABELS) if at >= 0]
    return min(found) if found else None


def _year_in_title(titled: list[Frag], header: Header) -> None:
    """'1、项目支出绩效自评表(2020' + ' 年度)' split at its space (013), or a title that opens
    with its year ('2021年中央对地方…区域绩效目标自评表', 039)."""
    for k, frag in enumerate(titled):
        window = " ".join(f.text for f in titled[k : k + 2])
        match = _YEAR_IN_PARENS.search(window)
        if match:
            header.year = int(match.group(1))
            header.lines["year"] = frag.line
            return
    leading = _LEADING_YEAR.match(header.title or "")
    if leading:
        header.year = int(leading.group(1))
        header.lines["year"] = header.lines["title"]


def _value_after(frags: list[Frag], i: int, label: str) -> str | None:
    rest = _REMARK.sub("", frags[i].text[len(label) :].strip()).lstrip(":： ")
    following = [f for f in frags[i + 1 : i + 3] if not _REMARK.match(f.text)]
    if not rest and following and not is_label(following[0].text):
        rest = following[0].text
    stop = _STOP_RE.search(rest)
    if stop is not None:
        rest = rest[: stop.start()]
    rest = rest.strip(" :：|")
    if not rest or len(rest) > _MAX_VALUE or is_label(rest):
        return None
    if rest.count(")") + rest.count("）") > rest.count("(") + rest.count("（"):
        return None  # the label sat inside parentheses, as in (实施单位用)填报单位
    if label != "联系电话" and not _CJK.search(rest):
        return None  # a name or unit without any Chinese character is a stray number
    if label == "联系电话" and not any(ch.isdigit() for ch in rest):
        return None  # a phone number has digits; '部门' is the next label's word (020)
    if any(full.startswith(rest) for full, _ in HEADER_LABELS):
        return None  # a label broken over two cells ('项目主管单' + '位')
    return rest


def _store(header: Header, key: str, value: str, line: int) -> None:
    if key == "leader_phone":
        match = _PHONE.match(value)
        who, phone = (match.group("who"), match.group("phone")) if match else (value, None)
        for sub, text in (("leader", who), ("phone", phone)):
            if text and text.strip():
                header.fields[sub] = text.strip()
                header.lines[sub] = line
        return
    header.fields[key] = value
    header.lines[key] = line


def is_label(text: str) -> bool:
    """True for a header, funds row or funds column label (a cell that is not a value)."""
    stripped = text.strip(" :：")
    if any(stripped.startswith(label) for label, _ in HEADER_LABELS):
        return True
    if any(p.match(stripped) for p, _ in FUNDS_ROWS) or any(
        p.match(stripped) for p, _ in FUNDS_COLUMNS
    ):
        return True
    return _STOP_RE.match(stripped) is not None
