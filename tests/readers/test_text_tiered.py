"""Glued rows closed by a tier wording, in a Traditional-Chinese page whose values stay printed."""

from __future__ import annotations

from jixiao.readers.text import read_form_text

TEXT = (
    "2021年度區(qū)級森林防火專項(xiàng)經(jīng)費(fèi)項(xiàng)目績效自評表"
    "項(xiàng)目名稱區(qū)級森林防火專項(xiàng)經(jīng)費(fèi)"
    "一級指標(biāo)二級指標(biāo)三級指標(biāo)年初目標(biāo)值實(shí)際完成值未完成原因及改進(jìn)措施"
    "產(chǎn)出指標(biāo)產(chǎn)出數(shù)量滅火設備配備率100%1000件達(dá)成預(yù)期指標(biāo)"
    "產(chǎn)出質(zhì)量森林火災(zāi)6小時內(nèi)撲滅率不低于95%達(dá)成預(yù)期指標(biāo)"
    "效益指標(biāo)社會效益重大森林火災(zāi)0起達(dá)成預(yù)期指標(biāo)"
    "公眾知曉度是否明顯提高是達(dá)成預(yù)期指標(biāo)滿意度指標(biāo)社會公眾"
)


def test_rows_closed_by_tier_words_keep_their_printed_characters() -> None:
    [read] = read_form_text(TEXT)
    form = read.form
    assert form.title == "2021年度區級森林防火專項經費項目績效自評表"
    assert [(i.level1, i.level2, i.name, i.target, i.actual) for i in form.indicators] == [
        # '配備率100%1000件': two quantities after the name; which is the target is not known.
        ("產出指標", "產出數量", "滅火設備配備率", None, None),
        ("產出指標", "產出質量", "森林火災6小時內撲滅率", "不低于95%", "達成預期指標"),
        ("效益指標", "社會效益", "重大森林火災", "0起", "達成預期指標"),
        # A 是否 question is answered by the 是 after it.
        ("效益指標", "社會效益", "公眾知曉度是否明顯提高", "是", "達成預期指標"),
    ]
    glued = [f.path for f in read.findings if f.code == "READ.glued-cells"]
    assert glued == ["indicators[0]"]


def test_a_yes_no_name_is_not_split_when_its_answer_is_missing_or_doubled() -> None:
    for chunk in ("公眾知曉度是否明顯提高", "公眾知曉度是否明顯提高是否"):
        text = TEXT.replace("公眾知曉度是否明顯提高是", chunk)
        [read] = read_form_text(text)
        assert read.form.indicators[3].name is None
