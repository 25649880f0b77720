"""Paragraphs around a Word or web table: the form's heading above it and its 注 notes below it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from jixiao.model.finding import Source
from jixiao.readers.grid.table import Cell

# Short paragraphs just above a table (附件, title, 年度, 单位) become full-width rows over it, like
# the title rows of a sheet; a long paragraph is body text and ends the heading.
_HEADING_PARAGRAPHS = 4
_HEADING_CHARS = 60
_NOTES = 3
# '注：…' under a table belongs to that table's form, never to the heading of the next one.
_NOTE = re.compile(r"^(注|说明|备注)\s*\d*\s*[:：]")


def is_note(text: str) -> bool:
    """Whether a paragraph is a 注/说明/备注 note."""
    return bool(_NOTE.match(text.strip()))


def heading_texts(previous: Iterable[str]) -> list[str]:
    """The heading paragraphs, given the paragraphs above a table from nearest to farthest."""
    texts: list[str] = []
    for text in previous:
        text = text.strip()
        if len(text) > _HEADING_CHARS or is_note(text) or len(texts) >= _HEADING_PARAGRAPHS:
            break
        if text:
            texts.append(text)
    return texts[::-1]


def note_texts(following: Iterable[str]) -> list[str]:
    """The note paragraphs right under a table, given the paragraphs after it in order."""
    notes: list[str] = []
    for text in following:
        text = text.strip()
        if not text:
            continue
        if not is_note(text) or len(notes) >= _NOTES:
            break
        notes.append(text)
    return notes


def text_rows(
    texts: list[str], label: str, where: str, width: int
) -> list[tuple[Cell | None, ...]]:
    """Full-width rows for paragraphs; ``where`` is '表前' or '表后' in their sources."""
    width = max(width, 1)
    return [
        (Cell(text, Source(cell=f"{label} {where}第{k + 1}段"), 1, width),) + (None,) * (width - 1)
        for k, text in enumerate(texts)
    ]
