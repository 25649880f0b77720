"""A summary page per organisation and year: status counts, self-score distribution, execution
rate against self-score (a server-drawn SVG, no script), the most frequent findings."""

from __future__ import annotations

from decimal import Decimal

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from jixiao.store.models import Status
from jixiao.store.queries import summary
from jixiao.web.views.access import user_of

WIDTH, HEIGHT, PAD = 480, 320, 40


@login_required
def summary_page(request: HttpRequest) -> HttpResponse:
    user = user_of(request)
    year_text = request.GET.get("year", "")
    year = int(year_text) if year_text.isdigit() else None
    data = summary(user, year)
    peak = max((n for _, n in data.bands), default=0) or 1
    context = {
        "year": year,
        "data": data,
        "statuses": [(s.label, data.by_status.get(s.value, 0)) for s in Status],
        "bands": [(label, n, round(300 * n / peak)) for label, n in data.bands],
        "dots": [_dot(rate, score, name) for rate, score, name in data.points[:2000]],
        "org": user.organisation,
        "w": WIDTH,
        "h": HEIGHT,
        "pad": PAD,
    }
    return render(request, "jixiao/summary.html", context)


def _dot(rate: Decimal, score: Decimal, name: str) -> tuple[float, float, str]:
    """Execution rate 0–120 % on x, self-score 0–100 on y."""
    x = PAD + float(min(max(rate, Decimal(0)), Decimal(120))) / 120 * (WIDTH - 2 * PAD)
    y = HEIGHT - PAD - float(min(max(score, Decimal(0)), Decimal(100))) / 100 * (HEIGHT - 2 * PAD)
    return round(x, 1), round(y, 1), f"{name}：执行率 {rate:.2f}%，自评 {score}"
