"""A form as Microsoft Word's "Save as Web Page" writes it: a hand-made awkward case.

No Word runs here, so the page is built the way Word 2016 writes one (checked against the shape of
its output, not copied from any file): GB2312 declared in a ``<meta http-equiv>``, an Office XML
island in a conditional comment, a ``<style>`` block of ``mso-`` properties, every cell's text
inside ``<p class=MsoNormal>`` and runs of ``<span>`` (Latin runs as ``lang=EN-US``), ``<o:p>``
paragraph marks, ``&nbsp;`` in empty cells, source lines wrapped inside tags, rowspan/colspan,
Word's trailing ``supportMisalignedColumns`` row of zero-height cells, and characters outside
GB2312 written as numeric references. The title and year are paragraphs above the table.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from fixture_layouts import GCell, Grid

_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="自评表.files/filelist.xml">
<title>附件2</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>jixiao</o:Author>
  <o:Pages>1</o:Pages>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimSun;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}
@page WordSection1
	{size:841.9pt 595.3pt;
	mso-page-orientation:landscape;
	margin:90.0pt 72.0pt 90.0pt 72.0pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-paper-source:0;
	layout-grid:15.6pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>
"""

_TAIL = """
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>

</div>

</body>

</html>
"""

_LATIN = re.compile(r"[\x21-\x7e]+")
_CELL_STYLE = (
    "border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;"
    "padding:0cm 5.4pt 0cm 5.4pt;height:14.15pt"
)


def _cjk(text: str) -> str:
    return f"<span style='font-family:宋体'>{html.escape(text)}</span>"


def _runs(text: str) -> str:
    """Word's runs: CJK text in 宋体 spans, Latin text and digits in lang=EN-US spans."""
    if not text:
        return "<span lang=EN-US><o:p>&nbsp;</o:p></span>"
    out, last = [], 0
    for match in _LATIN.finditer(text):
        if match.start() > last:
            out.append(_cjk(text[last : match.start()]))
        out.append(f"<span lang=EN-US>{html.escape(match.group())}</span>")
        last = match.end()
    if last < len(text):
        out.append(_cjk(text[last:]))
    return "".join(out) + "<span lang=EN-US><o:p></o:p></span>"


def _paragraphs(text: str) -> str:
    # Word keeps a label's line break as a second paragraph: 项目资金 / （万元）.
    lines = text.split("（", 1) if text.startswith("项目资金") else [text]
    if len(lines) == 2:
        lines[1] = "（" + lines[1]
    return "\n".join(
        f"<p class=MsoNormal align=center style='text-align:center'>{_runs(line)}</p>"
        for line in lines
    )


def _td(cell: GCell, pt: float) -> str:
    spans = (f" rowspan={cell.rowspan}" if cell.rowspan > 1 else "") + (
        f" colspan={cell.colspan}" if cell.colspan > 1 else ""
    )
    # Word breaks its source lines between attributes; a browser reads the break as a space.
    head = f"<td width={round(pt * 4 / 3)}{spans} valign=top"
    return f"{head}\nstyle='width:{pt:.1f}pt;{_CELL_STYLE}'>\n{_paragraphs(cell.text)}\n</td>"


def _rows(grid: Grid, pt: float) -> Iterator[str]:
    for i, row in enumerate(grid):
        first = ";mso-yfti-firstrow:yes" if i == 0 else ""
        cells = "\n".join(_td(c, pt * c.colspan) for c in row)
        yield f"<tr style='mso-yfti-irow:{i}{first};height:14.15pt'>\n{cells}\n</tr>"


def word_html_page(grid: Grid, columns: int) -> bytes:
    """The page bytes in GB2312 (characters outside it as &#N; references, as Word writes them).

    The grid's first two full-width rows (title, year) become centred paragraphs above the table.
    """
    heading = [row[0].text for row in grid[:2] if len(row) == 1 and row[0].colspan == columns]
    body = grid[len(heading) :]
    pt = 680.0 / columns
    paragraphs = [_paragraphs("附件2").replace("align=center style='text-align:center'", "")]
    paragraphs += [
        "<p class=MsoNormal align=center style='text-align:center'><b>"
        f"{_runs(line).replace('font-family:宋体', 'font-size:16.0pt;font-family:黑体')}</b></p>"
        for line in heading
        if line
    ]
    ghost = f"<td width={round(pt * 4 / 3)} style='border:none'></td>" * columns
    table = (
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n"
        " style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\n"
        " mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n"
        + "\n".join(_rows(body, pt))
        + f"\n<![if !supportMisalignedColumns]>\n<tr height=0>\n{ghost}\n</tr>\n<![endif]>"
        + "\n</table>"
    )
    page = _HEAD + "\n".join(paragraphs) + "\n\n" + table + _TAIL
    return page.encode("gb2312", errors="xmlcharrefreplace")
