"""Visual checks: PDF pages against approved images, and the .xlsx as LibreOffice prints it.

Approved images live in tests/data/approved (40 dpi, eight grey levels, about 10 KB each).
After a deliberate change of the layout, look at the new pages and rewrite them with
``pytest --update-goldens``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image, ImageChops

from jixiao.model.jsonio import dumps
from jixiao.model.policy import get_policy
from jixiao.pipeline import check_form
from jixiao.readers import read_path
from jixiao.writers.document import prepare, render
from jixiao.writers.pdf import FONTCONFIG

ROOT = Path(__file__).resolve().parents[1]
APPROVED = ROOT / "tests" / "data" / "approved"
SEED = ROOT.parent / "shared" / "seed" / "000_3e20b20a8ba254db.txt"
CLEAN = ROOT / "examples" / "clean-2023.json"
E1 = ROOT / "examples" / "trip" / "E1-score-above-weight.json"
DPI = 40
# A pixel counts as changed when its grey level moves by more than this; a page may change in
# this share of its pixels (anti-aliasing and font hinting differ a little between machines).
_LEVEL = 64
_SHARE = 0.004


def pages_as_images(pdf: Path, out: Path) -> list[Path]:
    prefix = out / pdf.stem
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-gray", "-png", str(pdf), str(prefix)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return sorted(out.glob(f"{pdf.stem}-*.png"))


def changed_share(a: Path, b: Path) -> float:
    first, second = Image.open(a).convert("L"), Image.open(b).convert("L")
    if first.size != second.size:
        return 1.0
    diff = ImageChops.difference(first, second).point(lambda v: 255 if v > _LEVEL else 0)
    histogram = diff.histogram()
    return histogram[255] / (first.size[0] * first.size[1])


def pdf_of(path: Path, layout: str, tmp_path: Path, *, annotate: bool = False) -> Path:
    read = read_path(path)[0]
    report = check_form(read.form, get_policy("national-2020"), read.findings) if annotate else None
    name = f"{path.stem.split('_')[0]}-{layout}{'-annotated' if annotate else ''}"
    out = tmp_path / f"{name}.pdf"
    out.write_bytes(render([prepare(read.form, layout, report)], ".pdf"))
    return out


CASES = [
    pytest.param(SEED, "national-2020", False, marks=pytest.mark.shared),
    (CLEAN, "sichuan-2023", False),
    (E1, "beijing-2021", True),
]


@pytest.mark.parametrize(("path", "layout", "annotate"), CASES, ids=lambda v: str(v)[-24:])
def test_pdf_pages_look_like_the_approved_ones(
    path: Path, layout: str, annotate: bool, tmp_path: Path, update_goldens: bool
) -> None:
    pdf = pdf_of(path, layout, tmp_path, annotate=annotate)
    pages = pages_as_images(pdf, tmp_path)
    if update_goldens:
        for old in APPROVED.glob(f"{pdf.stem}-*.png"):
            old.unlink()
        for page in pages:
            # Eight grey levels keep an approved page near 10 KB; the tolerance covers them.
            Image.open(page).convert("L").quantize(8).save(APPROVED / page.name, optimize=True)
    approved = sorted(APPROVED.glob(f"{pdf.stem}-*.png"))
    assert [p.name for p in pages] == [p.name for p in approved]
    for page, good in zip(pages, approved, strict=True):
        assert changed_share(page, good) < _SHARE, page.name


@pytest.mark.shared
def test_a_changed_page_is_noticed(tmp_path: Path) -> None:
    # The comparison is not blind: one changed score on the seed fails it.
    read = read_path(SEED)[0].form
    total = read.total.model_copy(update={"score": read.total.score + 1})
    pdf = tmp_path / "000-national-2020.pdf"
    pdf.write_bytes(
        render([prepare(read.model_copy(update={"total": total}), "national-2020")], ".pdf")
    )
    last = pages_as_images(pdf, tmp_path)[-1]
    assert changed_share(last, APPROVED / last.name) > 0


def libreoffice_pdf(xlsx: Path, tmp_path: Path) -> Path:
    profile = Path(tempfile.mkdtemp(prefix="lo-", dir=tmp_path)).as_uri()
    env = {**os.environ, "FONTCONFIG_FILE": FONTCONFIG}
    subprocess.run(
        [
            shutil.which("soffice") or "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "lo"),
            str(xlsx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env=env,
    )
    return tmp_path / "lo" / f"{xlsx.stem}.pdf"


@pytest.mark.parametrize(
    ("path", "layout", "pages"),
    [
        pytest.param(SEED, "beijing-2021", 2, marks=pytest.mark.shared),
        pytest.param(SEED, "sichuan-2023", 3, marks=pytest.mark.shared),
        (CLEAN, "sichuan-2023", 1),
    ],
)
def test_libreoffice_prints_the_xlsx_without_overflowing_cells(
    path: Path, layout: str, pages: int, tmp_path: Path
) -> None:
    form = read_path(path)[0].form
    xlsx = tmp_path / "form.xlsx"
    xlsx.write_bytes(render([prepare(form, layout)], ".xlsx"))
    pdf = libreoffice_pdf(xlsx, tmp_path)
    with pdfplumber.open(pdf) as doc:
        assert len(doc.pages) == pages
        for page in doc.pages:
            cells = [c for t in page.find_tables() for c in t.cells]
            inside = [
                ch
                for ch in page.chars
                if any(x0 <= ch["x0"] and ch["x1"] <= x1 for x0, _, x1, _ in cells) or not cells
            ]
            # Every character of the table sits within a cell's left and right rules (titles
            # above the table are centred within the same width).
            assert len(inside) == len(page.chars)
    # A row too short for its wrapped text would clip it, and a merged level label centred over
    # a page break would fall off its rows; reading the print back finds everything in place.
    back = read_path(pdf)[0].form
    assert dumps(back.model_copy(update={"sources": {}})) == dumps(
        form.model_copy(update={"sources": {}})
    )
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    assert "NotoSerifCJK" in fonts.stdout
