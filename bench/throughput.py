"""Engine throughput: parse + score + check seed-sized text forms in one process, and peak memory.

Run from the repository root:  .venv/bin/python bench/throughput.py [--seconds 5] [--stages]
It reads the seed form in place (../shared/seed) and the corpus texts (../shared/corpus/dev).
``--stages`` also prints where a seed form's time goes (lines → fragments, the indicator table's
stream reader, the rest of reading, scoring + checks).
"""

from __future__ import annotations

import argparse
import importlib
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jixiao.model.policy import get_policy
from jixiao.pipeline import check_form
from jixiao.readers import read_text

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_3e20b20a8ba254db.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def _one(text: str) -> int:
    policy = get_policy(None)
    forms = read_text(text)
    for r in forms:
        check_form(r.form, policy, r.findings)
    return len(forms)


def _clear_caches() -> None:
    """Empty every functools cache in our modules (per-string helpers such as width()), so that
    repeating the same form cannot be faster than reading a new one."""
    for name, module in list(sys.modules.items()):
        if name.startswith("jixiao"):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def _rate(texts: list[str], seconds: float, cold: bool = False) -> tuple[float, int]:
    done, forms, start = 0, 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for t in texts:
            if cold:
                _clear_caches()
            forms += _one(t)
            done += 1
    return done / (time.perf_counter() - start), forms


def _stages(seed: str, seconds: float) -> None:
    """Time each stage of the seed form by wrapping the functions where their callers look them
    up; the wrappers cost a little, so the stages add up to slightly more than one form."""
    # By module name: the package's own ``assemble`` function hides the submodule attribute.
    assemble: Any = importlib.import_module("jixiao.readers.text.assemble")
    table: Any = importlib.import_module("jixiao.readers.text.table")

    spent: dict[str, float] = {}

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - start

        return run

    originals = (assemble.fragments, table.parse_stream)
    assemble.fragments = timed("fragments", assemble.fragments)
    table.parse_stream = timed("parse_stream", table.parse_stream)
    read, check = timed("read", read_text), timed("check_form", check_form)
    try:
        done, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            for r in read(seed):
                check(r.form, get_policy(None), r.findings)
            done += 1
    finally:
        assemble.fragments, table.parse_stream = originals
    ms = {name: total / done * 1000 for name, total in spent.items()}
    rest = ms["read"] - ms["fragments"] - ms["parse_stream"]
    print(
        f"  per seed form: fragments {ms['fragments']:.2f} ms, indicator stream "
        f"{ms['parse_stream']:.2f} ms, rest of reading {rest:.2f} ms, "
        f"score + check {ms['check_form']:.2f} ms"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seconds", type=float, default=5.0, help="time per measurement")
    ap.add_argument("--stages", action="store_true", help="also time each stage of the seed form")
    args = ap.parse_args()
    if not SEED.exists():
        print(f"找不到种子表 {SEED}", file=sys.stderr)
        return 2
    seed = SEED.read_text(encoding="utf-8")
    _one(seed)  # warm up imports and compiled regexes
    seed_rate, _ = _rate([seed], args.seconds)
    print(f"seed form (text → model → score → check): {seed_rate:,.0f} forms/s on one core")
    cold_rate, _ = _rate([seed], args.seconds, cold=True)
    print(f"seed form, caches emptied before each form: {cold_rate:,.0f} forms/s")
    if args.stages:
        _stages(seed, args.seconds)
    corpus = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    if corpus:
        file_rate, _ = _rate(corpus, args.seconds)
        print(f"corpus files ({len(corpus)} mixed layouts): {file_rate:,.0f} files/s")
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak memory (max RSS of this process): {peak_kib / 1024:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
