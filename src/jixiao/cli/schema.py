"""``jixiao schema``: the JSON Schema of the jixiao.form/1 contract."""

from __future__ import annotations

import sys

from jixiao.model.form import Form
from jixiao.model.jsonio import dumps


def command() -> None:
    schema = Form.model_json_schema(by_alias=True)
    head = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "jixiao.form/1"}
    schema = head | schema
    sys.stdout.write(dumps(schema) + "\n")
