"""Glued indicator rows with no score columns, each closed by a tier wording (hubei-wuhan, R15).

'产出质量森林火灾火因查明率不低于95%达成预期指标' is [二级] 三级指标 + 年初目标值 + 实际完成值 with
no separators. The 实际完成值 is a tier wording (R15: 达成年度指标, 部分达成…, 未达成…), which
ends each row; the 年初目标值 is the quantity the rest ends with ('不低于95%', '0起', '63'). A row
whose name would keep a number or a percent sign ('配备率100%1000件') has more than one reading and
is left unread with a finding. A name asking 是否… is answered by the 是 or 否 after it (028).
"""

from __future__ import annotations

import re

from jixiao.readers.base import reader_finding
from jixiao.readers.text.glued import GluedRead, label_runs
from jixiao.readers.text.stream import RowDraft

_HEADER = re.compile(r"一级指标二级指标三级指标(?:年初)?目标值实际完成值(?:未完成原因.{0,8}?措施)?")
_TIER = re.compile(r"(?:部分|未)?达成(?:年度|预期)指标(?:并具有一定效果|且效果较差)?")
_TARGET = re.compile(
    r"(?:[≥≤≧≦<>=]|不低于|不少于|不高于|不超过|不大于|小于|大于|低于|高于)?"
    r"\d+(?:\.\d+)?[^\d.]{0,3}"
)
_ENDS_IN_QUANTITY = re.compile(r"\d+(?:\.\d+)?[^\d.]{0,3}$")
_QUANTITY = r"(?:[≥≤≧≦<>=]|不低于|不少于|小于|大于)?\d+(?:\.\d+)?[^\d.]{0,3}?"
_TWO_VALUES = re.compile(rf"(?P<name>[^\d≥≤≧≦<>=]+?)(?:{_QUANTITY}){{2}}")
_MIN_ROWS = 3
# A yes/no question as the name ('公众知晓度是否明显提高') and its answer as the target ('是').
_YES_NO = re.compile(r"(?P<name>[^\d]*是否[^是否\d]+)(?P<target>[是否])")


def read_tiered(text: str, first_line: int) -> GluedRead | None:
    """Rows of a glued table without 分值/得分 whose actuals are tier words; None otherwise."""
    flat = text.replace(" ", "")
    header = _HEADER.search(flat)
    if header is None:
        return None
    body = flat[header.end() :]
    tiers = list(_TIER.finditer(body))
    if len(tiers) < _MIN_ROWS:
        return None
    out = GluedRead()
    level1: str | None = None
    level2: str | None = None
    start = 0
    for tier in tiers:
        labels, chunk = label_runs(body[start : tier.start()])
        for label, is_level1 in labels:
            level1, level2 = (label, None) if is_level1 or level1 is None else (level1, label)
        start = tier.end()
        line = first_line + flat.count("\n", 0, header.end() + tier.start())
        split = _split(chunk)
        row = RowDraft(level1, level2)
        row.lines = {"row": line}
        if split is None:
            # The row is there (its tier word closes it) but its cells are not: the levels, and
            # the name when two quantities follow it ('配备率' + '100%1000件').
            two = _TWO_VALUES.fullmatch(chunk)
            if two is not None:
                row.name = two.group("name")
                row.lines["name"] = line
            out.findings.append(
                reader_finding(
                    "READ.glued-cells",
                    f"无法拆分粘连的单元格“{chunk}”（第{line}行），"
                    f"只读取了{'指标名称和' if two else ''}一级、二级指标（R1）",
                    line=line,
                    path=f"indicators[{len(out.rows)}]",
                )
            )
        else:
            row.name, row.target, row.actual = split[0], split[1], tier.group(0)
            row.lines.update(name=line, target=line, actual=line)
        out.rows.append(row)
    return out


def _split(chunk: str) -> tuple[str, str] | None:
    """(name, target): the target is the longest quantity the chunk ends with; a name that itself
    ends in a quantity ('配备率100%' before '1000件') leaves two readings, so none is taken."""
    yes_no = _YES_NO.fullmatch(chunk)
    if yes_no is not None:
        return yes_no.group("name"), yes_no.group("target")
    for at in range(1, len(chunk)):
        if _TARGET.fullmatch(chunk[at:]):
            name = chunk[:at]
            return None if _ENDS_IN_QUANTITY.search(name) else (name, chunk[at:])
    return None
