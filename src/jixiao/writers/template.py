"""A fillable .xlsx template in the official layout: formulas, drop-downs, locked labels, notes.

Units fill the white cells in Excel, WPS or LibreOffice; the grey cells compute 执行率, the
execution score (R7, R8) and the sums. Saved by a spreadsheet program, the formulas carry their
values and the file reads back through the xlsx reader like any form.
"""

from __future__ import annotations

import io
from dataclasses import replace
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from jixiao.model.form import Form, Funds, FundsRow, Indicator
from jixiao.writers import lay_out
from jixiao.writers.cells import Kind, place
from jixiao.writers.layouts import Printed
from jixiao.writers.xlsx import FONT, write_form

# The usual rows of a project form (财预〔2021〕101号 framework); units add or delete rows.
SKELETON: tuple[tuple[str, str, int], ...] = (
    ("产出指标", "数量指标", 3),
    ("产出指标", "质量指标", 2),
    ("产出指标", "时效指标", 2),
    ("产出指标", "成本指标", 1),
    ("效益指标", "社会效益指标", 2),
    ("效益指标", "可持续影响指标", 1),
    ("满意度指标", "服务对象满意度指标", 1),
)
TIERS = ("达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差")
_BREAKDOWN = ("appropriation", "carryover", "other")
_FORMULA_FILL = PatternFill("solid", fgColor="F2F2F2")
_OPEN = Protection(locked=False)
_SUBTITLE = "（    年度）"


def blank_form() -> Form:
    """The skeleton form: level labels, the execution weight 10 (R4), everything else blank."""
    rows = tuple(
        Indicator(level1=l1, level2=l2) for l1, l2, count in SKELETON for _ in range(count)
    )
    funds = Funds(total=FundsRow(label="年度资金总额", weight=Decimal(10)))
    return Form(title="项目支出绩效自评表", funds=funds, indicators=rows)


def template_bytes(layout: str) -> bytes:
    buffer = io.BytesIO()
    template_workbook(layout).save(buffer)
    return buffer.getvalue()


def template_workbook(layout: str) -> Workbook:
    printed = replace(lay_out(blank_form(), layout), subtitle=_SUBTITLE)
    wb = Workbook()
    ws = wb.active
    assert ws is not None  # a new Workbook always has its first sheet
    ws.title = "自评表"
    top = write_form(ws, printed)
    where = cell_map(printed, top)
    _open_inputs(ws, printed, top)
    _formulas(ws, where, len(blank_form().indicators))
    _validations(ws, where, len(blank_form().indicators))
    ws.protection.sheet = True
    # Units may still widen rows and columns for long text; only the cells stay locked.
    ws.protection.formatRows = ws.protection.formatColumns = False
    notes_sheet(wb)
    return wb


def cell_map(printed: Printed, top: int) -> dict[str, str]:
    """Model path → cell reference ('funds.total.rate' → 'I7') in the written sheet."""
    from openpyxl.utils import get_column_letter

    return {
        p.box.path: f"{get_column_letter(p.col + 1)}{top + p.row}"
        for p in place(printed.grid)
        if p.box.path
    }


def _open_inputs(ws: Worksheet, printed: Printed, top: int) -> None:
    """Every value cell is open for typing; labels stay locked."""
    ws.cell(row=2, column=1).protection = _OPEN  # the subtitle: （2023年度）
    for p in place(printed.grid):
        if p.box.kind is Kind.LABEL or not p.box.path:
            continue
        for dr in range(p.box.rowspan):
            for dc in range(p.box.colspan):
                ws.cell(row=top + p.row + dr, column=1 + p.col + dc).protection = _OPEN


def _formula(ws: Worksheet, ref: str, formula: str, number_format: str) -> None:
    cell = ws[ref]
    cell.value, cell.number_format = formula, number_format
    cell.fill, cell.protection = _FORMULA_FILL, Protection(locked=True)


