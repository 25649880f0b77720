"""Our own ``jixiao.form/1`` JSON: one form object or a list of them."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from jixiao.model.form import Form
from jixiao.model.jsonio import loads
from jixiao.readers.base import ReadForm, UnreadableInput

_MAX_PROBLEMS = 3
_PROBLEMS = (
    ("missing", "缺少字段"),
    ("extra_forbidden", "不允许的字段"),
    ("int_", "应为整数"),
    ("decimal_", "应为数字"),
    ("float_", "应为数字"),
    ("string_", "应为文本"),
    ("bool_", "应为 true 或 false"),
    ("literal_error", "取值不在允许范围内"),
    ("dict_", "应为对象"),
    ("model_", "应为对象"),
    ("tuple_", "应为数组"),
    ("list_", "应为数组"),
)


def looks_like_json_form(text: str) -> bool:
    """True when the text parses as a JSON object with "schema" (or a list of such objects)."""
    stripped = text.lstrip()
    if not stripped.startswith(("{", "[")):
        return False
    try:
        data = loads(stripped)
    except ValueError:
        return False
    items = data if isinstance(data, list) else [data]
    return bool(items) and all(isinstance(i, dict) and "schema" in i for i in items)


def read_json(text: str) -> list[ReadForm]:
    """Read one form or a list of forms; a contract violation becomes UnreadableInput."""
    try:
        data = loads(text)
    except ValueError as exc:
        raise UnreadableInput(f"JSON 无法解析：{exc}") from None
    items = data if isinstance(data, list) else [data]
    if not items:
        raise UnreadableInput("JSON 中没有表")
    forms = [_validate(item, i, len(items)) for i, item in enumerate(items)]
    return [
        ReadForm(form=f, label=f"第{i + 1}张表" if len(forms) > 1 else None)
        for i, f in enumerate(forms)
    ]


def _validate(item: Any, index: int, count: int) -> Form:
    prefix = f"[{index}]." if count > 1 else ""
    if not isinstance(item, dict):
        raise UnreadableInput(f"JSON 不符合 jixiao.form/1：{prefix or '(根)'}: 不是对象")
    if "schema" not in item:
        raise UnreadableInput(f"JSON 不符合 jixiao.form/1：{prefix}schema: 缺少字段")
    try:
        return Form.model_validate(item)
    except ValidationError as exc:
        problems = [
            f"{prefix}{_path(err['loc'])}: {_problem(err['type'], err['msg'])}"
            for err in exc.errors()[:_MAX_PROBLEMS]
        ]
        raise UnreadableInput("JSON 不符合 jixiao.form/1：" + "；".join(problems)) from None


def _problem(kind: str, fallback: str) -> str:
    """The pydantic error type in Chinese; unknown types keep pydantic's own text."""
    for prefix, chinese in _PROBLEMS:
        if kind.startswith(prefix):
            return chinese
    return fallback


def _path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(根)"
