"""Radical code points from PDF fonts are folded to the ideographs the page shows, nothing else."""

from __future__ import annotations

import pytest

from jixiao.readers.pdf.radicals import fold_radicals


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("项\u2f6c\u2f40出", "项目支出"),  # Kangxi ⽬ ⽀ (NFKC)
        ("主管部\u2ed4", "主管部门"),  # ⻔ has no decomposition
        ("\u2ed3期\u2ee5塘", "长期鱼塘"),
        ("≥９０％", "≥９０％"),  # full-width values are left for the grid's NFKC on values
        ("年度资金总额", "年度资金总额"),
        ("", ""),
    ],
)
def test_fold_radicals(raw: str, shown: str) -> None:
    assert fold_radicals(raw) == shown
