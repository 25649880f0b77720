"""Department rows closed by 是/否 (是否核心指标): weight and score split, names at their unit."""

from __future__ import annotations

from decimal import Decimal as D

from jixiao.readers.text import read_form_text

TEXT = (
    "部门整体绩效自评表主管部门财政处室自评总分(分)97.6部门联系人某某联系电话部门预算执行情况"
    "指标名称计量单位指标性质年初指标值调整指标值年成值全完值得分系数(%)指标权重(分)指标得分(分)"
    "是否核心指标财政供养人员控制率%定量指标100%92%100%22否“三公经费变动率%100%22否"
    "管理制度健全性性标定指高高100%33否资金使用合规性好好100%55否绩效指标\n3、"
    "组织宣传活动次数次到0次43次100%1010是业务保障能力提升%90%95%100%1010否公共服务"
)


def test_rows_closed_by_the_core_column() -> None:
    [read] = read_form_text(TEXT)
    form = read.form
    rows = [(i.name, i.unit, i.target, i.actual, i.weight, i.score) for i in form.indicators]
    assert rows == [
        ("财政供养人员控制率", "%", "100%", "92%", D(2), D(2)),
        ("“三公经费变动率", "%", None, None, D(2), D(2)),
        # '性标定指' is the 指标性质 cell with its characters scrambled.
        ("管理制度健全性", None, "高", "高", D(3), D(3)),
        ("资金使用合规性", None, "好", "好", D(5), D(5)),
        (None, None, None, None, D(10), D(10)),  # '次到0次43次': only the weight and score
        ("业务保障能力提升", "%", "90%", "95%", D(10), D(10)),
    ]
    # 财政处室 is the next label, not the 主管部门; '部门' is not a phone number.
    assert (form.project.department, form.project.phone) == (None, None)
