"""JSON in and out with Decimal kept exactly as printed (5.30 stays 5.30, not 5.3)."""

from __future__ import annotations

import json
from decimal import Decimal
from enum import Enum
from typing import Any

from pydantic import BaseModel

from jixiao.model.form import Form


def to_plain(obj: Any) -> Any:
    """A pydantic model (or nested values) as plain Python with Decimals left in place."""
    if isinstance(obj, BaseModel):
        return obj.model_dump(mode="python", by_alias=True)
    return obj


def dumps(obj: Any, indent: int | None = 2) -> str:
    """JSON text in which every Decimal is written as a JSON number with its printed digits."""
    return _encode(to_plain(obj), indent, 0)


def _encode(value: Any, indent: int | None, depth: int) -> str:
    if isinstance(value, BaseModel):
        value = to_plain(value)
    if value is None or isinstance(value, bool | int | str | float):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, Decimal):
        return _decimal(value)
    if isinstance(value, Enum):
        return json.dumps(value.value, ensure_ascii=False)
    if isinstance(value, dict):
        items = [
            f"{json.dumps(str(k), ensure_ascii=False)}: {_encode(v, indent, depth + 1)}"
            for k, v in value.items()
        ]
        return _wrap("{", "}", items, indent, depth)
    if isinstance(value, list | tuple):
        return _wrap("[", "]", [_encode(v, indent, depth + 1) for v in value], indent, depth)
    if hasattr(value, "isoformat"):
        return json.dumps(value.isoformat())
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


def _decimal(d: Decimal) -> str:
    if not d.is_finite():
        raise ValueError(f"non-finite number {d} cannot be written to JSON")
    text = str(d)
    # str(Decimal) may give '1E+3'; that is valid JSON, but a plain form is friendlier.
    return format(d, "f") if "E" in text else text


def _wrap(open_: str, close: str, items: list[str], indent: int | None, depth: int) -> str:
    if not items:
        return open_ + close
    if indent is None:
        return open_ + ", ".join(items) + close
    pad = " " * (indent * (depth + 1))
    end = " " * (indent * depth)
    return open_ + "\n" + ",\n".join(pad + i for i in items) + "\n" + end + close


def loads(text: str) -> Any:
    """Parse JSON keeping non-integer numbers as Decimal (so 95.20 keeps its precision)."""
    return json.loads(text, parse_float=Decimal)


def form_from_json(text: str) -> Form:
    """A Form from ``jixiao.form/1`` JSON text; raises ValueError or pydantic.ValidationError."""
    return Form.model_validate(loads(text))


def form_to_json(form: Form) -> str:
    return dumps(form)
