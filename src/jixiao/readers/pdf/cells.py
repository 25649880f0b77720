"""Turn a pdfplumber page's ruled tables into ``Table``s: spans from cell geometry, bbox sources."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import Any

from jixiao.model.finding import Source
from jixiao.readers.grid.table import Cell, Table
from jixiao.readers.pdf.radicals import fold_radicals

# Ruled government forms: cell borders are drawn lines or thin rectangles (STACK.md, PDF reading).
TABLE_SETTINGS: dict[str, Any] = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "intersection_tolerance": 3,
}
# Cell edges closer than this (points) are one grid line; printers draw borders at slightly
# different positions row by row.
_EDGE_TOLERANCE = 2.0
# A char counts as above a table only when its whole box is this far above the table's top edge:
# fonts without a FontBBox give pdfminer chars a near-zero height at the wrong place.
_ABOVE_MARGIN = 1.0

# Only the lines that belong to a form's head (title, 年度, 填报单位, 金额单位) are kept above a
# table: a running page header or '— 2 —' above a continued table would read as an indicator row.
_HEADING = re.compile(r"自评表|年度|单位|填报|日期|万元")

BBox = tuple[float, float, float, float]


def page_tables(page: Any, number: int) -> list[Table]:
    """Every ruled table on a pdfplumber page, top to bottom, each with the text lines above it."""
    settings = {**TABLE_SETTINGS, "explicit_horizontal_lines": closing_lines(page.edges)}
    found = sorted(page.find_tables(settings), key=lambda t: (t.bbox[1], t.bbox[0]))
    found = [t for t in found if len(t.cells) > 1]
    tables: list[Table] = []
    previous_bottom = page.bbox[1]
    for index, table in enumerate(found):
        label = f"第{number}页" if len(found) == 1 else f"第{number}页表{index + 1}"
        texts = _cell_texts(table)
        heading = _lines_above(page, previous_bottom, table.bbox[1])
        tables.append(build_table(texts, heading, number, label))
        previous_bottom = table.bbox[3]
    return tables


def closing_lines(edges: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rules that close a table cut by the page end.

    A merged cell split by a page break (WeasyPrint, some Word exports) has its vertical rules
    run to the page end with no rule under them, while the cells beside it are closed there; the
    open cells would be dropped. Where the page's rules end at the bottom (or start at the top)
    and the rule there covers only part of the table's width, the missing part is added.
    """
    horizontals = [e for e in edges if e["orientation"] == "h"]
    verticals = [e for e in edges if e["orientation"] == "v"]
    if not horizontals or len(verticals) < 2:
        return []
    out: list[dict[str, Any]] = []
    for y in (min(v["top"] for v in verticals), max(v["bottom"] for v in verticals)):
        xs = [v["x0"] for v in verticals if abs(v["top"] - y) <= 1 or abs(v["bottom"] - y) <= 1]
        left, right = min(xs), max(xs)
        level = [h for h in horizontals if abs(h["top"] - y) <= _EDGE_TOLERANCE]
        if len(xs) < 2 or not level or _covers(level, left, right):
            continue
        line = {"x0": left, "x1": right, "top": y, "bottom": y, "object_type": "line"}
        out.append({**line, "width": right - left, "height": 0, "doctop": y})
    return out


def _covers(level: list[dict[str, Any]], left: float, right: float) -> bool:
    """Whether these horizontal rules together run from ``left`` to ``right``."""
    reach = left
    for h in sorted(level, key=lambda h: h["x0"]):
        if h["x0"] > reach + _EDGE_TOLERANCE:
            return False
        reach = max(reach, h["x1"])
    return reach >= right - _EDGE_TOLERANCE


def build_table(
    texts: dict[BBox, str],
    heading: Sequence[tuple[str, BBox]],
    number: int,
    label: str,
) -> Table:
    """Place cells (bbox → text) on the grid of their edges; a cell over k grid columns spans k.

    ``heading`` lines (text printed above the ruled table, e.g. the title and 年度) become rows of
    one cell spanning the full width, so the grid reader sees them as the xlsx readers do.
    """
    xs = _edges(v for box in texts for v in (box[0], box[2]))
    ys = _edges(v for box in texts for v in (box[1], box[3]))
    width, height = max(len(xs) - 1, 1), max(len(ys) - 1, 0)
    grid: list[list[Cell | None]] = [[None] * width for _ in range(height)]
    for box, text in sorted(texts.items(), key=lambda item: (item[0][1], item[0][0])):
        c0, c1 = _index(xs, box[0]), _index(xs, box[2])
        r0, r1 = _index(ys, box[1]), _index(ys, box[3])
        if r0 >= height or c0 >= width or grid[r0][c0] is not None:
            continue
        grid[r0][c0] = Cell(
            text=text,
            source=_source(number, box),
            rowspan=max(r1 - r0, 1),
            colspan=max(c1 - c0, 1),
        )
    head_rows = [
        [Cell(text=line, source=_source(number, box), colspan=width)] + [None] * (width - 1)
        for line, box in heading
    ]
    rows = tuple(tuple(row) for row in head_rows + grid)
    return Table(rows=rows, label=label, pages=(number,))


def _cell_texts(table: Any) -> dict[BBox, str]:
    # Table.extract() yields one value per Table.rows[i].cells slot, None where the slot is empty.
    texts: dict[BBox, str] = {}
    for row, values in zip(table.rows, table.extract(), strict=False):
        for box, value in zip(row.cells, values, strict=False):
            if box is not None:
                texts[tuple(box)] = _clean(value or "")
    return texts


def _clean(text: str) -> str:
    # Lines stay separate ('\n'); the grid reader joins wrapped lines by the CJK rule (table.py).
    joined = "\n".join(line.strip() for line in text.splitlines() if line.strip())
    return fold_radicals(joined)


def _lines_above(page: Any, top: float, bottom: float) -> list[tuple[str, BBox]]:
    x0, page_top, x1, _ = page.bbox  # a page's box need not start at 0 (CropBox offsets)
    top, limit = max(top, page_top), bottom - _ABOVE_MARGIN
    if limit - top < 2:
        return []
    lines = page.within_bbox((x0, top, x1, limit)).extract_text_lines(return_chars=False)
    return [
        (text, (line["x0"], line["top"], line["x1"], line["bottom"]))
        for line in lines
        if _HEADING.search(text := fold_radicals(line["text"].strip()))
    ]


def _edges(values: Iterable[float]) -> list[float]:
    edges: list[float] = []
    for value in sorted(values):
        if not edges or value - edges[-1] > _EDGE_TOLERANCE:
            edges.append(value)
    return edges


def _index(edges: list[float], value: float) -> int:
    i = bisect_left(edges, value - _EDGE_TOLERANCE)
    return min(i, len(edges) - 1)


def _source(number: int, box: BBox) -> Source:
    return Source(page=number, cell=",".join(f"{v:.0f}" for v in box))
