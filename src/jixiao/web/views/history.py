"""A form's history: every saved version with who saved it, and what changed as a diff."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from jixiao.model.jsonio import loads
from jixiao.store.permissions import Action
from jixiao.store.queries import transitions_of, versions
from jixiao.web.views.access import form_for

_SKIP = ("sources",)  # where a value was read is not a change a person made


@login_required
def history_page(request: HttpRequest, pk: int) -> HttpResponse:
    record = form_for(request, pk, Action.VIEW)
    entries = []
    previous: dict[str, str] = {}
    for version in versions(record):
        flat = _flatten(loads(version.form_json))  # type: ignore[attr-defined]
        changes = [
            (path, previous.get(path, ""), flat.get(path, ""))
            for path in sorted(set(previous) | set(flat))
            if previous.get(path, "") != flat.get(path, "")
        ]
        entries.append(
            {"v": version, "changes": changes if previous else [], "first": not previous}
        )
        previous = flat
    entries.reverse()
    return render(
        request,
        "jixiao/history.html",
        {"record": record, "entries": entries, "transitions": transitions_of(record)},
    )


def _flatten(value: Any, prefix: str = "") -> dict[str, str]:
    if isinstance(value, dict):
        out: dict[str, str] = {}
        for key, item in value.items():
            if key in _SKIP and not prefix:
                continue
            out.update(_flatten(item, f"{prefix}.{key}" if prefix else key))
        return out
    if isinstance(value, list):
        out = {}
        for i, item in enumerate(value):
            out.update(_flatten(item, f"{prefix}[{i}]"))
        return out
    return {prefix: "" if value is None else str(value)}
