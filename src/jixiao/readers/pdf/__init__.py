"""The PDF reader: pypdfium2 finds the form pages fast, pdfplumber reads their ruled tables."""

from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

from jixiao.model.finding import Finding, Severity, Source
from jixiao.readers.base import ReadForm, UnreadableInput, reader_finding
from jixiao.readers.grid.table import Table
from jixiao.readers.limits import DEFAULT_LIMITS, Limits
from jixiao.readers.pdf.cells import page_tables
from jixiao.readers.pdf.survey import PageSurvey, form_pages, survey_pdf
from jixiao.readers.pdf.unruled import UNRULED_READ_CODE, unruled_table

__all__ = ["PdfRead", "glyph_findings", "load_pdf", "read_pdf", "scan_pdf"]

NEEDS_OCR_CODE = "READ.needs-ocr"
SCANNED_CODE = "READ.scanned-pages"
UNRULED_CODE = "READ.pdf-unruled"
BROKEN_PAGE_CODE = "READ.pdf-broken-page"
_FORM_MARKERS = 3
_SCANNED = "扫描件，没有文字层，需要人工录入或 OCR"
# pdfminer prints '(cid:123)' for a glyph whose font has no ToUnicode map (STACK.md: never guess).
_CID = re.compile(r"\(cid:\d+\)|\ufffd")

# pdfminer logs a warning per glyph for fonts without a FontBBox; they say nothing to our users.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


@dataclass(frozen=True)
class PdfRead:
    """The tables on a PDF's form pages and the file's reader findings (scans, unmapped glyphs)."""

    tables: tuple[Table, ...]
    findings: tuple[Finding, ...]
    pages: int


