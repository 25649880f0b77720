"""The seed form (Beijing 2021) is read back field by field, with where each value came from."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.model.finding import Source
from jixiao.model.form import Form
from jixiao.readers import read_path

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "000_3e20b20a8ba254db.txt"
pytestmark = pytest.mark.shared

N = None
D = Decimal
REASON = "政策调整，不在资金支持范围内"
DELAY = "由于机构合并等原因，资金审批程序延后"

# (level1, level2, name, target, actual, weight, score, deviation) for each of the 21 rows.
ROWS = [
    ("产出指标", "数量指标", "支持特色园区项目", "12-15个", "17", D("15"), D("15"), N),
    ("产出指标", "数量指标", "支持产业促进服务机构", "4-6家", "无", N, N, "政策调整，未启动征集"),
    (
        "产出指标",
        "数量指标",
        "支持创投项目聚集区",
        "支持投资机构、入驻企业、专业服务机构、集聚区专业化运营主体约20家次",
        "无",
        N,
        N,
        "政策调整，未启动征集",
    ),
    (
        "产出指标",
        "质量指标",
        "特色园区支持条件",
        "产业特色鲜明、空间载体完备、企业集聚显著、运营管理专业、服务体系完善、综合效益较高",
        "支持特色园产业集聚度均高于60%，产业面积高于3万平米，主导产业企业集聚度高于60%，"
        "服务企业数均超过30家，综合效益均高于所属分园平均水平，有效的完成了年度指标",
        D("15"),
        D("15"),
        N,
    ),
    (
        "产出指标",
        "质量指标",
        "产业促进服务机构支持条件",
        "须与分园明确合作关系，以单独成立或与分园合资成立的方式在分园实体化运作",
        "无",
        N,
        N,
        REASON,
    ),
    (
        "产出指标",
        "质量指标",
        "创投项目聚集区支持条件",
        "对于投资机构推荐技高质量境外、京外企业入驻集聚区，按照每家入驻企业10万元的标准给予投资"
        "机构资金支持，单家投资机构每年支持资金总额不超过100万元",
        "无",
        N,
        N,
        REASON,
    ),
    (
        "产出指标",
        "质量指标",
        "创投项目聚集区支持条件",
        "入驻企业或专业服务机构按照房租费用补贴支持，合计房租补贴总金额不超过实际房租费用的30%，"
        "补贴面积不超过1000平米，补贴期限不超过3年",
        "无",
        N,
        N,
        REASON,
    ),
    (
        "产出指标",
        "质量指标",
        "创投项目聚集区支持条件",
        "集聚区专业化运营主体按照其实际投入必要配套服务金额的30%给予资金支持，每年支持金额不超过"
        "200万元",
        "无",
        N,
        N,
        REASON,
    ),
    (
        "产出指标",
        "时效指标",
        "项目征集",
        "5月底前",
        "项目于9月10日征集完毕",
        D("2"),
        D("1.8"),
        DELAY,
    ),
    (
        "产出指标",
        "时效指标",
        "项目审核",
        "7月底前",
        "项目于10月20日完成审核流程，形成审核报告",
        D("3"),
        D("2.7"),
        DELAY,
    ),
    (
        "产出指标",
        "时效指标",
        "资金拨付",
        "9月底前",
        "资金于12月21日完成拨付",
        D("3"),
        D("2.7"),
        DELAY + "，12月拨付",
    ),
    (
        "产出指标",
        "时效指标",
        "经费支出进度",
        "2021年9月30日前支出100%",
        "未达成年度指标",
        D("2"),
        D("2.7"),
        DELAY + "，在12月完成",
    ),
    (
        "产出指标",
        "成本指标",
        "成本测算",
        "支持特色园区项目2000万元",
        "17家园区共支持资金1467.42万元",
        D("10"),
        D("10"),
        N,
    ),
    ("产出指标", "成本指标", "成本测算", "支持产业促进服务机构1500万元", "无", N, N, REASON),
    ("产出指标", "成本指标", "成本测算", "支持创投项目集聚区600万元", "无", N, N, REASON),
    (
        "效益指标",
        "社会效益指标",
        "特色园区入驻率",
        "≥60%",
        "支持园区入驻率均满足60%以上，平均入驻率达80%以上",
        D("15"),
        D("15"),
        N,
    ),
    (
        "效益指标",
        "社会效益指标",
        "特色园区入驻企业集聚度",
        "≥60%",
        "支持特色园区集聚度均高于60%，平均集聚度达85%以上",
        D("15"),
        D("15"),
        N,
    ),
    ("效益指标", "社会效益指标", "引入和设立产业促进服务机构数量", "≥4家", "无", N, N, N),
    (
        "满意度指标",
        "服务对象满意度指标",
        "特色园区受助企业满意度",
        "≥90%",
        "100%",
        D("10"),
        D("10"),
        N,
    ),
    (
        "满意度指标",
        "服务对象满意度指标",
        "产业促进服务机构满意度",
        "≥90%",
        "无",
        N,
        N,
        "不在资金支持范围内",
    ),
    (
        "满意度指标",
        "服务对象满意度指标",
        "创投项目集聚区受助企业满意度",
        "≥90%",
        "无",
        N,
        N,
        "不在资金支持范围内",
    ),
]


@pytest.fixture(scope="module")
def seed() -> Form:
    read = read_path(SEED)
    assert len(read) == 1
    return read[0].form


def test_seed_has_no_reader_findings() -> None:
    assert read_path(SEED)[0].findings == ()


def test_seed_header(seed: Form) -> None:
    assert seed.title == "项目支出绩效自评表"
    assert seed.year == 2021
    assert seed.kind == "project"
    assert seed.project.name == "中关村特色园区建设及专业服务能力提升支持资金项目"
    assert seed.project.department == "中关村科技园区管理委员会"
    assert seed.project.unit == "中关村科技园区管理委员会本级"
    assert seed.project.leader == "褚潇炜"
    assert seed.project.phone == "88827103"
    assert seed.project.code is None


def test_seed_funds(seed: Form) -> None:
    funds = seed.funds
    assert funds.unit == "万元"
    total = funds.total
    assert total.label == "年度资金总额"
    assert (total.initial, total.adjusted, total.executed) == (
        D("4100.000000"),
        D("2768.000000"),
        D("1467.620000"),
    )
    assert (total.weight, total.rate, total.score) == (D("10"), D("53.02"), D("5.30"))
    assert str(total.score) == "5.30"
    appropriation = funds.appropriation
    assert appropriation.label == "其中:当年财政拨款"
    assert (appropriation.initial, appropriation.adjusted, appropriation.executed) == (
        D("4100.000000"),
        D("2768.000000"),
        D("1467.620000"),
    )
    assert (appropriation.weight, appropriation.rate, appropriation.score) == (N, D("53.02"), N)
    for empty in (funds.carryover, funds.other):
        values = (empty.initial, empty.adjusted, empty.executed, empty.weight, empty.rate)
        assert values == (N, N, N, N, N)
        assert empty.score is None
    assert funds.extra_rows == ()


def test_seed_goals(seed: Form) -> None:
    assert seed.goals.expected is not None
    assert seed.goals.expected.startswith(
        "年度目标：落实北京全国科技创新中心建设，促进各分园高端化"
    )
    assert "以突出产业特色、促进产业集聚" in seed.goals.expected  # a wrap joined with ""
    assert seed.goals.expected.endswith("研发中心等。")
    assert seed.goals.actual == (
        "特色园区项目资金支持基本达成年度目标，产业促进服务机构和创投项目聚集区建设支持资金未拨付，"
        "未完成年度目标"
    )


def test_seed_has_21_rows(seed: Form) -> None:
    assert len(seed.indicators) == len(ROWS) == 21


@pytest.mark.parametrize("index", range(len(ROWS)))
def test_seed_row(seed: Form, index: int) -> None:
    row = seed.indicators[index]
    got = (
        row.level1,
        row.level2,
        row.name,
        row.target,
        row.actual,
        row.weight,
        row.score,
        row.deviation,
    )
    assert got == ROWS[index]


def test_seed_total(seed: Form) -> None:
    assert seed.total.weight == D("100")
    assert str(seed.total.score) == "95.20"
    assert seed.grade is None
    assert seed.level1_weights == {}


@pytest.mark.parametrize(
    ("path", "line"),
    [
        ("title", 2),
        ("year", 4),
        ("project.name", 6),
        ("project.unit", 8),
        ("project.phone", 10),
        ("funds.total", 16),
        ("funds.total.score", 16),
        ("funds.appropriation", 18),
        ("funds.carryover", 20),
        ("goals.expected", 33),
        ("goals.actual", 43),
        ("indicators[0]", 60),
        ("indicators[3].target", 74),
        ("indicators[3].actual", 78),
        ("indicators[3].score", 88),
        ("indicators[11].score", 165),
        ("indicators[12].name", 169),
        ("indicators[20].name", 217),
        ("total", 222),
    ],
)
def test_seed_sources(seed: Form, path: str, line: int) -> None:
    assert seed.source_of(path) == Source(line=line)
