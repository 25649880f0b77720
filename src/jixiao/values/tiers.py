"""The three qualitative tiers (R15) read from labels and loose wording (R16, R17)."""

from __future__ import annotations

import re

from jixiao.values.numbers import normalize

# Some published forms are traditional-script pages with pinyin glossed in brackets:
# '達(dá)成預(yù)期指標'. Fold them to the simplified label before matching (R16 loose matching).
_TRADITIONAL = str.maketrans("達標預較並實現過優於無壞", "达标预较并实现过优于无坏")
_PINYIN_GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
_NOISE = re.compile(r"[\s，,。.;；:：!！、“”\"'()（）]+")

_DONE = r"(?:达成|完成|达到|实现|达标)"
# Checked in this order: partial wording first, because '未完全达到' holds '未…达到' and
# '部分完成' holds '完成'; then negations, because '未完成' holds '完成' (R17).
_RULES: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(rf"部分{_DONE}|基本{_DONE}|大部分|未(?:全部|完全){_DONE}|不完全|较好|一定效果"), 2),
    (re.compile(rf"(?:未|没有?|尚未|不能|无法|不)能?(?:按时|按期|如期|全部)?{_DONE}"), 3),
    (re.compile(r"效果较?差|未(?:启动|实施|开展|执行|到位)|\A否\Z"), 3),
    (re.compile(rf"{_DONE}|完毕|全部完成|\A是\Z"), 1),
)


def parse_tier(text: str | None) -> int | None:
    """Map a 实际完成值 to tier 1, 2 or 3 (R15–R17); None when the wording names no tier.

    '达成年度指标' → 1, '部分达成年度指标并具有一定效果' → 2, '未达成年度指标且效果较差' → 3;
    预期/年度 and 达成/完成 match loosely, and short words follow R17 (达到/是 → 1,
    基本达到/较好 → 2, 未完成/否 → 3).
    """
    if text is None:
        return None
    value = _clean(text)
    if not value:
        return None
    for pattern, tier in _RULES:
        if pattern.search(value):
            return tier
    return None


def _clean(text: str) -> str:
    value = _PINYIN_GLOSS.sub("", normalize(text).translate(_TRADITIONAL))
    return _NOISE.sub("", value)
