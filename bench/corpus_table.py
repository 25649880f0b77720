"""Run the reader over every corpus file and print a Markdown table of what it found.

Usage, from the repository root: ``python bench/corpus_table.py [corpus_dir]``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from jixiao.model.form import Form  # noqa: E402
from jixiao.readers import ReadForm, UnreadableInput, read_path  # noqa: E402

CORPUS = ROOT / ".." / "shared" / "corpus" / "dev"
HEADER_FIELDS = ("name", "department", "unit", "leader", "phone", "code")
FUNDS_ROWS = ("total", "appropriation", "carryover", "other")
COLUMNS = ("file", "layout", "forms", "header", "funds rows", "rows", "total", "findings", "ms")


def layouts(corpus: Path) -> dict[str, str]:
    """file → layout family, from INDEX.tsv."""
    lines = (corpus / "INDEX.tsv").read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    return {cells[0]: cells[head.index("layout")] for cells in (ln.split("\t") for ln in lines[1:])}


def header_count(form: Form) -> int:
    found = sum(getattr(form.project, f) is not None for f in HEADER_FIELDS)
    return found + (form.title is not None) + (form.year is not None)


def funds_count(form: Form) -> int:
    rows = [getattr(form.funds, r) for r in FUNDS_ROWS] + list(form.funds.extra_rows)
    return sum(
        any(v is not None for v in (r.initial, r.adjusted, r.executed, r.rate, r.score))
        for r in rows
    )


def describe(reads: list[ReadForm]) -> list[str]:
    forms = [r.form for r in reads]
    codes = sorted({f.code.removeprefix("READ.") for r in reads for f in r.findings})
    return [
        str(len(reads)),
        "/".join(str(header_count(f)) for f in forms),
        "/".join(str(funds_count(f)) for f in forms),
        "/".join(str(len(f.indicators)) for f in forms),
        "/".join(
            "yes" if f.total.weight is not None or f.total.score is not None else "no"
            for f in forms
        ),
        ", ".join(codes) or "—",
    ]


def main(corpus: Path) -> None:
    family = layouts(corpus)
    print("| " + " | ".join(COLUMNS) + " |")
    print("|" + "---|" * len(COLUMNS))
    total_ms = 0.0
    for path in sorted(corpus.glob("*.txt")):
        start = time.perf_counter()
        try:
            cells = describe(read_path(path))
        except UnreadableInput as exc:
            cells = ["0", "", "", "", "", f"不可读：{exc.message}"]
        ms = (time.perf_counter() - start) * 1000
        total_ms += ms
        print(
            "| " + " | ".join([path.name, family.get(path.name, "?"), *cells, f"{ms:.1f}"]) + " |"
        )
    print(f"\nTotal {total_ms:.0f} ms. Counts per form are separated by '/'.")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
