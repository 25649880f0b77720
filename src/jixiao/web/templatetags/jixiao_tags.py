"""Template tags for the form page: one cell as an input (editing) or as text (reading)."""

from __future__ import annotations

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from jixiao.web.layout import Cell, path_label

register = template.Library()


@register.simple_tag
def field(cell: Cell, editable: bool, kind: str = "text", label: str = "") -> SafeString:
    """An input named by the cell's model path; ``kind`` 'num' right-aligns, 'area' wraps."""
    if not editable:
        return format_html('<span class="val {}">{}</span>', kind, cell.value)
    if kind == "area":
        return format_html(
            '<textarea name="{}" rows="2" aria-label="{}">{}</textarea>',
            cell.path,
            label or cell.path,
            cell.value,
        )
    return format_html(
        '<input type="text" name="{}" value="{}" class="{}" aria-label="{}" autocomplete="off">',
        cell.path,
        cell.value,
        kind,
        label or cell.path,
    )


@register.filter
def label(path: str) -> str:
    return path_label(path)


@register.filter
def get(mapping: dict[str, object], key: str) -> object:
    return mapping.get(key, "")
