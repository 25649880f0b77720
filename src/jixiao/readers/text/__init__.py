"""The extracted-text reader: text from a PDF, web page or document to forms and reader findings.

``split`` cuts the text into forms; ``assemble`` reads each one (header, funds, goals, indicator
table, total); ``classify`` says what is not a standard form and what is missing. See README.md.
"""

from __future__ import annotations

from jixiao.model.finding import Finding
from jixiao.readers.base import ReadForm, UnreadableInput
from jixiao.readers.text.assemble import assemble
from jixiao.readers.text.classify import (
    no_digits,
    nonstandard_finding,
    nonstandard_reason,
    truncation,
)
from jixiao.readers.text.labels import FORM_WORDS
from jixiao.readers.text.split import Piece, split_forms
from jixiao.readers.text.traditional import keep_printed, simplify

__all__ = ["read_form_text"]


def read_form_text(text: str) -> list[ReadForm]:
    """Every form in the text; UnreadableInput when there is none (未找到绩效自评表)."""
    original = text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, traditional = simplify(text)
    if not any(word in text for word in FORM_WORDS):
        raise UnreadableInput("未找到绩效自评表")
    pieces = split_forms(text)
    out: list[ReadForm] = []
    for piece in pieces:
        form_read = _read_piece(piece, traditional)
        if form_read is not None and traditional is not None:
            form_read = keep_printed(form_read, text, original)
        if form_read is not None:
            out.append(form_read)
    if not out:
        raise UnreadableInput("未找到绩效自评表")
    if len(out) > 1:
        out = [ReadForm(r.form, r.findings, f"第{i + 1}张表") for i, r in enumerate(out)]
    return out


def _read_piece(piece: Piece, traditional: Finding | None) -> ReadForm | None:
    lines = piece.text.split("\n")
    form, findings = assemble(lines, piece.first_line)
    last_line = piece.first_line + len(lines) - 1
    extra: list[Finding] = [traditional] if traditional else []
    reason = nonstandard_reason(piece.text, form, piece.tail)
    if reason is not None:
        extra.append(nonstandard_finding(reason, piece.first_line))
    lost = no_digits(piece.text, piece.first_line)
    if lost is not None:
        extra.append(lost)
    cut = truncation(piece.text, form, "total" in form.sources, last_line)
    if cut is not None and not piece.tail:
        extra.append(cut)
    return ReadForm(form=form, findings=(*extra, *findings))
