"""The OpenAPI 3.1 description of the JSON API, served at ``/api/v1/openapi.json``."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, JsonResponse

from jixiao.model.form import Form

_ERR = {
    "description": "错误（JSON：{error: 中文说明}）",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
}
_ID = [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}]


def _ok(ref: str, description: str = "成功") -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}},
    }


def _errors(*codes: int) -> dict[str, Any]:
    return {str(c): _ERR for c in codes}


PATHS: dict[str, Any] = {
    "/api/v1/forms": {
        "get": {
            "summary": "列出可见的自评表（填报人：本单位；审核人：下级单位）",
            "parameters": [
                {
                    "name": "status",
                    "in": "query",
                    "schema": {"type": "string", "enum": ["submitted", "returned", "approved"]},
                },
                {"name": "year", "in": "query", "schema": {"type": "integer"}},
            ],
            "responses": {"200": _ok("FormList"), **_errors(401)},
        },
        "post": {
            "summary": "上传文件新建自评表（任何可读格式；一个文件可含多张表）",
            "requestBody": {
                "required": True,
                "content": {
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "properties": {"file": {"type": "string", "format": "binary"}},
                            "required": ["file"],
                        }
                    }
                },
            },
            "responses": {"201": _ok("FormDetailList", "已新建"), **_errors(400, 401, 403, 422)},
        },
    },
    "/api/v1/forms/{id}": {
        "get": {
            "summary": "读取一张表：表、规则计算结果与审核发现",
            "parameters": _ID,
            "responses": {"200": _ok("FormDetail"), **_errors(401, 404)},
        },
    },
    "/api/v1/forms/{id}/submit": {
        "post": {
            "summary": "提交审核；“错误”级问题须逐条说明",
            "parameters": _ID,
            "requestBody": {
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "explanations": {
                                    "type": "object",
                                    "description": "审核发现编号 → 说明",
                                    "additionalProperties": {"type": "string"},
                                }
                            },
                        }
                    }
                }
            },
            "responses": {"200": _ok("FormSummary"), **_errors(400, 401, 403, 404, 409)},
        },
    },
    "/api/v1/forms/{id}/review": {
        "post": {
            "summary": "审核：退回（须附意见）或通过；可同时记录复核得分",
            "parameters": _ID,
            "requestBody": {
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "action": {"type": "string", "enum": ["return", "approve"]},
                                "comment": {"type": "string"},
                                "review_score": {"type": ["number", "null"]},
                            },
                        }
                    }
                }
            },
            "responses": {"200": _ok("FormSummary"), **_errors(400, 401, 403, 404, 409, 422)},
        },
    },
    "/api/v1/check": {
        "post": {
            "summary": "计分并审核一张 jixiao.form/1 表，不保存",
            "parameters": [{"name": "policy", "in": "query", "schema": {"type": "string"}}],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Form"}}},
            },
            "responses": {"200": _ok("Report"), **_errors(401, 422)},
        },
    },
}

_SUMMARY = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "year": {"type": ["integer", "null"]},
        "project": {"type": "string"},
        "unit": {"type": "string"},
        "department": {"type": "string"},
        "status": {"type": "string", "enum": ["draft", "submitted", "returned", "approved"]},
        "version": {"type": "integer"},
        "self_score": {"type": ["number", "null"]},
        "computed_score": {"type": ["number", "null"]},
        "review_score": {"type": ["number", "null"], "description": "复核得分（不覆盖自评分）"},
        "grade": {"type": ["string", "null"]},
        "computed_grade": {"type": ["string", "null"]},
        "execution_rate": {"type": ["number", "null"]},
        "errors": {"type": "integer"},
        "warnings": {"type": "integer"},
    },
}


def document() -> dict[str, Any]:
    form_schema = Form.model_json_schema(ref_template="#/components/schemas/{model}")
    defs = form_schema.pop("$defs", {})
    finding = {
        "type": "object",
        "properties": {
            k: {"type": "string"}
            for k in ("code", "severity", "path", "message", "rule", "explanation")
        },
    }
    schemas = {
        **defs,
        "Form": form_schema,
        "Error": {"type": "object", "properties": {"error": {"type": "string"}}},
        "FormSummary": _SUMMARY,
        "FormList": {
            "type": "object",
            "properties": {
                "forms": {"type": "array", "items": {"$ref": "#/components/schemas/FormSummary"}}
            },
        },
        "FormDetail": {
            "allOf": [
                {"$ref": "#/components/schemas/FormSummary"},
                {
                    "type": "object",
                    "properties": {
                        "form": {"$ref": "#/components/schemas/Form"},
                        "computed": {
                            "type": "object",
                            "description": "规则计算结果，每个数字附说明",
                        },
                        "findings": {"type": "array", "items": finding},
                    },
                },
            ]
        },
        "FormDetailList": {
            "type": "object",
            "properties": {
                "forms": {"type": "array", "items": {"$ref": "#/components/schemas/FormDetail"}}
            },
        },
        "Report": {
            "type": "object",
            "properties": {
                "form": {"$ref": "#/components/schemas/Form"},
                "computed": {"type": "object"},
                "findings": {"type": "array", "items": finding},
            },
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "jixiao 绩效自评 API",
            "version": "1",
            "description": "认证：请求头 Authorization: Bearer <令牌>（在网站“API 令牌”页生成）。"
            "金额与分数为表上印的精度。",
        },
        "paths": PATHS,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
        "security": [{"bearer": []}],
    }


def openapi(request: HttpRequest) -> JsonResponse:
    return JsonResponse(document(), json_dumps_params={"ensure_ascii": False})
