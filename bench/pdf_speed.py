"""PDF reading speed: a one-page form against pdfplumber's own extract_tables, and a 100-page scan.

Run from the repository root:  .venv/bin/python bench/pdf_speed.py [--repeat 5]
Targets (issue 3): read_pdf of a one-page form within 1.5x of pdfplumber opening the file and
calling extract_tables on that page; a 100-page PDF scanned for forms in < 10 s. The 100-page PDF
is built in a temporary folder from the checked-in fixtures: prose pages with the seed form
(two pages) in the middle.
"""

from __future__ import annotations

import argparse
import logging
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from jixiao.readers.pdf import load_pdf, read_pdf

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "data" / "fixtures"
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def plumber_tables(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        pdf.pages[0].extract_tables()


def hundred_pages(folder: Path) -> Path:
    """98 prose pages of the 30-page report around the two-page seed form (pages 50–51)."""
    report = pdfium.PdfDocument(str(FIXTURES / "report-30-pages.pdf"))
    seed = pdfium.PdfDocument(str(FIXTURES / "seed.pdf"))
    out = pdfium.PdfDocument.new()
    out.import_pages(report, [0] * 49)
    out.import_pages(seed)
    out.import_pages(report, [1] * 49)
    path = folder / "hundred.pdf"
    out.save(str(path))
    for doc in (out, report, seed):
        doc.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    one = FIXTURES / "clean.pdf"
    plumber_tables(one)  # warm imports and caches for both sides
    read_pdf(one)
    ours = best(lambda: read_pdf(one), args.repeat)
    theirs = best(lambda: plumber_tables(one), args.repeat)
    loaded = best(lambda: load_pdf(one), args.repeat)
    print(
        f"one-page form  read_pdf {ours * 1000:7.1f} ms   pdfplumber extract_tables "
        f"{theirs * 1000:7.1f} ms   ratio {ours / theirs:4.2f} (target <= 1.5)"
    )
    print(f"one-page form  load_pdf (tables + grid reader) {loaded * 1000:7.1f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        path = hundred_pages(Path(tmp))
        scan = best(lambda: read_pdf(path), max(1, args.repeat // 2))
        print(
            f"100-page PDF   read_pdf {scan:6.2f} s (target < 10 s), "
            f"{scan / 100 * 1000:5.1f} ms/page"
        )


if __name__ == "__main__":
    main()
