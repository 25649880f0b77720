"""Lines to fragments: text split into cells where the extraction separated them, with lines."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from jixiao.readers.text.labels import level_of, may_start_level

_SPACES = re.compile(r"[ \t\u3000\xa0]+")
# Whitespace that str.split() would cut at but _SPACES does not (newlines, thin spaces, …).
_OTHER_SPACE = re.compile(r"[^\S \t\u3000\xa0]")
_SINGLE_CJK = re.compile(r"^[\u3400-\u9fff]$")
_WEIGHT_CELL = re.compile(r"^[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]$")
# Stacked vertical labels (年/度/总/体/目/标) come out one character a line; three or more
# single-character lines in a row are one label.
_MIN_VERTICAL = 3


class Frag(NamedTuple):
    """One cell fragment: its text, its 1-based line, and whether it starts or ends its line.

    A named tuple rather than a frozen dataclass: a form has hundreds and tuples build faster.
    """

    text: str
    line: int
    first: bool = True
    last: bool = True
    blank_before: bool = False


@lru_cache(maxsize=8192)
def width(text: str) -> int:
    """Display width: CJK and full-width characters count 2, others 1 (how PDF text wraps)."""
    if text.isascii():
        return len(text)  # no ASCII character is wide (W) or full-width (F)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def split_line(line: str) -> list[str]:
    """The cells of one line: split on '|' when the line uses pipes, else on runs of spaces."""
    if "|" in line:
        parts = [p.strip() for p in line.split("|")]
    elif _OTHER_SPACE.search(line) is None:
        return line.split()  # only _SPACES' characters: str.split gives the same, much faster
    else:
        parts = _SPACES.split(line.strip())
    return [p for p in parts if p]


def fragments(lines: list[str], first_line: int = 1) -> list[Frag]:
    """All fragments of the lines, with vertical labels and wrapped known labels merged."""
    rows = _merge_vertical(lines, first_line)
    out: list[Frag] = []
    for number, text, blank in rows:
        cells = _merge_single_chars(split_line(text))
        for i, cell in enumerate(cells):
            out.append(Frag(cell, number, i == 0, i == len(cells) - 1, blank and i == 0))
    return _merge_labels(out)


def _merge_vertical(lines: list[str], first_line: int) -> list[tuple[int, str, bool]]:
    """(line number, text, blank line before) for non-blank lines; stacked characters joined."""
    rows: list[tuple[int, str, bool]] = []
    run: list[tuple[int, str, bool]] = []
    blank = False

    def flush() -> None:
        if len(run) >= _MIN_VERTICAL:
            rows.append((run[0][0], "".join(t for _, t, _ in run), run[0][2]))
        else:
            rows.extend(run)
        run.clear()

    for offset, raw in enumerate(lines):
        text = raw.strip().strip("|").strip()
        if not text:
            blank = True
            continue
        item = (first_line + offset, text, blank)
        blank = False
        if len(text) == 1 and _SINGLE_CJK.match(text):
            run.append(item)
            continue
        flush()
        rows.append(item)
    flush()
    return rows


def _merge_single_chars(cells: list[str]) -> list[str]:
    """'产 出 指 标' printed with spaces is one label."""
    if all(len(cell) != 1 for cell in cells):
        return cells  # no single character to merge (most lines)
    out: list[str] = []
    run: list[str] = []
    for cell in [*cells, ""]:
        if _SINGLE_CJK.match(cell):
            run.append(cell)
            continue
        if len(run) >= _MIN_VERTICAL:
            out.append("".join(run))
        else:
            out.extend(run)
        run = []
        if cell:
            out.append(cell)
    return out


def _merge_labels(frags: list[Frag]) -> list[Frag]:
    """Join fragments that together spell a known label ('服务对象满意度指' + '标')."""
    out: list[Frag] = []
    i = 0
    while i < len(frags):
        merged = None
        # A fragment that cannot begin a label starts no merge (most of them: skip the joins).
        for n in (2, 3) if may_start_level(frags[i].text) else ():
            group = frags[i : i + n]
            if len(group) == n and _is_label(group):
                merged = Frag(
                    "".join(f.text for f in group),
                    group[0].line,
                    group[0].first,
                    group[-1].last,
                    group[0].blank_before,
                )
                i += n
                break
        if merged is None:
            out.append(frags[i])
            i += 1
        else:
            out.append(merged)
    return out


def _is_label(group: list[Frag]) -> bool:
    text = "".join(f.text for f in group)
    if len(text) > 16:
        return False
    if level_of(group[0].text) is None:
        return level_of(text) is not None
    # '产出指标' followed by its weight '(50分)'.
    return len(group) == 2 and bool(_WEIGHT_CELL.match(group[1].text))