def _formulas(ws: Worksheet, w: dict[str, str], count: int) -> None:
    """执行率 = 全年执行数 / 全年预算数 (R7); 得分 = min(执行率, 100%) × 分值 (R8); sums."""
    for role in ("initial", "adjusted", "executed"):
        first, last = w[f"funds.{_BREAKDOWN[0]}.{role}"], w[f"funds.{_BREAKDOWN[-1]}.{role}"]
        sums = f'=IF(COUNT({first}:{last})=0,"",SUM({first}:{last}))'
        _formula(ws, w[f"funds.total.{role}"], sums, "#,##0.00")
    for row in ("total", *_BREAKDOWN):
        adjusted, executed = w[f"funds.{row}.adjusted"], w[f"funds.{row}.executed"]
        rate = f'=IF(OR(N({adjusted})=0,{executed}=""),"",{executed}/{adjusted})'
        _formula(ws, w[f"funds.{row}.rate"], rate, "0.00%")
    rate, weight = w["funds.total.rate"], w["funds.total.weight"]
    score = f'=IF({rate}="","",ROUND(MIN({rate},1)*{weight},2))'
    _formula(ws, w["funds.total.score"], score, "0.00")
    weights = f"{w['indicators[0].weight']}:{w[f'indicators[{count - 1}].weight']}"
    scores = f"{w['indicators[0].score']}:{w[f'indicators[{count - 1}].score']}"
    _formula(ws, w["total.weight"], f"=N({weight})+SUM({weights})", "0")
    total = f'=IF(COUNT({scores})=0,"",ROUND(N({w["funds.total.score"]})+SUM({scores}),2))'
    _formula(ws, w["total.score"], total, "0.00")
    ws[weight].number_format = "0"


def _validations(ws: Worksheet, w: dict[str, str], count: int) -> None:
    money = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0")
    money.error, money.errorTitle = "请输入不小于 0 的金额（万元）", "金额"
    points = DataValidation(type="decimal", operator="between", formula1="0", formula2="100")
    points.error, points.errorTitle = "请输入 0–100 之间的分数", "分值/得分"
    # The tiers are offered for qualitative rows; numbers and other wording stay allowed (R15).
    tiers = DataValidation(type="list", formula1='"' + ",".join(TIERS) + '"', allow_blank=True)
    tiers.showErrorMessage = False
    tiers.prompt, tiers.promptTitle = "定性指标请选择档次；定量指标填写数值和单位", "实际完成值"
    tiers.showInputMessage = True
    for validation in (money, points, tiers):
        ws.add_data_validation(validation)
    for row in _BREAKDOWN:
        for role in ("initial", "adjusted", "executed"):
            money.add(w[f"funds.{row}.{role}"])
    points.add(w["funds.total.weight"])
    for n in range(count):
        points.add(w[f"indicators[{n}].weight"])
        points.add(w[f"indicators[{n}].score"])
        tiers.add(w[f"indicators[{n}].actual"])


NOTES: tuple[str, ...] = (
    "填表说明",
    "1. 白色单元格填写，灰色单元格由公式计算，标签单元格已锁定"
    "（工作表保护无密码，可在“审阅”中撤销）。",
    "2. 项目资金：填写“当年财政拨款”“上年结转资金”“其他资金”三行，"
    "年度资金总额自动求和；单位为万元。",
    "3. 执行率 = 全年执行数 ÷ 全年预算数（全年预算数即调整后预算数，不是年初预算数）（R7）。",
    "4. 预算执行得分 = min(执行率, 100%) × 分值，分值默认 10 分，四舍五入保留两位小数（R8）。",
    "5. 一级指标分值：预算执行率 10、产出指标 50、效益指标 30、满意度指标 10，合计 100（R4）。",
    "6. 正向指标（≥）：完成值达到指标值得满分，否则得分 = 完成值 ÷ 指标值 × 分值（R10）。",
    "7. 反向指标（≤）：完成值不超过指标值得满分，否则得分 = 指标值 ÷ 完成值 × 分值（R11）。",
    "8. 定性指标在“实际完成值”下拉框中选择档次：达成年度指标得 80%–100%；"
    "部分达成年度指标并具有一定效果得 60%–80%；未达成年度指标且效果较差得 0–60%（R15）。",
    "9. 未得满分的指标须在“偏差原因分析及改进措施”中说明原因和改进措施（R22）。",
    "10. 不适用的指标在实际完成值中写“不适用”，该行不计分，总分按适用指标折算（R18）。",
    "11. 总分 = 预算执行得分 + 各指标得分；可增删指标行，增删后请检查总分公式的求和范围。",
    "12. 保存后可用 jixiao check 文件.xlsx 审核；用程序生成、未经 Excel/WPS/LibreOffice 保存的"
    "文件没有公式结果，需先打开保存一次。",
)


def notes_sheet(wb: Workbook) -> None:
    ws = wb.create_sheet("填表说明")
    ws.column_dimensions["A"].width = 110
    for r, line in enumerate(NOTES, start=1):
        cell = ws.cell(row=r, column=1, value=line)
        cell.font = Font(name=FONT, size=14 if r == 1 else 10.5, bold=r == 1)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.row_dimensions[r].height = 28 if r == 1 else 30
    ws.protection.sheet = True