def read_pdf(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[Table]:
    """The ruled tables on the pages that hold forms, one Table per table per page."""
    return list(scan_pdf(path, limits).tables)


def load_pdf(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[ReadForm]:
    """Every form in a PDF with the reader findings on its pages; UnreadableInput when none.

    A finding about a page no form was read from (a scanned page elsewhere in the file) is given
    to every form, so it is not lost.
    """
    from jixiao.readers.grid import read_tables  # the grid reader sits beside us, not above

    scan = scan_pdf(path, limits)
    forms = read_tables(scan.tables) if scan.tables else []
    if not forms:
        raise UnreadableInput(_nothing_found(scan))
    pages = [{src.page for src in read.form.sources.values()} for read in forms]
    covered = set().union(*pages)
    return [
        dataclasses.replace(
            read, findings=tuple(read.findings) + _findings_for(scan.findings, own, covered)
        )
        for read, own in zip(forms, pages, strict=True)
    ]


def _findings_for(
    findings: tuple[Finding, ...], own: set[int | None], covered: set[int | None]
) -> tuple[Finding, ...]:
    def page(finding: Finding) -> int | None:
        return finding.source.page if finding.source else None

    return tuple(f for f in findings if page(f) in own or page(f) not in covered)


def scan_pdf(path: Path, limits: Limits = DEFAULT_LIMITS) -> PdfRead:
    """Survey the pages, read tables on the form pages only, and collect findings per page."""
    survey = survey_pdf(path, limits)
    if not any(page.chars for page in survey):
        if any(page.scanned for page in survey):
            raise UnreadableInput(f"PDF 是{_SCANNED}")
        raise UnreadableInput("PDF 没有文字内容")
    wanted = form_pages(survey)
    marked = {page.number for page in survey if page.markers >= _FORM_MARKERS}
    tables, failed = _read_tables(path, wanted, marked, limits) if wanted else ([], [])
    findings = _page_findings(survey, wanted) + glyph_findings(tables) + _failed_findings(failed)
    findings += _unruled_findings(survey, tables)
    return PdfRead(tables=tuple(tables), findings=tuple(findings), pages=len(survey))


def _read_tables(
    path: Path, pages: list[int], marked: set[int], limits: Limits
) -> tuple[list[Table], list[int]]:
    """The tables on the given pages, and the pages whose content pdfminer could not parse.

    A page showing a form's section labels but no ruled table (a spreadsheet printed without
    borders) is read from its word positions when they place every cell one way only.
    """
    tables: list[Table] = []
    failed: list[int] = []
    try:
        with pdfplumber.open(path, pages=pages) as pdf:
            for page in pdf.pages:
                try:
                    found = page_tables(page, page.page_number)
                    if not found and page.page_number in marked:
                        unruled = unruled_table(page, page.page_number)
                        found = [unruled] if unruled is not None else []
                    tables.extend(found)
                except Exception:  # one broken page must not lose the others
                    failed.append(page.page_number)
                finally:
                    page.close()  # frees the page's parsed objects (STACK.md, batches)
                if len(tables) > limits.max_tables:
                    raise UnreadableInput(f"PDF 中表格过多（超过 {limits.max_tables} 个）")
    except UnreadableInput:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types on a damaged file
        raise UnreadableInput("PDF 文件已损坏，无法读取表格") from exc
    return tables, failed


def _failed_findings(failed: list[int]) -> list[Finding]:
    if not failed:
        return []
    return [
        reader_finding(
            BROKEN_PAGE_CODE,
            f"第{_pages(failed)}页内容已损坏，无法读取表格，请核对（R1）",
            severity=Severity.WARNING,
            source=Source(page=failed[0]),
        )
    ]


def _page_findings(survey: list[PageSurvey], wanted: list[int]) -> list[Finding]:
    findings: list[Finding] = []
    scanned = [page.number for page in survey if page.scanned]
    if scanned:
        findings.append(
            reader_finding(
                SCANNED_CODE,
                f"第{_pages(scanned)}页是{_SCANNED}（R1）",
                severity=Severity.WARNING,
                source=Source(page=scanned[0]),
            )
        )
    # Unmapped glyphs hide the labels that make a page a form page, so with no form page found
    # every garbled page is reported: the reason nothing could be read.
    for page in survey:
        if page.garbled and (page.number in wanted or not wanted):
            findings.append(_ocr_finding(Source(page=page.number)))
    return findings


def _unruled_findings(survey: list[PageSurvey], tables: list[Table]) -> list[Finding]:
    # A form page whose table has no drawn borders and whose word positions do not place every
    # cell one way only (unruled.py) cannot be read; say so rather than guess. Only pages
    # with three section labels count, so a prose page that mentions 自评表 raises nothing;
    # and the page after one read from positions, where its form runs on (Calc repeats a merged
    # label there, so it rarely reads one way).
    ruled = {page for table in tables for page in table.pages}
    unruled = {
        page
        for table in tables
        for page in table.pages
        if any(f.code == UNRULED_READ_CODE for f in table.findings)
    }
    missing = [
        p.number
        for p in survey
        if p.number not in ruled
        and (p.markers >= _FORM_MARKERS or (p.number - 1 in unruled and p.chars))
    ]
    if not missing:
        return []
    return [
        reader_finding(
            UNRULED_CODE,
            f"第{_pages(missing)}页的表格没有框线，无法按单元格读取，请核对或人工录入（R1）",
            severity=Severity.WARNING,
            source=Source(page=missing[0]),
        )
    ]


def glyph_findings(tables: list[Table]) -> list[Finding]:
    """READ.needs-ocr once per page whose cells show (cid:…) or U+FFFD glyphs: never guessed."""
    seen: set[int] = set()
    findings: list[Finding] = []
    for table in tables:
        for row in table.rows:
            for cell in row:
                page = cell.source.page if cell else None
                if cell and page is not None and page not in seen and _CID.search(cell.text):
                    seen.add(page)
                    findings.append(_ocr_finding(cell.source))
    return findings


def _ocr_finding(source: Source) -> Finding:
    return reader_finding(
        NEEDS_OCR_CODE,
        f"{source.describe()}的字体缺少编码表，文字无法识别，需要人工录入或 OCR（R1）",
        severity=Severity.WARNING,
        source=source,
    )


def _nothing_found(scan: PdfRead) -> str:
    codes = {finding.code for finding in scan.findings}
    if NEEDS_OCR_CODE in codes:
        return "PDF 的字体缺少编码表，文字无法识别，需要人工录入或 OCR"
    if BROKEN_PAGE_CODE in codes:
        return "PDF 文件已损坏，表格所在页面无法读取"
    if UNRULED_CODE in codes:
        unruled = next(f.message for f in scan.findings if f.code == UNRULED_CODE)
        return unruled.removesuffix("（R1）")
    if SCANNED_CODE in codes:
        return f"PDF 中没有找到绩效自评表；部分页面是{_SCANNED}"
    return f"PDF 共 {scan.pages} 页，没有找到绩效自评表"


def _pages(numbers: list[int]) -> str:
    shown = "、".join(str(n) for n in numbers[:10])
    return shown + ("等" if len(numbers) > 10 else "")
