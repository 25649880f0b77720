"""The report's charts as inline SVG drawn by matplotlib: offline, no script, no CDN.

Text becomes glyph outlines (``svg.fonttype = 'path'``), so the Chinese labels render the same on a
machine without CJK fonts; drawing needs Noto Sans CJK (installed by ``scripts/system-packages``).
"""

from __future__ import annotations

import io
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal

from jixiao.batch.summary import HIGH_SCORE, LOW_RATE, CodeCount, FormPoint

_GRADES = ("优", "良", "中", "差")
_BINS = (0, 60, 70, 80, 90, 100)
_SEVERITY_COLOURS = {"error": "#c0392b", "warning": "#e67e22", "info": "#7f8c8d"}


def _pyplot():  # type: ignore[no-untyped-def]
    # Imported on first use: matplotlib takes a moment to load and only the report needs it.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {
            "font.sans-serif": ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "DejaVu Sans"],
            "axes.unicode_minus": False,
            "svg.fonttype": "path",
            "svg.hashsalt": "jixiao",  # the same data draws the same file
            "font.size": 9,
        }
    )
    return plt


def _svg(fig, name: str) -> str:  # type: ignore[no-untyped-def]
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    _pyplot().close(fig)
    text = buf.getvalue()
    text = text[text.index("<svg") :]  # drop the XML prolog: the SVG goes inline in HTML
    # Several SVGs share one page: matplotlib's ids (patch_19, clip paths) must not collide, or
    # one chart would clip to another's rectangle.
    return _ID_REF.sub(lambda m: f"{m.group(1)}{name}-", text)


_ID_REF = re.compile(r'(\bid="|url\(#|href="#)')


def _integer_ticks():  # type: ignore[no-untyped-def]
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)  # counts of forms: no 0.25 of a form on an axis


def score_histogram(points: Sequence[FormPoint]) -> str:
    """Self-scores and rule scores by grade band (0–60 差, 60–80 中 …)."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 3))
    labels = [f"{a}–{b}" for a, b in itertools.pairwise(_BINS)]
    for offset, (name, values) in enumerate(
        (
            ("自评总分", [p.self_score for p in points]),
            ("规则计算总分", [p.computed_score for p in points]),
        )
    ):
        counts = _binned([v for v in values if v is not None])
        xs = [i + (offset - 0.5) * 0.4 for i in range(len(labels))]
        ax.bar(xs, counts, width=0.4, label=name)
    ax.set_xticks(range(len(labels)), labels)
    ax.set_xlabel("总分区间")
    ax.set_ylabel("表数")
    ax.yaxis.set_major_locator(_integer_ticks())
    ax.legend()
    return _svg(fig, "scores")


def _binned(values: list[Decimal]) -> list[int]:
    counts = [0] * (len(_BINS) - 1)
    for v in values:
        for i in range(len(counts)):
            if v < _BINS[i + 1] or i == len(counts) - 1:
                counts[i] += 1
                break
    return counts


def grade_bars(points: Sequence[FormPoint]) -> str:
    """Grades as printed beside grades the rules give."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 2.6))
    printed = Counter(p.grade for p in points)
    computed = Counter(p.computed_grade for p in points)
    xs = range(len(_GRADES))
    ax.bar([x - 0.2 for x in xs], [printed[g] for g in _GRADES], width=0.4, label="表上等级")
    ax.bar([x + 0.2 for x in xs], [computed[g] for g in _GRADES], width=0.4, label="规则等级")
    ax.set_xticks(list(xs), list(_GRADES))
    ax.set_ylabel("表数")
    ax.yaxis.set_major_locator(_integer_ticks())
    ax.legend()
    return _svg(fig, "grades")


def inflation_scatter(points: Sequence[FormPoint]) -> str:
    """Self-score against the budget execution rate; the top-left quadrant is not credible."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 4))
    shown = [p for p in points if p.self_score is not None and p.execution_rate is not None]
    normal = [p for p in shown if not p.inflated]
    flagged = [p for p in shown if p.inflated]
    for group, colour, label in ((normal, "#2c7fb8", "其他"), (flagged, "#c0392b", "高分低执行")):
        xs = [min(float(p.execution_rate or 0), 120.0) for p in group]
        ys = [float(p.self_score or 0) for p in group]
        ax.scatter(xs, ys, s=8, alpha=0.6, color=colour, label=f"{label}（{len(group)}）")
    ax.axvline(float(LOW_RATE), color="#999", linewidth=0.8, linestyle="--")
    ax.axhline(float(HIGH_SCORE), color="#999", linewidth=0.8, linestyle="--")
    ax.set_xlabel("预算执行率（%，超过120%按120%画）")
    ax.set_ylabel("自评总分")
    ax.legend(loc="lower right")
    return _svg(fig, "scatter")


def finding_bars(codes: Sequence[CodeCount], top: int = 15) -> str:
    """The most frequent findings, by the number of forms they occur in."""
    plt = _pyplot()
    shown = list(codes[:top])[::-1]
    fig, ax = plt.subplots(figsize=(6, 0.3 * max(len(shown), 3) + 0.8))
    ax.barh(
        [c.code for c in shown],
        [c.forms for c in shown],
        color=[_SEVERITY_COLOURS.get(c.severity, "#7f8c8d") for c in shown],
    )
    ax.xaxis.set_major_locator(_integer_ticks())
    ax.set_xlabel("出现该问题的表数（红：错误，橙：警告，灰：提示）")
    return _svg(fig, "findings")
