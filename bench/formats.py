"""Office and web reading speed: .xlsx forms per second (target >= 100), .xls, .docx and .html.

Run from the repository root:  .venv/bin/python bench/formats.py [--repeat 5]
Each reader is timed on the checked-in fixtures (the seed form: 21 indicators, 35 merged ranges),
both as Tables (read_<fmt>) and as forms (load_<fmt>, which adds the grid reader). PDF numbers live
in bench/pdf_speed.py; add other formats as rows of FORMATS.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from jixiao.readers.docx import load_docx, read_docx
from jixiao.readers.html import load_html, read_html
from jixiao.readers.xlsx import load_xlsx, read_xlsx

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "data" / "fixtures"
XLSX_TARGET = 100.0  # forms per second (issue 3)


def per_second(fn: Callable[[], object], count: int, repeat: int) -> float:
    """Best-of-``repeat`` rate of ``count`` calls of ``fn``, in calls per second."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(count):
            fn()
        best = min(best, time.perf_counter() - start)
    return count / best


# (label, fixture, Tables reader, forms reader): one row per format.
FORMATS = (
    ("xlsx", "seed.xlsx", read_xlsx, load_xlsx),
    ("xls", "seed.xls", read_xlsx, load_xlsx),
    ("docx", "seed.docx", read_docx, load_docx),
    ("html", "seed.html", read_html, load_html),
)


def bench_format(
    label: str,
    fixture: str,
    tables: Callable[[Path], object],
    forms: Callable[[Path], object],
    repeat: int,
) -> dict[str, float]:
    path = FIXTURES / fixture
    return {
        f"{label} tables/s": per_second(lambda: tables(path), 50, repeat),
        f"{label} forms/s": per_second(lambda: forms(path), 50, repeat),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    results: dict[str, float] = {}
    for label, fixture, tables, forms in FORMATS:
        results.update(bench_format(label, fixture, tables, forms, args.repeat))
    for name, rate in results.items():
        print(f"{name:<16} {rate:8.1f}")
    verdict = "met" if results["xlsx forms/s"] >= XLSX_TARGET else "NOT met"
    print(f"xlsx target >= {XLSX_TARGET:.0f} forms/s: {verdict}")


if __name__ == "__main__":
    main()
