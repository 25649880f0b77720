"""Row readers for layouts the table reader does not know, tried in order (R1).

Each returns None when the text does not have its layout. The first that reads rows wins; when
none reads a row, the first that could say why (a finding on a run it could not split) is kept.
"""

from __future__ import annotations

from collections.abc import Callable

from jixiao.readers.text.core_rows import read_core_rows
from jixiao.readers.text.fragment import read_fragment_rows, read_pipe_rows, read_pipe_tail
from jixiao.readers.text.glued import GluedRead, read_glued
from jixiao.readers.text.lines import Frag
from jixiao.readers.text.numbered import read_numbered
from jixiao.readers.text.prose_rubric import read_prose_rubric
from jixiao.readers.text.rubric_rows import read_rubric_rows
from jixiao.readers.text.signed_rows import read_signed_rows
from jixiao.readers.text.tiered import read_tiered
from jixiao.readers.text.unit_rows import read_unit_rows
from jixiao.readers.text.value_block import read_value_block
from jixiao.readers.text.weighted_rows import read_weighted_rows


def read_other_layouts(
    lines: list[str], first_line: int, frags: list[Frag], has_total: bool
) -> GluedRead | None:
    text = "\n".join(lines)
    readers: tuple[Callable[[], GluedRead | None], ...] = (
        lambda: read_glued(text, first_line),  # one line, no separators (013, 024)
        lambda: read_fragment_rows(text, first_line),  # headerless Sichuan tail (002)
        lambda: read_pipe_rows(text, first_line),  # headerless multi-line pipe rows (049)
        lambda: read_pipe_tail(text, first_line),  # Sichuan pipe tail before 合计 (031)
        lambda: read_numbered(frags, has_total),  # '指标N:' names (012, 038, 039)
        lambda: read_tiered(text, first_line),  # rows closed by tier words (028)
        lambda: read_signed_rows(lines, first_line),  # a 符号 column (034)
        lambda: read_weighted_rows(text, first_line),  # spaced cells, glued rows (035)
        lambda: read_core_rows(text, first_line),  # rows closed by 是/否 核心指标 (020)
        lambda: read_rubric_rows(lines, first_line),  # a numbered rubric pipe table (006)
        lambda: read_prose_rubric(frags),  # a rubric's names wrapped around its prose (019)
        lambda: read_unit_rows(text, first_line),  # name+unit+digit runs (026)
        lambda: read_value_block(frags),  # values printed apart from their names (003)
    )
    explained: GluedRead | None = None
    for reader in readers:
        read = reader()
        if read is None:
            continue
        if read.rows:
            return read
        if explained is None and read.findings:
            explained = read
    return explained
