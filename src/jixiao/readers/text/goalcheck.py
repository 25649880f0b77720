"""Goal cells that are not goal text: template instructions, two columns read interleaved (R1)."""

from __future__ import annotations

import re

from jixiao.readers.text.lines import Frag

# The template's own instruction left in a cell ('对照年度目标,说明…(100字以内)') is not a value.
_INSTRUCTION = re.compile(r"^(?:对照|结合|说明|根据).{0,60}(?:\d+字以内|字以内)")
# A stretch this long printed twice inside one cell means two columns were read as one.
_LEADER = re.compile(r"^[.…·\s]*[.…·]{2}[.…·\s]*|[.…·\s]*[.…·]{2}[.…·\s]*$")
_REPEAT = 15
_MIN_WORDS = 10
_CJK = re.compile(r"[\u4e00-\u9fff]")


def strip_leader(text: str) -> str:
    """A dot leader ('.. ……') printed between the two goal cells is layout, not goal text (018)."""
    return _LEADER.sub("", text)


def is_instruction(text: str) -> bool:
    return bool(_INSTRUCTION.search(text.replace(" ", "")))


def interleaved(text: str) -> bool:
    """Lines of the two goal columns read alternately: the same words come back in one cell."""
    seen: set[str] = set()
    for i in range(len(text) - _REPEAT + 1):
        window = text[i : i + _REPEAT]
        if window in seen and len(_CJK.findall(window)) >= _MIN_WORDS:
            return True  # words, not a dot leader '……' or a row of figures
        seen.add(window)
    return False


def paired_columns(body: list[Frag]) -> tuple[list[Frag], list[Frag]] | None:
    """Both columns print the same goals and the extraction alternates them line by line (038):
    every even cell equals the odd one after it, so the evens are one column, the odds the other."""
    if len(body) < 2 or len(body) % 2:
        return None
    if all(body[k].text == body[k + 1].text for k in range(0, len(body), 2)):
        return body[::2], body[1::2]
    return None
