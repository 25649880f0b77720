"""Office and web reading speed: .xlsx forms per second (target >= 100), .xls, .docx and .html.

Run from the repository root:  .venv/bin/python bench/formats.py [--repeat 5]
Each reader is timed on the checked-in fixtures (the seed form: 21 indicators, 35 merged ranges),
both as Tables (read_<fmt>) and as forms (load_<fmt>, which adds the grid reader). PDF numbers live
in bench/pdf_speed.py; add other formats here as their own functions.
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


def bench_xlsx(repeat: int) -> dict[str, float]:
    path = FIXTURES / "seed.xlsx"
    return {
        "xlsx tables/s": per_second(lambda: read_xlsx(path), 50, repeat),
        "xlsx forms/s": per_second(lambda: load_xlsx(path), 50, repeat),
    }


def bench_xls(repeat: int) -> dict[str, float]:
    path = FIXTURES / "seed.xls"
    return {
        "xls tables/s": per_second(lambda: read_xlsx(path), 50, repeat),
        "xls forms/s": per_second(lambda: load_xlsx(path), 50, repeat),
    }


def bench_docx(repeat: int) -> dict[str, float]:
    path = FIXTURES / "seed.docx"
    return {
        "docx tables/s": per_second(lambda: read_docx(path), 50, repeat),
        "docx forms/s": per_second(lambda: load_docx(path), 50, repeat),
    }


def bench_html(repeat: int) -> dict[str, float]:
    path = FIXTURES / "seed.html"
    return {
        "html tables/s": per_second(lambda: read_html(path), 50, repeat),
        "html forms/s": per_second(lambda: load_html(path), 50, repeat),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    results: dict[str, float] = {}
    for bench in (bench_xlsx, bench_xls, bench_docx, bench_html):
        results.update(bench(args.repeat))
    for name, rate in results.items():
        print(f"{name:<16} {rate:8.1f}")
    verdict = "met" if results["xlsx forms/s"] >= XLSX_TARGET else "NOT met"
    print(f"xlsx target >= {XLSX_TARGET:.0f} forms/s: {verdict}")


if __name__ == "__main__":
    main()
