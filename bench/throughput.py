"""Engine throughput: parse + score + check seed-sized text forms in one process, and peak memory.

Run from the repository root:  .venv/bin/python bench/throughput.py [--seconds 5]
It reads the seed form in place (../shared/seed) and the corpus texts (../shared/corpus/dev).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seconds", type=float, default=5.0, help="time per measurement")
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
    corpus = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    if corpus:
        file_rate, _ = _rate(corpus, args.seconds)
        print(f"corpus files ({len(corpus)} mixed layouts): {file_rate:,.0f} files/s")
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak memory (max RSS of this process): {peak_kib / 1024:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
