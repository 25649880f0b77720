"""Canonical first-level and second-level indicator categories from printed labels (P7, R24)."""

from __future__ import annotations

import re
import unicodedata

LEVEL1 = ("产出指标", "效益指标", "满意度指标")
CATEGORIES = (
    "数量",
    "质量",
    "时效",
    "成本",
    "经济效益",
    "社会效益",
    "生态效益",
    "可持续影响",
    "满意度",
)

# "(50分)" / "（10分）" suffixes carry the weight, not the name (Part M).
_WEIGHT_SUFFIX = re.compile(r"[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]")
_SPACES = re.compile(r"\s+")

# Checked in order: 成本 before 经济/社会/生态, because 101号 names cost sub-types 经济成本指标,
# 社会成本指标 and 生态环境成本指标 (R24), which are costs, not benefits.
_CATEGORY_WORDS: tuple[tuple[str, str], ...] = (
    ("成本", "成本"),
    ("满意", "满意度"),
    ("数量", "数量"),
    ("质量", "质量"),
    ("时效", "时效"),
    ("进度", "时效"),
    ("经济", "经济效益"),
    ("社会", "社会效益"),
    ("生态", "生态效益"),
    ("环境", "生态效益"),
    ("可持续", "可持续影响"),
)

_LEVEL1_OF_CATEGORY = {
    "数量": "产出指标",
    "质量": "产出指标",
    "时效": "产出指标",
    "成本": "产出指标",  # P7: canonical path 产出指标 › 成本指标
    "经济效益": "效益指标",
    "社会效益": "效益指标",
    "生态效益": "效益指标",
    "可持续影响": "效益指标",
    "满意度": "满意度指标",
}


def clean_label(label: str | None) -> str:
    """The label without spaces, line breaks and a "(NN分)" suffix, in NFKC form."""
    if not label:
        return ""
    text = unicodedata.normalize("NFKC", label)
    return _WEIGHT_SUFFIX.sub("", _SPACES.sub("", text))


def category_of(level2: str | None, level1: str | None = None) -> str | None:
    """The canonical second-level category; a first-level 成本/满意度 label also decides it."""
    text = clean_label(level2)
    for word, category in _CATEGORY_WORDS:
        if word in text:
            return category
    first = clean_label(level1)
    if "成本" in first:
        return "成本"
    if "满意" in first:
        return "满意度"
    return None


def level1_of(level1: str | None, category: str | None = None) -> str | None:
    """The canonical first-level category; a first-level 成本指标 maps under 产出指标 (P7)."""
    text = clean_label(level1)
    if "满意" in text:
        return "满意度指标"
    if "产出" in text or "成本" in text:
        return "产出指标"
    if "效益" in text or "效果" in text:
        return "效益指标"
    if category is not None:
        return _LEVEL1_OF_CATEGORY[category]
    return None


def canonical(level1: str | None, level2: str | None) -> tuple[str | None, str | None]:
    """(canonical level1, canonical category) for a row's printed labels."""
    category = category_of(level2, level1)
    return level1_of(level1, category), category
