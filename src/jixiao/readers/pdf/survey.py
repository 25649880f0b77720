"""Open a PDF with pypdfium2 and survey each page's text layer to find the pages holding forms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from jixiao.readers.base import UnreadableInput
from jixiao.readers.limits import DEFAULT_LIMITS, Limits, check_file_size
from jixiao.readers.pdf.radicals import fold_radicals

# A page holds a form when its text carries the title or two section labels (RULES.md Part M: the
# national, Beijing and Sichuan templates all print these).
_TITLE = re.compile(r"绩效自评表|自评表")
_MARKERS = (
    "项目名称",
    "绩效指标",
    "年度资金总额",
    "年度总体目标",
    "一级指标",
    "三级指标",
    "实际完成值",
)
_END = ("总分", "自评等级")
_SAMPLE = 300
_SPACE = re.compile(r"\s+")
# pdfium shows a glyph without a Unicode mapping as U+FFFD or a control/private-use character.
_GARBLED = re.compile(r"[\ufffd\ue000-\uf8ff\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True, slots=True)
class PageSurvey:
    """What the fast text pass saw on one page (``number`` is 1-based)."""

    number: int
    chars: int
    has_image: bool
    is_form: bool
    ends_form: bool
    garbled: bool
    markers: int = 0

    @property
    def scanned(self) -> bool:
        """An image and no text layer: a scan, which only OCR or a person can read."""
        return self.chars == 0 and self.has_image


def survey_pdf(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[PageSurvey]:
    """Survey every page; raise UnreadableInput for a non-PDF, encrypted, damaged or huge file."""
    check_file_size(path, limits)
    _check_header(path)
    doc = _open(path)
    try:
        count = len(doc)
        if count == 0:
            raise UnreadableInput("PDF 文件没有页面")
        if count > limits.max_pages:
            raise UnreadableInput(
                f"PDF 共 {count} 页，超过上限 {limits.max_pages} 页，请拆分后再读入"
            )
        return [_survey_page(doc, i) for i in range(count)]
    except pdfium.PdfiumError as exc:
        raise UnreadableInput("PDF 文件已损坏，无法读取页面") from exc
    finally:
        doc.close()


def form_pages(survey: list[PageSurvey]) -> list[int]:
    """Pages to read tables from: form pages and the pages a form runs onto before its 总分."""
    pages: list[int] = []
    open_form = False
    for page in survey:
        if page.is_form or (open_form and page.chars > 0):
            pages.append(page.number)
            open_form = not page.ends_form
        else:
            open_form = False
    return pages


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError as exc:
        raise UnreadableInput(f"无法读取文件：{exc.strerror or exc}") from exc
    if b"%PDF-" not in head:
        raise UnreadableInput("不是 PDF 文件（文件头没有 %PDF-），请检查文件类型")


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise UnreadableInput("PDF 已加密，需要密码才能打开；请提供未加密的文件") from exc
        raise UnreadableInput("PDF 文件已损坏，无法打开") from exc


def _survey_page(doc: pdfium.PdfDocument, index: int) -> PageSurvey:
    page = doc[index]
    try:
        textpage = page.get_textpage()
        try:
            chars = textpage.count_chars()
            text = textpage.get_text_range() if chars else ""
            unmapped = _unmapped(textpage, chars)
        finally:
            textpage.close()
        has_image = chars == 0 and _has_image(page)
    finally:
        page.close()
    flat = fold_radicals(_SPACE.sub("", text))
    hits = sum(marker in flat for marker in _MARKERS)
    bad = len(_GARBLED.findall(flat)) + unmapped
    return PageSurvey(
        number=index + 1,
        chars=chars,
        has_image=has_image,
        is_form=bool(_TITLE.search(flat) and hits >= 1) or hits >= 2,
        ends_form=any(end in flat for end in _END),
        garbled=bool(flat) and bad * 10 >= min(len(flat), _SAMPLE),
        markers=hits,
    )


def _unmapped(textpage: pdfium.PdfTextPage, chars: int) -> int:
    # pdfium returns a glyph without a ToUnicode entry as its raw code ('\x10', '0', '@'): the
    # text looks like ASCII, so ask pdfium which chars had no mapping (STACK.md: (cid:) glyphs,
    # never guess). The first chars are enough to tell a garbled page and keep the survey fast.
    return sum(
        bool(pdfium_c.FPDFText_HasUnicodeMapError(textpage.raw, i))
        for i in range(min(chars, _SAMPLE))
    )


def _has_image(page: pdfium.PdfPage) -> bool:
    objects = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)
    return next(iter(objects), None) is not None
