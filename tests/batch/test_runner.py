"""The batch runner: every file gets an outcome with a reason, duplicates and earlier runs are
recognised by content, and two workers find what one finds."""

from __future__ import annotations

from pathlib import Path

from jixiao.batch import FileStatus, run_batch

from .conftest import MemorySink

EXPECTED = {
    "seed.json": FileStatus.OK,
    "seed-copy.json": FileStatus.DUPLICATE,
    "clean.json": FileStatus.OK,
    "clean.xlsx": FileStatus.OK,
    "damaged.xlsx": FileStatus.UNREADABLE,
    "photo.png": FileStatus.UNSUPPORTED,
    "readme.txt": FileStatus.UNREADABLE,
}


def test_every_file_gets_an_outcome_and_a_reason(audit_folder: Path) -> None:
    sink = MemorySink()
    stats = run_batch([audit_folder], sink, policy="national-2020")
    got = sink.by_name()
    assert {name: o.status for name, o in got.items()} == EXPECTED
    assert stats.done == stats.total == 7
    assert stats.forms == 3
    assert got["seed.json"].digests[0].computed_score is not None
    assert got["seed-copy.json"].reason.endswith("seed.json 内容相同")
    assert got["photo.png"].reason == "不支持的文件类型（.png）"
    assert got["readme.txt"].reason == "未找到绩效自评表"
    assert got["damaged.xlsx"].reason  # the reader's own Chinese message
    assert all(o.reason for o in sink.outcomes if o.status != FileStatus.OK)


def test_a_second_run_skips_what_the_first_recorded(audit_folder: Path) -> None:
    first = MemorySink()
    run_batch([audit_folder], first, policy="national-2020")
    known = {o.path: o.sha256 for o in first.outcomes}
    second = MemorySink(known)
    stats = run_batch([audit_folder], second, policy="national-2020")
    assert second.outcomes == []
    assert stats.by_status[FileStatus.SKIPPED] == 7


def test_a_new_copy_of_recorded_content_is_a_duplicate(audit_folder: Path) -> None:
    first = MemorySink()
    run_batch([audit_folder], first, policy="national-2020")
    copy = audit_folder / "2023" / "clean-again.json"
    copy.write_bytes((audit_folder / "2023" / "clean.json").read_bytes())
    second = MemorySink({o.path: o.sha256 for o in first.outcomes})
    run_batch([audit_folder], second, policy="national-2020")
    [outcome] = second.outcomes
    assert (outcome.path, outcome.status) == (str(copy), FileStatus.DUPLICATE)
    assert outcome.reason == f"与 {audit_folder / '2023' / 'clean.json'} 内容相同"


def test_two_workers_find_what_one_finds(audit_folder: Path) -> None:
    one, two = MemorySink(), MemorySink()
    run_batch([audit_folder], one, policy="national-2020")
    run_batch([audit_folder], two, policy="national-2020", workers=2)
    assert sorted(_summary(one)) == sorted(_summary(two))


def test_a_missing_path_is_recorded_not_raised(tmp_path: Path) -> None:
    sink = MemorySink()
    run_batch([tmp_path / "nowhere.pdf"], sink, policy="national-2020")
    [outcome] = sink.outcomes
    assert (outcome.status, outcome.reason) == (FileStatus.UNREADABLE, "文件不存在")


def _summary(sink: MemorySink) -> list[tuple[str, str, int]]:
    # Which of two identical files counts as the duplicate depends on completion order.
    return [
        (o.sha256, o.status if o.status != FileStatus.DUPLICATE else FileStatus.OK, o.forms)
        for o in sink.outcomes
    ]
