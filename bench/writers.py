"""Writing speed: .xlsx forms per second (target >= 50), PDF seconds per form (target <= 0.5).

Run from the repository root:  .venv/bin/python bench/writers.py [--repeat 3]
The form is the seed (21 indicators, read from ../shared/seed); each format is timed from the
Form to the file's bytes, best of ``--repeat`` runs. The first PDF also pays WeasyPrint's import
and font loading, reported separately.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from jixiao.model.form import Form
from jixiao.model.policy import get_policy
from jixiao.pipeline import check_form
from jixiao.readers import read_path
from jixiao.writers.document import prepare, render

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_3e20b20a8ba254db.txt"
XLSX_TARGET = 50.0  # forms per second (issue 4)
PDF_TARGET = 0.5  # seconds per form (issue 4)


def best_seconds(fn: Callable[[], object], count: int, repeat: int) -> float:
    """Best-of-``repeat`` time of one call, averaged over ``count`` calls."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(count):
            fn()
        best = min(best, (time.perf_counter() - start) / count)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    read = read_path(SEED)[0]
    form: Form = read.form
    report = check_form(form, get_policy("national-2020"), read.findings)

    start = time.perf_counter()
    render([prepare(form, "national-2020")], ".pdf")
    first_pdf = time.perf_counter() - start

    rows = {
        "xlsx": best_seconds(
            lambda: render([prepare(form, "national-2020")], ".xlsx"), 20, args.repeat
        ),
        "xlsx annotated": best_seconds(
            lambda: render([prepare(form, "national-2020", report)], ".xlsx"), 20, args.repeat
        ),
        "html": best_seconds(
            lambda: render([prepare(form, "national-2020")], ".html"), 50, args.repeat
        ),
        "pdf": best_seconds(
            lambda: render([prepare(form, "national-2020")], ".pdf"), 5, args.repeat
        ),
        "pdf annotated": best_seconds(
            lambda: render([prepare(form, "national-2020", report)], ".pdf"), 5, args.repeat
        ),
    }
    print(f"{'format':<16}{'ms/form':>10}{'forms/s':>10}")
    for name, seconds in rows.items():
        print(f"{name:<16}{seconds * 1000:>10.1f}{1 / seconds:>10.1f}")
    print(f"first PDF (import + fonts): {first_pdf:.2f} s")
    xlsx_rate = 1 / rows["xlsx"]
    print(
        f"xlsx {xlsx_rate:.0f} forms/s (target >= {XLSX_TARGET:.0f}):",
        "met" if xlsx_rate >= XLSX_TARGET else "NOT MET",
    )
    print(
        f"pdf {rows['pdf']:.2f} s/form (target <= {PDF_TARGET}):",
        "met" if rows["pdf"] <= PDF_TARGET else "NOT MET",
    )


if __name__ == "__main__":
    main()
