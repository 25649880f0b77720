"""Indicator rows anchored by their '指标N:' names, when no weight/score pair anchors them (R1).

Region transfer forms (038, 039) and some xlsx texts (012) print each 三级指标 as '指标1:…' and
its cells after it, a cell a line or separated by spaces. A row runs from its name to the next
name or level label; its cells are placed by how many there are and what they hold, and a row
whose cells do not fit is left out with a finding rather than guessed.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.readers.base import reader_finding
from jixiao.readers.text.glued import GluedRead
from jixiao.readers.text.labels import TOTAL_LABELS, level_of, strip_weight
from jixiao.readers.text.lines import Frag
from jixiao.readers.text.stream import RowDraft

_ANCHOR = re.compile(r"^指标\d{1,2}[.:：、]")
_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,2})?$")
_HEADER_START = ("一级", "三级指标")
_MIN_ANCHORS = 3
# A stray '指标' left over from a label broken over two lines ('社会效益' / '指标').
_LABEL_TAIL = "指标"
_NAME_TAIL = re.compile(r"[\u4e00-\u9fff]{1,2}")
_WEIGHT_FIRST = ("weight", "target", "actual", "score")
_VALUES_FIRST = ("target", "actual", "weight", "score")


def read_numbered(frags: list[Frag], has_total: bool) -> GluedRead | None:
    """Rows of a table whose names carry '指标N:'; None when fewer than three such names."""
    start = next((i for i, f in enumerate(frags) if f.text.startswith(_HEADER_START)), None)
    if start is None:
        return None
    end = next((i for i, f in enumerate(frags) if i > start and f.text in TOTAL_LABELS), len(frags))
    body = frags[start:end]
    if sum(bool(_ANCHOR.match(f.text)) for f in body) < _MIN_ANCHORS:
        return None
    first_row = next(
        (i for i, f in enumerate(body) if _ANCHOR.match(f.text) or level_of(f.text)), len(body)
    )
    header = "".join(f.text for f in body[:first_row])
    out = GluedRead()
    rows = _share_cells(_rows(body), header)
    if rows and not has_total and len(rows[-1][3]) < 2:
        rows.pop()  # the text was cut inside its last row
    for level1, level2, name, cells in rows:
        placed = _place(cells, header)
        if placed is None:
            out.findings.append(
                reader_finding(
                    "READ.columns-shifted",
                    f"“{name.text}”一行的单元格（{' '.join(c.text for c in cells)[:40]}）"
                    f"与栏目对不上（第{name.line}行），未读取该行（R1）",
                    line=name.line,
                    path="indicators",
                )
            )
            continue
        row = RowDraft(level1, level2, name=name.text)
        row.lines = {"row": name.line, "name": name.line}
        for key, cell in placed.items():
            setattr(row, key, cell.text)
            row.lines[key] = cell.line
        out.rows.append(row)
    return out


def _share_cells(rows: list[_Row], header: str) -> list[_Row]:
    """Two rows whose names came out together ('指标24:…报告 数 指标25:… 14例 14例 2 2 24694人
    22584人 2 1.7', 012): a lone one- or two-character cell ends the name before it, and when
    rows without cells are followed by a row holding a whole row's cells (as many as most rows
    have) for each of them, the sets go to the rows in order if every set fits the columns."""
    rows = [
        (l1, l2, name._replace(text=name.text + cells[0].text), [])
        if len(cells) == 1 and _NAME_TAIL.fullmatch(cells[0].text)
        else (l1, l2, name, cells)
        for l1, l2, name, cells in rows
    ]
    sizes = [len(cells) for *_, cells in rows if cells]
    usual = max(set(sizes), key=sizes.count) if sizes else 0
    out: list[_Row] = []
    for row in rows:
        waiting = 0
        while waiting < len(out) and not out[len(out) - 1 - waiting][3]:
            waiting += 1
        cells = row[3]
        whole = bool(waiting) and len(cells) == usual * (waiting + 1)
        sets = [cells[k : k + usual] for k in range(0, len(cells), usual)] if whole else []
        if whole and all(_place(s, header) for s in sets):
            for k, chunk in enumerate(sets[:-1]):
                l1, l2, name, _ = out[len(out) - waiting + k]
                out[len(out) - waiting + k] = (l1, l2, name, chunk)
            out.append((row[0], row[1], row[2], sets[-1]))
            continue
        out.append(row)
    return out


def cut_inside(row: RowDraft) -> bool:
    """The last row of a text cut short holds only (part of) its name: the rest was cut off, so
    the name cannot be trusted either ('总建' of 总建筑面积, 045)."""
    cells = (row.target, row.actual, row.weight, row.score, row.deviation, row.nature, row.unit)
    return row.name is not None and all(cell is None for cell in cells)


_Row = tuple[str | None, str | None, Frag, list[Frag]]


def _rows(body: list[Frag]) -> list[_Row]:
    """(level1, level2, name, cells) from the first level label or '指标N:' name on."""
    rows: list[_Row] = []
    level1: str | None = None
    level2: str | None = None
    after_label = False
    for i, frag in enumerate(body):
        label = level_of(frag.text)
        if label is not None:
            kind = label[0]
            if kind == "either":
                followed = i + 1 < len(body) and level_of(body[i + 1].text) is not None
                kind = "level1" if followed or level2 is None else "level2"
            name = strip_weight(frag.text)
            level1, level2 = (name, None) if kind == "level1" else (level1, name)
            after_label = True
            continue
        if after_label and frag.text == _LABEL_TAIL:
            continue
        if _ANCHOR.match(frag.text) or after_label:
            rows.append((level1, level2, frag, []))
        elif rows:
            rows[-1][3].append(frag)
        after_label = False
    return rows


def _place(cells: list[Frag], header: str) -> dict[str, Frag] | None:
    """Columns for a row's cells by their count: 指标值 and 完成值, then 分值 and 得分 as the
    header orders them; a lone number after the values is the 分值 when the header has no 得分
    column (038), the 得分 when it has only that one."""
    texts = [c.text for c in cells]
    if not cells:
        return {}
    if len(cells) == 2:
        return dict(zip(("target", "actual"), cells, strict=True))
    if len(cells) == 3 and _NUMBER.match(texts[2]):
        if "得分" in header and "分值" not in header:
            return dict(zip(("target", "actual", "score"), cells, strict=True))
        if "得分" not in header and "分值" not in header:
            return dict(zip(("target", "actual", "weight"), cells, strict=True))
        return None
    if len(cells) == 4:
        weight_first = 0 <= header.find("分值") < header.find("指标值")
        keys = _WEIGHT_FIRST if weight_first else _VALUES_FIRST
        placed = dict(zip(keys, cells, strict=True))
        weight, score = placed["weight"].text, placed["score"].text
        if _NUMBER.match(weight) and _NUMBER.match(score) and Decimal(score) <= Decimal(weight):
            return placed
    return None
