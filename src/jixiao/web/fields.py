"""The form page's fields: a Form as named inputs, and posted inputs back into a Form.

Input names are model paths (``funds.total.executed``, ``indicators[3].score``), the same paths
findings point at, so each finding can be shown beside its input. Everything the page does not
show (sources, notes, extra funds rows) is kept from the stored form, so an edit loses nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import ValidationError

from jixiao.model.form import Form

FUNDS_ROWS = ("total", "appropriation", "carryover", "other")
FUNDS_NUMBERS = ("initial", "adjusted", "executed", "weight", "rate", "score")
HEADER_TEXT = ("name", "code", "department", "unit", "leader", "phone")
ROW_TEXT = ("level1", "level2", "name", "target", "actual", "deviation")
ROW_NUMBERS = ("weight", "score")
MAX_ROWS = 200
MAX_TEXT = 4000
_BLANKS = {"", "-", "—", "－", "/", "／", "无"}
_LIMIT = Decimal(10) ** 12


@dataclass(frozen=True)
class Parsed:
    """The posted form, and the inputs that could not be taken (path → Chinese message)."""

    form: Form
    errors: dict[str, str] = field(default_factory=dict)


def parse_number(text: str) -> Decimal | None:
    """'1,467.62' → Decimal('1467.62'); '53.02%' → 53.02; blank or dash → None; else ValueError."""
    cleaned = text.strip().replace(",", "").replace("，", "").removesuffix("%").strip()
    if cleaned in _BLANKS:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"「{text.strip()[:20]}」不是数字") from None
    if not value.is_finite() or abs(value) >= _LIMIT:
        raise ValueError(f"「{text.strip()[:20]}」不是有效的数字")
    return value


def form_from_post(base: Form, post: Mapping[str, str]) -> Parsed:
    """Apply the posted inputs to ``base``; bad numbers leave the stored value and are reported."""
    data: dict[str, Any] = base.model_dump(by_alias=True)
    errors: dict[str, str] = {}
    reader = _Reader(post, errors)
    data["year"] = reader.year("year", data.get("year"))
    for key in HEADER_TEXT:
        data["project"][key] = reader.text(f"project.{key}", data["project"].get(key))
    for row in FUNDS_ROWS:
        for col in FUNDS_NUMBERS:
            path = f"funds.{row}.{col}"
            data["funds"][row][col] = reader.number(path, data["funds"][row][col])
    for key in ("expected", "actual"):
        data["goals"][key] = reader.text(f"goals.{key}", data["goals"].get(key))
    data["indicators"] = _rows(reader, data["indicators"], post)
    data["total"]["weight"] = reader.number("total.weight", data["total"]["weight"])
    data["total"]["score"] = reader.number("total.score", data["total"]["score"])
    data["grade"] = reader.text("grade", data.get("grade"))
    try:
        return Parsed(Form.model_validate(data), errors)
    except ValidationError as exc:
        errors["form"] = f"表的内容不合规范：{exc.error_count()} 处错误"
        return Parsed(base, errors)


def _rows(reader: _Reader, old: list[dict[str, Any]], post: Mapping[str, str]) -> list[Any]:
    count = _count(post.get("indicator_count"), len(old))
    rows = []
    for i in range(count):
        row = dict(old[i]) if i < len(old) else {"applicable": True}
        for key in ROW_TEXT:
            row[key] = reader.text(f"indicators[{i}].{key}", row.get(key))
        for key in ROW_NUMBERS:
            row[key] = reader.number(f"indicators[{i}].{key}", row.get(key))
        rows.append(row)
    return rows


def _count(text: str | None, default: int) -> int:
    try:
        return max(0, min(MAX_ROWS, int(text or default)))
    except ValueError:
        return default


class _Reader:
    """Reads one posted input at a time; an absent input keeps the stored value."""

    def __init__(self, post: Mapping[str, str], errors: dict[str, str]) -> None:
        self.post = post
        self.errors = errors

    def text(self, path: str, old: Any) -> Any:
        if path not in self.post:
            return old
        value = self.post[path].replace("\r\n", "\n").strip()
        if len(value) > MAX_TEXT:
            # Cut text would be lost text: refuse it and say so, keeping the stored value.
            self.errors[path] = f"内容过长（{len(value)} 字，上限 {MAX_TEXT} 字）"
            return old
        return value or None

    def number(self, path: str, old: Any) -> Any:
        if path not in self.post:
            return old
        try:
            return parse_number(self.post[path])
        except ValueError as exc:
            self.errors[path] = str(exc)
            return old

    def year(self, path: str, old: Any) -> Any:
        if path not in self.post:
            return old
        text = self.post[path].strip().removesuffix("年")
        if not text:
            return None
        if text.isdigit() and 1990 <= int(text) <= 2100:
            return int(text)
        self.errors[path] = f"「{text[:10]}」不是有效的年度"
        return old
