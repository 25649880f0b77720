"""The form's head: 表名, 年度, the 项目名称 … 联系电话 fields, the goals and 自评等级 (R1)."""

from __future__ import annotations

import re

from jixiao.readers.grid.draft import Draft, Row
from jixiao.readers.grid.sheet import Slot, label_key, value_text
from jixiao.readers.grid.table import Cell
from jixiao.readers.text.labels import HEADER_LABELS

# A title ends with 自评表, maybe with its year; a goal sentence mentioning 自评表 is no title.
TITLE = re.compile(r"(?:绩效目标自评表|绩效自评表|自评表)(?:\(\d{4}年度?\))?$")
_TITLE_TEXT = re.compile(r"(?:20\d\d\s*年度?)?\s*(\S*?(?:绩效目标自评表|绩效自评表|自评表))")
_YEAR_IN_PARENS = re.compile(r"[（(]\s*(20\d\d)\s*年\s*度?\s*[)）]")
_YEAR = re.compile(r"(20\d\d)\s*年\s*度")
_PHONE = re.compile(r"^(?P<who>[^\d]*?)[\s/／,，、:：]*(?P<phone>\d[\d\-－—() （）]{6,}.*)$")
_MAX_TITLE = 40
# '附件1：' or '1、' printed before the title is not part of it.
_TITLE_NOISE = re.compile(r"^(?:附件\d*:?|\d+[、.])+")
# '(盖章)' after 实施单位, '(单位)' after 主管部门: a remark on the label, not its value.
_REMARK = re.compile(r"^\([^)]{1,4}\)")
_HEAD_KEYS = tuple(
    (label_key(label), attr) for label, attr in sorted(HEADER_LABELS, key=lambda x: -len(x[0]))
)
_GOAL_LABELS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:预期目标|年初设定目标|(?:项目)?年度(?:绩效)?目标|绩效目标)$"), "expected"),
    (
        re.compile(
            r"^(?:实际完成情况|(?:年度(?:总体)?)?目标完成情况(?:综述)?|全年实际完成情况|完成情况)$"
        ),
        "actual",
    ),
)
_LABEL_ATTR = dict(_HEAD_KEYS)
# A header label where a cell starts or after a space, with its remark '(盖章)' and colon.
_LABEL_RE = re.compile(
    "(?:^|(?<=\\s))("
    + "|".join(re.escape(label) for label, _ in _HEAD_KEYS)
    + ")(?:\\s*[(（][^)）]{1,4}[)）])?\\s*[:：]?"
)
_GRADE_LABEL = re.compile(r"^(?:自评等级|评价等级|自评结果|绩效等级)")


def is_title(slot: Slot) -> bool:
    """A title cell: '项目支出绩效自评表', maybe with its year."""
    return title_line(slot) is not None


def title_line(slot: Slot) -> str | None:
    """The cell's title line (a title cell may also print '填报单位：…' on its next line)."""
    key = slot.key
    if len(key) <= _MAX_TITLE and TITLE.search(key):
        return key
    if "\n" not in slot.cell.text.strip() or "自评表" not in key:
        return None
    lines = [label_key(line) for line in slot.cell.text.split("\n") if line.strip()]
    for i, line_key in enumerate(lines):
        if len(line_key) <= _MAX_TITLE and TITLE.search(line_key):
            # A title's next lines are labels or the year ('填报单位：…'); a wrapped indicator
            # name ('基层单位自评表\n差错率') just goes on, and is no title.
            rest = lines[i + 1 :]
            if all(":" in line or _YEAR_IN_PARENS.search(line) for line in rest):
                return line_key
    return None


def header_label(key: str) -> tuple[str, str] | None:
    """(label, Project attribute) when the cell starts with a header label."""
    for label, attr in _HEAD_KEYS:
        if key.startswith(label):
            return label, attr
    return None


def read_title(rows: list[Row], draft: Draft) -> tuple[str | None, int | None]:
    """The title and 年度 printed above 项目名称 ('（2021年度）' or inside the title)."""
    title: str | None = None
    year: int | None = None
    for sheet, r in rows:
        for slot in sheet.slots(r):
            key = slot.key
            line = title_line(slot) if title is None else None
            if line is not None:
                match = _TITLE_TEXT.search(line)
                title = _TITLE_NOISE.sub("", match.group(1) if match else line)
                draft.sources["title"] = slot.cell.source
            found = _YEAR_IN_PARENS.search(key) or _YEAR.search(key)
            if year is None and found:
                year = int(found.group(1))
                draft.sources["year"] = slot.cell.source
        if any(header_label(s.key) for s in sheet.slots(r)):
            break
    return title, year


