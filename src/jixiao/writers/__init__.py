"""Writers: the form in the official layout as .xlsx, HTML and print-ready PDF, maybe annotated.

A writer renders what it is given (a Form, or a Report with the computed scores and findings); it
never scores (tests/test_layers.py). The layouts are chosen by name (``LAYOUTS``); ``dropped``
says which of a form's fields a layout has no place for, so a caller can warn before writing.
"""

from __future__ import annotations

from jixiao.model.form import Form
from jixiao.readers.text.labels import level_of
from jixiao.writers.layouts import Builder, Printed
from jixiao.writers.national import beijing, national
from jixiao.writers.sichuan import sichuan

LAYOUTS: dict[str, tuple[str, Builder]] = {
    "national-2020": ("全国 财预〔2020〕10号 附件格式", national),
    "beijing-2021": ("北京 2021（含项目负责人、联系电话）", beijing),
    "sichuan-2023": ("四川 2023（预算执行情况含原因，指标含性质与度量单位）", sichuan),
}
DEFAULT_LAYOUT = "national-2020"


class UnknownLayout(ValueError):
    """A layout name we do not have; the message lists the ones we do."""

    def __init__(self, name: str) -> None:
        names = "、".join(LAYOUTS)
        super().__init__(f"没有名为 {name} 的版式，可用：{names}")


def lay_out(form: Form, layout: str = DEFAULT_LAYOUT) -> Printed:
    """The form as the chosen official table."""
    if layout not in LAYOUTS:
        raise UnknownLayout(layout)
    return LAYOUTS[layout][1](form)


def dropped(form: Form, layout: str = DEFAULT_LAYOUT) -> list[str]:
    """Chinese names of the fields this form fills that the layout cannot print."""
    out: list[str] = []
    if layout != "sichuan-2023":
        if any(i.nature for i in form.indicators):
            out.append("指标性质")
        if any(i.unit for i in form.indicators):
            out.append("度量单位")
        if any(r.reason for r in (*form.funds.breakdown(), form.funds.total)):
            out.append("预算执行原因")
    # '产出指标(50分)' is printed in the label of that level's rows, and read back only for the
    # known first-level labels (readers/text/labels.py).
    shown = {i.level1 for i in form.indicators}
    if any(name not in shown or level_of(name) is None for name in form.level1_weights):
        out.append("一级指标分值（无对应指标行或非标准一级指标名称）")
    return out
