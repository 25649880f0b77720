"""Build a batch-audit test set: N forms (default 10,000) varied from our examples and the seed.

Run from the repository root:
    .venv/bin/python bench/batch_set.py OUT_DIR [--forms 10000] [--seed 1]
Half the files are jixiao.form/1 JSON varied from examples/ (header, year, funds executed,
reported scores), half are the seed's extracted text (read in place from ../shared/seed) with
its project, unit, year and executed amount varied — the layout stays the real one. A few
damaged files, duplicates and non-form files are mixed in, as in a real download folder.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_3e20b20a8ba254db.txt"
EXAMPLES = sorted((ROOT / "examples").rglob("*.json"))
DEPARTMENTS = [
    f"{name}局"
    for name in (
        "教育",
        "卫生健康",
        "民政",
        "交通运输",
        "农业农村",
        "水务",
        "文化和旅游",
        "科学技术",
        "生态环境",
        "商务",
    )
]
PROJECTS = (
    "设备购置",
    "信息化建设",
    "专项补助",
    "运行维护",
    "人才培养",
    "宣传推广",
    "基础设施改造",
    "公共服务",
    "课题研究",
    "应急保障",
)


def _unit(rng: random.Random) -> tuple[str, str]:
    dept = rng.choice(DEPARTMENTS)
    return dept, f"{dept[:-1]}第{rng.randint(1, 12)}中心"


def _json_form(rng: random.Random, template: dict, i: int) -> str:
    form = json.loads(json.dumps(template))
    dept, unit = _unit(rng)
    project = form.setdefault("project", {})
    project.update({"name": f"{rng.choice(PROJECTS)}项目（{i}）", "department": dept, "unit": unit})
    form["year"] = rng.randint(2019, 2024)
    total = form.get("funds", {}).get("total") or {}
    if total.get("adjusted") and total.get("executed"):
        share = Decimal(rng.randint(30, 100)) / 100
        total["executed"] = str((Decimal(str(total["adjusted"])) * share).quantize(Decimal("0.01")))
    if form.get("total", {}).get("score") is not None:
        form["total"]["score"] = str(Decimal(rng.randint(6000, 10000)) / 100)
    return json.dumps(form, ensure_ascii=False)


def _text_form(rng: random.Random, seed: str, i: int) -> str:
    dept, unit = _unit(rng)
    year = rng.randint(2019, 2024)
    executed = f"{rng.randint(800, 2768):,}.{rng.randint(0, 99):02d}0000"
    return (
        seed.replace(
            "中关村特色园区建设及专业服务能力提升支持资金项目", f"{rng.choice(PROJECTS)}项目{i}"
        )
        .replace("主管部门 中关村科技园区管理委员会", f"主管部门 {dept}")
        .replace("实施单位 中关村科技园区管理委员会本级", f"实施单位 {unit}")
        .replace("（2021年度）", f"（{year}年度）")
        .replace("1,467.620000", executed)
    )


def build(out: Path, forms: int, seed_value: int) -> dict[str, int]:
    rng = random.Random(seed_value)
    templates = [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES]
    seed = SEED.read_text(encoding="utf-8")
    counts = {"json": 0, "text": 0, "damaged": 0, "duplicate": 0, "other": 0}
    for i in range(forms):
        folder = out / f"{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        if i % 2:
            (folder / f"form-{i:05d}.json").write_text(
                _json_form(rng, rng.choice(templates), i), encoding="utf-8"
            )
            counts["json"] += 1
        else:
            (folder / f"form-{i:05d}.txt").write_text(_text_form(rng, seed, i), encoding="utf-8")
            counts["text"] += 1
        if i % 500 == 250:  # the odd broken download, copy and stray file
            (folder / f"broken-{i}.xlsx").write_bytes(b"PK\x03\x04" + bytes(rng.randbytes(300)))
            original = folder / f"form-{i:05d}.txt"  # i is even here: a text form
            (folder / f"copy-{i}.txt").write_bytes(original.read_bytes())
            (folder / f"notes-{i}.docx.tmp").write_bytes(b"~lock")
            counts["damaged"] += 1
            counts["duplicate"] += 1
            counts["other"] += 1
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--forms", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if not SEED.exists():
        print(f"找不到种子表 {SEED}", file=sys.stderr)
        return 2
    counts = build(args.out, args.forms, args.seed)
    print(f"已生成于 {args.out}：" + "，".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
