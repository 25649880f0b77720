"""Every batch table as CSV (UTF-8 with BOM, opens in Excel and WPS) and as one .xlsx workbook."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from jixiao.batch.outcome import FileStatus
from jixiao.store.audit import library
from jixiao.store.models import AuditFile, FindingRecord, FormRecord, IndicatorRecord, Origin

_SHEET_ROWS = 1_000_000  # an .xlsx sheet holds 1,048,576 rows; longer tables continue on another
_RISKY = ("=", "+", "-", "@", "\t", "\r")

Row = list[object]


def _cell(value: object) -> object:
    """Text that starts like a formula is prefixed with ' so Excel shows it, never runs it."""
    if isinstance(value, str) and value.startswith(_RISKY) and not _is_number(value):
        return "'" + value
    if isinstance(value, Decimal):
        return str(value)
    return "" if value is None else value


def _is_number(text: str) -> bool:
    try:
        Decimal(text)
    except ArithmeticError:
        return False
    return True


def _files() -> Iterator[Row]:
    yield [
        "编号",
        "文件路径",
        "地区（文件夹）",
        "SHA-256",
        "大小（字节）",
        "格式",
        "结果",
        "原因",
        "用时（秒）",
    ]
    for f in AuditFile.objects.order_by("pk").iterator(chunk_size=5000):
        label = FileStatus(f.status).label
        yield [f.pk, f.path, f.region, f.sha256, f.size, f.kind, label, f.reason, f.seconds]


def _forms() -> Iterator[Row]:
    yield [
        "编号", "文件编号", "文件中第几张", "年度", "项目名称", "实施单位", "主管部门", "自评总分",
        "规则总分", "自评等级", "规则等级", "执行率（%）", "全年预算数", "全年执行数",
        "错误", "警告", "提示", "计分规则",
    ]  # fmt: skip
    rows = FormRecord.objects.filter(origin=Origin.BATCH).order_by("pk")
    for r in rows.iterator(chunk_size=5000):
        yield [
            r.pk, r.audit_file_id, r.form_index + 1, r.year, r.project_name, r.unit_name,
            r.department_name, r.self_score, r.computed_score, r.grade, r.computed_grade,
            r.execution_rate, r.budget, r.executed, r.error_count, r.warning_count,
            r.info_count, r.policy,
        ]  # fmt: skip


def _findings() -> Iterator[Row]:
    yield ["表编号", "序号", "代码", "级别", "位置", "来源", "规则", "说明"]
    rows = FindingRecord.objects.filter(form__origin=Origin.BATCH).order_by("form_id", "position")
    for f in rows.iterator(chunk_size=5000):
        yield [f.form_id, f.position + 1, f.code, f.severity, f.path, f.source, f.rule, f.message]


def _indicators() -> Iterator[Row]:
    yield [
        "表编号", "行", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
        "自评得分", "规则得分", "允许最低分", "允许最高分", "计分方法",
    ]  # fmt: skip
    rows = IndicatorRecord.objects.filter(form__origin=Origin.BATCH).order_by("form_id", "position")
    for i in rows.iterator(chunk_size=5000):
        yield [
            i.form_id, i.position + 1, i.level1, i.level2, i.name, i.target, i.actual, i.weight,
            i.score, i.computed_score, i.band_low, i.band_high, i.method,
        ]  # fmt: skip


def _library() -> Iterator[Row]:
    """The indicator library: every distinct indicator with how often and how it is targeted."""
    yield ["一级指标", "二级指标", "三级指标", "表数", "常见指标值", "指标值类型", "单位"]
    for entry in library():
        yield [
            entry.level1, entry.level2, entry.name, entry.forms, "；".join(entry.targets),
            "、".join(entry.kinds), "、".join(entry.units),
        ]  # fmt: skip


TABLES = {
    "files": _files,
    "forms": _forms,
    "findings": _findings,
    "indicators": _indicators,
    "library": _library,
}
SHEET_NAMES = {"files": "文件", "forms": "自评表", "library": "指标库"}


def export_csv(out: Path) -> list[Path]:
    """One CSV per table in ``out``; each written to a temporary name, then renamed."""
    written = []
    for name, rows in TABLES.items():
        path = out / f"{name}.csv"
        part = path.with_suffix(".csv.part")
        with part.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            for row in rows():
                writer.writerow([_cell(v) for v in row])
        part.replace(path)
        written.append(path)
    return written


def export_xlsx(path: Path) -> Path:
    """The tables a reader opens in Excel — files, forms, the indicator library — in one
    workbook, streamed (openpyxl write-only). Findings and indicator rows, about forty per form,
    are CSV only: openpyxl writes some ten thousand rows a second."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for name in SHEET_NAMES:
        rows = TABLES[name]
        sheet, count, part = None, 0, 1
        header: Row = []
        for row in rows():
            if sheet is None or count >= _SHEET_ROWS:
                title = SHEET_NAMES[name] + ("" if part == 1 else f"（{part}）")
                sheet, count = book.create_sheet(title), 0
                part += 1
                if header:
                    sheet.append(header)
            if not header:
                header = row
            sheet.append([_cell(v) for v in row])
            count += 1
    tmp = path.with_suffix(".xlsx.part")
    book.save(tmp)
    tmp.replace(path)
    return path
