"""The printed labels the text reader knows: indicator levels, header, funds rows, sections."""

from __future__ import annotations

import re
from functools import lru_cache

# 一级指标 labels (R1, R24); 成本指标 is first-level in the 2021 guide and second-level in the 2020
# form, so it is decided by context (P7).
LEVEL1: frozenset[str] = frozenset(
    {"产出指标", "效益指标", "满意度指标", "成本指标", "预算执行率", "满意度"}
)
LEVEL2: frozenset[str] = frozenset(
    {
        "数量指标",
        "质量指标",
        "时效指标",
        "成本指标",
        "经济成本指标",
        "社会成本指标",
        "生态环境成本指标",
        "社会效益指标",
        "经济效益指标",
        "生态效益指标",
        "可持续影响指标",
        "服务对象满意度指标",
        "满意度指标",
        "社会效益",
        "经济效益",
        "生态效益",
        "可持续影响",
        # hubei-wuhan prints 二级 labels without 指标 (028).
        "产出数量",
        "产出质量",
        "产出时效",
        "产出成本",
    }
)
AMBIGUOUS = LEVEL1 & LEVEL2

# Header field labels → Project attribute; longer labels first so 项目负责人及电话 wins.
HEADER_LABELS: tuple[tuple[str, str], ...] = (
    ("项目负责人及电话", "leader_phone"),
    ("项目负责人", "leader"),
    ("联系电话", "phone"),
    ("项目名称", "name"),
    ("项目编码", "code"),
    ("项目编号", "code"),
    ("主管部门及代码", "department"),
    ("主管部门", "department"),
    ("项目主管单位", "department"),
    ("实施单位", "unit"),
    ("项目实施单位", "unit"),
    # Transfer-payment and department forms name the same fields differently.
    ("转移支付(项目)名称", "name"),
    ("专项名称", "name"),
    ("地方主管部门", "department"),
    ("资金使用单位", "unit"),
    ("预算部门、单位名称", "unit"),
    ("预算单位名称", "unit"),
    ("单位名称", "unit"),
    ("项目单位", "unit"),
)

# Funds rows (R2): label pattern → Funds attribute; extra rows are kept with their label.
FUNDS_ROWS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:年度)?(?:财政)?资金总额[:：]?$|^总额$"), "total"),
    (re.compile(r"^(?:其中[:：]\s*)?(?:当年|本年)?财政(?:拨款|资金)$"), "appropriation"),
    (re.compile(r"^(?:其中[:：]\s*)?上年结转(?:资金)?$"), "carryover"),
    (re.compile(r"^(?:其中[:：]\s*)?其他资金$"), "other"),
    (re.compile(r"^(?:其中[:：]\s*)?(?:财政专户管理资金|单位资金)$"), "extra"),
    # Transfer-payment forms split the total into central and local money.
    (re.compile(r"^(?:其中[:：]\s*)?(?:中央财政资金|中央补助|地方(?:财政)?资金)$"), "extra"),
)

# Funds column headers in the order they are printed → FundsRow attribute.
FUNDS_COLUMNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^年初预算(?:数)?$"), "initial"),
    (re.compile(r"^(?:全年预算数|调整后预算数|预算数)(?:[(（]A[)）])?[:：]?$"), "adjusted"),
    (re.compile(r"^(?:全年执行数?|预算执行数|执行数)(?:[(（]B[)）])?[:：]?$"), "executed"),
    (re.compile(r"^(?:分值|权重)$"), "weight"),
    (re.compile(r"^(?:预算)?执行率"), "rate"),
    (re.compile(r"^(?:自评)?得分(?![计率])"), "score"),
    (re.compile(r"^原因$"), "reason"),
)

# Labels that end the indicator table.
TOTAL_LABELS: frozenset[str] = frozenset({"总分", "合计", "总计", "自评总分"})

# Words that show a text cell explains a deviation rather than names an indicator.
DEVIATION_WORDS = ("原因", "调整", "由于", "未", "不在", "措施", "延后", "滞后", "影响", "因")

# Section words whose presence tells the text is (part of) a self-evaluation form at all.
FORM_WORDS = (
    "项目名称",
    "绩效指标",
    "自评表",
    "自评报告",
    "评分表",
    "评分细则",
    "一级指标",
    "三级指标",
    "产出指标",
    "效益指标",
    "绩效目标",
    "基础数据表",
)

WEIGHT_IN_LABEL = re.compile(r"[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")


# How a level label's text can begin: the label's first character, a space (removed), or the
# bracket of a weight '(50分)' before it (removed too).
_LEVEL_STARTS = frozenset({label[0] for label in LEVEL1 | LEVEL2} | {" ", "(", "（"})


def may_start_level(text: str) -> bool:
    """False when no level label, alone or joined with what follows, can begin with ``text``."""
    return text[:1] in _LEVEL_STARTS


@lru_cache(maxsize=8192)  # pure, and asked for every fragment and pair of fragments
def level_of(text: str) -> tuple[str, str | None] | None:
    """('level1'|'level2'|'either', weight) for a known level label, maybe with '(50分)'."""
    if not may_start_level(text):
        return None  # most fragments: no label (nor its weight or a space) starts this way
    weight = None
    match = WEIGHT_IN_LABEL.search(text)
    if match:
        weight = match.group(1)
        text = text[: match.start()] + text[match.end() :]
    text = text.replace(" ", "")
    if text in AMBIGUOUS:
        return "either", weight
    if text in LEVEL1:
        return "level1", weight
    if text in LEVEL2:
        return "level2", weight
    return None


def strip_weight(text: str) -> str:
    """The label without its '(50分)' part."""
    return WEIGHT_IN_LABEL.sub("", text).replace(" ", "")
