"""Field recall and precision of ``read_path`` against golden forms (corpus) and fixture JSON.

Usage: ``python bench/accuracy.py [--only corpus|fixtures]``. Golden files hold a list of
partial ``jixiao.form/1`` objects with only the fields legible in the source; a field the reader
outputs that the golden lacks is an "invented value".
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "corpus" / "dev"
GOLDEN = ROOT / "tests" / "data" / "golden"
FIXTURES = ROOT / "tests" / "data" / "fixtures"

# Model defaults: a field holding one is "absent", not a value the reader claims to have read.
# notes (注) are template prose the goldens do not copy, so they are not scored either.
_IGNORED_KEYS = {"schema", "sources", "applicable", "notes"}
_DEFAULT_VALUES: dict[str, Any] = {"funds.unit": "万元", "kind": "project"}


def _norm(value: Any) -> str:
    """Compare numbers by value (5.3 == 5.30) and text without surrounding or inner whitespace."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float | Decimal):
        try:
            return format(Decimal(str(value)).normalize(), "f")
        except InvalidOperation:
            return str(value)
    text = "".join(str(value).split())
    try:
        return format(Decimal(text).normalize(), "f")
    except InvalidOperation:
        return text


def _walk(prefix: str, value: Any) -> Iterator[tuple[str, str]]:
    if value is None or value == "" or value == [] or value == {}:
        return
    if isinstance(value, dict):
        for key, sub in value.items():
            if key in _IGNORED_KEYS:
                continue
            yield from _walk(f"{prefix}.{key}" if prefix else key, sub)
    elif isinstance(value, list | tuple):
        for i, sub in enumerate(value):
            yield from _walk(f"{prefix}[{i}]", sub)
    else:
        if _DEFAULT_VALUES.get(prefix) == value:
            return
        yield prefix, _norm(value)


def flatten_form(form: dict[str, Any]) -> dict[str, str]:
    """Field path → normalised value, skipping absent (None/empty) fields and model defaults.

    Funds rows' ``label`` is skipped because the model fills a default label for absent rows.
    """
    flat = dict(_walk("", form))
    return {k: v for k, v in flat.items() if not (k.startswith("funds.") and k.endswith(".label"))}


def _align_indicators(golden: list[dict[str, Any]], got: list[dict[str, Any]]) -> list[Any]:
    """Reorder ``got`` to follow ``golden``: same position when the names agree, else by name."""
    used: set[int] = set()
    aligned: list[Any] = []
    for i, want in enumerate(golden):
        pick = None
        if i < len(got) and _norm(got[i].get("name") or "") == _norm(want.get("name") or ""):
            pick = i
        else:
            for j, cand in enumerate(got):
                if j not in used and _norm(cand.get("name") or "") == _norm(want.get("name") or ""):
                    pick = j
                    break
        if pick is None and i < len(got) and i not in used:
            pick = i
        if pick is not None:
            used.add(pick)
            aligned.append(got[pick])
        else:
            aligned.append({})
    aligned.extend(ind for j, ind in enumerate(got) if j not in used)
    return aligned


@dataclass
class Score:
    """Matched, expected and produced field counts, plus the invented field paths."""

    matched: int = 0
    expected: int = 0
    produced: int = 0
    invented: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return (
            self.matched / self.produced if self.produced else (1.0 if not self.expected else 0.0)
        )

    def add(self, other: Score) -> None:
        self.matched += other.matched
        self.expected += other.expected
        self.produced += other.produced
        self.invented.extend(other.invented)


def compare_forms(golden: Sequence[dict[str, Any]], got: Sequence[dict[str, Any]]) -> Score:
    """Compare forms matched by order; indicators by position and name."""
    score = Score()
    for i in range(max(len(golden), len(got))):
        want = dict(golden[i]) if i < len(golden) else {}
        have = dict(got[i]) if i < len(got) else {}
        have["indicators"] = _align_indicators(
            list(want.get("indicators") or []), list(have.get("indicators") or [])
        )
        flat_want = flatten_form(want)
        flat_have = flatten_form(have)
        score.expected += len(flat_want)
        score.produced += len(flat_have)
        for path, value in flat_have.items():
            if path not in flat_want:
                score.invented.append(f"form[{i}].{path}")
            elif flat_want[path] == value:
                score.matched += 1
    return score


def read_as_dicts(path: Path) -> list[dict[str, Any]]:
    """Run the project's reader and dump each form as JSON-ready dicts (by alias: 'schema')."""
    from jixiao.readers import read_path

    return [r.form.model_dump(mode="json", by_alias=True) for r in read_path(path)]


def score_file(source: Path, expected: list[dict[str, Any]]) -> Score:
    """Score one input; a reader failure of any kind counts as zero recall, never a crash."""
    try:
        got = read_as_dicts(source)
    except Exception as exc:  # the bench reports every failure and goes on
        return Score(expected=sum(len(flatten_form(f)) for f in expected), error=repr(exc)[:80])
    return compare_forms(expected, got)


def _load_list(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, list) else [data]


def corpus_cases() -> list[tuple[str, Path, Path]]:
    """(name, input, golden) for every corpus file with a golden."""
    return [
        (f"corpus/{g.stem}", CORPUS / f"{g.stem}.txt", g)
        for g in sorted(GOLDEN.glob("*.json"))
        if (CORPUS / f"{g.stem}.txt").exists()
    ]


def fixture_cases() -> list[tuple[str, Path, Path]]:
    """(name, input, expected) for every fixture whose ``<stem>.expected.json`` exists."""
    cases = []
    for item in sorted(FIXTURES.iterdir()) if FIXTURES.exists() else []:
        if item.name.endswith(".expected.json") or item.name == "README.md":
            continue
        expected = FIXTURES / f"{item.stem}.expected.json"
        if expected.exists():
            cases.append((f"fixtures/{item.name}", item, expected))
    return cases


def report(cases: Sequence[tuple[str, Path, Path]]) -> str:
    """The Markdown table of per-file and overall recall/precision."""
    lines = [
        "| file | recall | precision | matched/expected | invented | note |",
        "|---|---:|---:|---:|---:|---|",
    ]
    overall = Score()
    for name, source, expected in cases:
        score = score_file(source, _load_list(expected))
        score.invented = [f"{name}: {path}" for path in score.invented]
        overall.add(score)
        lines.append(
            f"| {name} | {score.recall:.1%} | {score.precision:.1%} | "
            f"{score.matched}/{score.expected} | {len(score.invented)} | {score.error or ''} |"
        )
    lines.append(
        f"| **overall** | {overall.recall:.1%} | {overall.precision:.1%} | "
        f"{overall.matched}/{overall.expected} | {len(overall.invented)} | |"
    )
    if overall.invented:
        lines.append("\nInvented values (first 40):\n")
        lines.extend(f"- {p}" for p in overall.invented[:40])
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", choices=["corpus", "fixtures"])
    args = parser.parse_args(argv)
    cases: list[tuple[str, Path, Path]] = []
    if args.only in (None, "corpus"):
        cases += corpus_cases()
    if args.only in (None, "fixtures"):
        cases += fixture_cases()
    print(report(cases))
    return 0


if __name__ == "__main__":
    sys.exit(main())
