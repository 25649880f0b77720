"""``jixiao check``: exit statuses, --json shape, bad input never a traceback, batches go on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jixiao.cli.main import app

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SEED = ROOT.parent / "shared" / "seed" / "000_3e20b20a8ba254db.txt"
runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_clean_example_exits_zero_and_says_so() -> None:
    code, out, _ = run("check", str(EXAMPLES / "clean-2023.json"))
    assert code == 0
    assert "未发现问题" in out
    assert "基层预算绩效管理能力培训项目" in out


def test_seed_example_has_errors_and_exit_status_one() -> None:
    code, out, _ = run("check", str(EXAMPLES / "seed-2021-zgc.json"))
    assert code == 1
    assert "错误" in out and "经费支出进度" in out
    # every computed number is shown with its arithmetic
    assert "1467.62 ÷ 2768.00 = 53.02%；得分 = 10 × 53.02% = 5.30" in out
    assert "规则计算 94.50" in out


def test_json_output_has_form_computed_findings() -> None:
    code, out, _ = run("check", str(EXAMPLES / "seed-2021-zgc.json"), "--json")
    data = json.loads(out)
    assert code == 1
    assert set(data) >= {"form", "computed", "findings"}
    assert data["form"]["total"]["score"] == 95.2
    assert '"score": 95.20' in out  # printed precision kept
    assert {"code", "severity", "path", "message", "rule", "source"} <= set(data["findings"][0])


def test_several_files_give_a_list() -> None:
    code, out, _ = run(
        "check", str(EXAMPLES / "seed-2021-zgc.json"), str(EXAMPLES / "clean-2023.json"), "--json"
    )
    data = json.loads(out)
    assert isinstance(data, list) and len(data) == 2
    assert code == 1


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "空"),
        (b"\x00\x01\x02\xff\xfe" * 200, "二进制"),
        ("今天天气很好，我们去公园散步。\n".encode(), "未找到"),
        (b'{"schema": "jixiao.form/1", "year": "abc"}', "year"),
    ],
    ids=["empty", "binary", "not-a-form", "bad-json"],
)
def test_unreadable_input_is_a_chinese_message_and_exit_two(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    code, out, err = run("check", str(bad), str(EXAMPLES / "clean-2023.json"))
    assert code == 2
    assert "bad.txt" in err and expected in err
    assert "Traceback" not in err + out
    assert "基层预算绩效管理能力培训项目" in out  # the other file was still checked


def test_missing_file_is_reported_not_raised(tmp_path: Path) -> None:
    code, _, err = run("check", str(tmp_path / "nope.txt"))
    assert code == 2 and "nope.txt" in err


def test_unknown_policy_is_refused_in_chinese() -> None:
    code, _, err = run("check", str(EXAMPLES / "clean-2023.json"), "--policy", "mars")
    assert code == 2 and "未知的计分规则" in err


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed form is not beside the project")
def test_seed_text_through_the_installed_console_script() -> None:
    exe = Path(sys.executable).with_name("jixiao")
    proc = subprocess.run([str(exe), "check", str(SEED), "--json"], capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    assert data["computed"]["execution"]["score"] == 5.3
    assert data["form"]["total"]["score"] == 95.2


def test_schema_is_json_schema_of_the_contract() -> None:
    code, out, _ = run("schema")
    schema = json.loads(out)
    assert code == 0
    assert schema["$id"] == "jixiao.form/1"
    assert {"schema", "funds", "indicators", "total"} <= set(schema["properties"])


def test_policies_lists_every_profile() -> None:
    code, out, _ = run("policies")
    assert code == 0
    for name in ("national-2020", "beijing-2021", "sichuan-2023", "guangxi", "jiangxi-2017"):
        assert name in out
