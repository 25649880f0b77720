"""The ``jixiao`` command: one thin sub-command per module."""

from __future__ import annotations

import typer

from jixiao.cli import batch, check, convert, policies, schema, serve, template

app = typer.Typer(
    help="jixiao 绩效：读取、计分、审核项目支出绩效自评表。",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
app.command("check", help="审核自评表：逐格读取、按规则重新计分、列出全部问题。")(check.command)
app.command("convert", help="把任何可读格式的表转换为 JSON，或官方版式的 Excel/网页/PDF。")(
    convert.command
)
app.command("template", help="生成官方版式的 Excel 填报模板（公式、下拉框、填表说明）。")(
    template.command
)
app.command("schema", help="打印 jixiao.form/1 的 JSON Schema。")(schema.command)
app.command("policies", help="列出可用的计分规则（地区口径）。")(policies.command)
app.command("serve", help="启动多人填报审核网站（127.0.0.1:8000）；--demo 创建示例数据。")(
    serve.command
)
app.command("batch", help="批量审计：检查文件夹中的全部自评表，写入数据库并生成报告。")(
    batch.command
)


if __name__ == "__main__":  # pragma: no cover
    app()
