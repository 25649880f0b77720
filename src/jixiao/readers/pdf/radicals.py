"""Fold the radical code points some PDF fonts map ideographs to back to the ideographs shown."""

from __future__ import annotations

import re
import unicodedata

# Chromium's Type 3 fonts (and some 公文 exporters) map 目, 资, 门… to Kangxi or CJK radical code
# points (⽬ U+2F6C, ⻔ U+2ED4). The page shows the ideograph, so these, and only these, are folded:
# NFKC covers the Kangxi block; the simplified radicals below have no decomposition.
_RADICALS = re.compile(r"[\u2e80-\u2fdf]")
_SUPPLEMENT = {
    "\u2ea0": "民",
    "\u2ea9": "王",
    "\u2ebc": "月",
    "\u2ec4": "西",
    "\u2ec5": "见",
    "\u2ec6": "角",
    "\u2ec9": "贝",
    "\u2ecb": "车",
    "\u2ed3": "长",
    "\u2ed4": "门",
    "\u2ed7": "雨",
    "\u2ed8": "青",
    "\u2ed9": "韦",
    "\u2eda": "页",
    "\u2edb": "风",
    "\u2edc": "飞",
    "\u2edd": "食",
    "\u2ee2": "马",
    "\u2ee4": "鬼",
    "\u2ee5": "鱼",
    "\u2ee6": "鸟",
    "\u2ee7": "卤",
    "\u2ee8": "麦",
    "\u2ee9": "黄",
    "\u2eec": "齐",
    "\u2eee": "齿",
    "\u2ef0": "龙",
}


def fold_radicals(text: str) -> str:
    """The text with radical code points replaced by the ideographs they stand for."""
    return _RADICALS.sub(_fold, text)


def _fold(match: re.Match[str]) -> str:
    char = match.group()
    return _SUPPLEMENT.get(char) or unicodedata.normalize("NFKC", char)