def read_project(row: Row, fields: dict[str, str], draft: Draft) -> bool:
    """Header fields of one row into ``fields``; True when the row held one."""
    sheet, r = row
    slots = sheet.slots(r)
    found = False
    for i, slot in enumerate(slots):
        if header_label(slot.key) is None:
            continue
        found = True
        pairs = _inline(slot.cell.text) or _glued(slot.key)
        for attr, value in pairs[:-1]:
            if value:
                _store(attr, value, slot.cell, fields, draft)
        attr, value = pairs[-1]
        cell = slot.cell
        if not value and i + 1 < len(slots) and header_label(slots[i + 1].key) is None:
            cell = slots[i + 1].cell  # the value is the next cell: '项目名称 | XXX'
            value = value_text(cell.text)
        if value:
            _store(attr, value, cell, fields, draft)
    return found


def _glued(key: str) -> list[tuple[str, str | None]]:
    """A label broken by spaces or lines ('项目名\n称'): read on the key, without spaces."""
    hit = header_label(key)
    assert hit is not None
    label, attr = hit
    rest = _REMARK.sub("", key[len(label) :]).lstrip(":")
    return [(attr, rest or None)]


def _inline(text: str) -> list[tuple[str, str | None]]:
    """(attribute, value) for each label in a cell: '主管部门：某局 实施单位：某中心' gives two."""
    shown = " ".join(text.split())
    marks = list(_LABEL_RE.finditer(shown))
    if not marks or marks[0].start() != 0:
        return []
    out: list[tuple[str, str | None]] = []
    for k, mark in enumerate(marks):
        stop = marks[k + 1].start() if k + 1 < len(marks) else len(shown)
        value = shown[mark.end() : stop].strip(" :：")
        out.append((_LABEL_ATTR[label_key(mark.group(1))], value or None))
    return out


def _store(attr: str, value: str, cell: Cell, fields: dict[str, str], draft: Draft) -> None:
    source = cell.source
    if attr == "leader_phone":
        match = _PHONE.match(value)
        parts = {"leader": match["who"], "phone": match["phone"]} if match else {"leader": value}
        for sub, text in parts.items():
            if text and text.strip():
                fields.setdefault(sub, text.strip())
                draft.sources[f"project.{sub}"] = source
        return
    if attr not in fields:
        fields[attr] = value
        draft.sources[f"project.{attr}"] = source


def goal_columns(row: Row) -> dict[str, int]:
    """Goal → column of a goals header row (预期目标 | 实际完成情况)."""
    sheet, r = row
    out: dict[str, int] = {}
    for slot in sheet.slots(r):
        for pattern, goal in _GOAL_LABELS:
            if pattern.match(slot.key):
                out.setdefault(goal, slot.col)
    return out


def read_goals(row: Row, columns: dict[str, int], draft: Draft) -> dict[str, str]:
    """The goal texts in the row under the goals header."""
    sheet, r = row
    out: dict[str, str] = {}
    cells = [sheet.at(r, col) for col in columns.values()]
    if len(cells) > 1 and cells[0] is not None and all(c is cells[0] for c in cells):
        # One cell across both goal columns is the next section's label ('预算执行情况(10分)'
        # under blank goals), not the two goal texts.
        return out
    for goal, col in columns.items():
        cell = sheet.at(r, col)
        value = draft.text(cell, f"goals.{goal}") if cell is not None else None
        if value:
            out[goal] = value
    return out


def read_grade(row: Row, draft: Draft) -> str | None:
    """自评等级 优/良/中/差, in the label's cell or the next one."""
    sheet, r = row
    slots = sheet.slots(r)
    for i, slot in enumerate(slots):
        if not _GRADE_LABEL.match(slot.key):
            continue
        rest = _GRADE_LABEL.sub("", slot.key).lstrip(":")
        candidates = [(rest, slot)] + [(s.key, s) for s in slots[i + 1 : i + 2]]
        for text, where in candidates:
            if text[:1] in ("优", "良", "中", "差") and len(text) <= 2:
                draft.sources["grade"] = where.cell.source
                return text[:1]
    return None
