"""Batch outcomes in the database: complete per file, skipped on rerun, consistent after Ctrl-C,
and the report's queries agree with what was recorded."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.batch import BatchStats, FileStatus, run_batch
from jixiao.store.audit import DatabaseSink, summary
from jixiao.store.models import AuditFile, FindingRecord, FormRecord, IndicatorRecord, Origin

pytestmark = pytest.mark.django_db(transaction=True)


def _run(folder: Path, **kw: object) -> BatchStats:
    sink = DatabaseSink()
    try:
        return run_batch([folder], sink, policy="national-2020", **kw)  # type: ignore[arg-type]
    finally:
        sink.close()


def test_every_file_and_form_is_recorded(audit_folder: Path) -> None:
    _run(audit_folder)
    statuses = dict(AuditFile.objects.values_list("path", "status"))
    assert sorted(statuses.values()) == sorted(
        ["ok", "ok", "ok", "duplicate", "unreadable", "unreadable", "unsupported"]
    )
    forms = FormRecord.objects.filter(origin=Origin.BATCH)
    assert forms.count() == 3
    seed = forms.get(audit_file__path__endswith="2021/seed.json")
    assert (seed.year, seed.self_score, seed.computed_score) == (
        2021,
        Decimal("95.2"),
        Decimal("94.5"),
    )
    assert seed.findings.filter(code="E1.score-above-weight").exists()
    assert seed.error_count == seed.findings.filter(severity="error").count() > 0
    assert IndicatorRecord.objects.filter(form=seed).count() == 21


def test_a_rerun_records_nothing_twice(audit_folder: Path) -> None:
    _run(audit_folder)
    counts = (AuditFile.objects.count(), FormRecord.objects.count(), FindingRecord.objects.count())
    stats = _run(audit_folder)
    assert stats.by_status[FileStatus.SKIPPED] == 7
    after = (AuditFile.objects.count(), FormRecord.objects.count(), FindingRecord.objects.count())
    assert after == counts


def test_ctrl_c_keeps_whole_files_and_a_rerun_finishes(audit_folder: Path) -> None:
    def interrupt_after_three(stats: BatchStats) -> None:
        if stats.done == 3:
            raise KeyboardInterrupt

    sink = DatabaseSink()
    with pytest.raises(KeyboardInterrupt):
        run_batch([audit_folder], sink, policy="national-2020", progress=interrupt_after_three)
    sink.close()  # what the CLI does on Ctrl-C
    assert AuditFile.objects.count() == 3
    for f in AuditFile.objects.filter(status=FileStatus.OK):
        assert f.forms.count() == 1 and f.forms.get().indicators.exists()
    _run(audit_folder)
    assert AuditFile.objects.count() == 7
    assert FormRecord.objects.filter(origin=Origin.BATCH).count() == 3


def test_summary_counts_what_was_recorded(audit_folder: Path) -> None:
    _run(audit_folder)
    s = summary()
    assert s.forms == 3 and len(s.points) == 3
    assert sum(s.files_by_status.values()) == 7
    assert (FileStatus.UNSUPPORTED.value, "不支持的文件类型（.png）", 1) in s.reasons
    assert sum(c.findings for c in s.codes) == FindingRecord.objects.count()
    e1 = next(c for c in s.codes if c.code == "E1.score-above-weight")
    assert e1.forms == FormRecord.objects.filter(findings__code=e1.code).distinct().count()
    assert {g.key for g in s.by_year} == {"2021", "2023"}
    assert {(g.key, g.forms) for g in s.by_region} == {("2021", 1), ("2023", 2)}
    names = {i.name for i in s.indicators}
    assert "经费支出进度" in names and s.indicator_total >= len(names)
    progress = next(i for i in s.indicators if i.name == "经费支出进度")
    assert progress.kinds == ("时限",) and progress.forms == 1
    assert s.suspicious()[0].errors > 0


@pytest.mark.shared
def test_forms_of_other_templates_are_counted_not_scored(audit_folder: Path) -> None:
    # A department-level rubric from the corpus, read in place: recorded with its finding.
    rubric = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev" / "006.txt"
    sink = DatabaseSink()
    run_batch([audit_folder, rubric], sink, policy="national-2020")
    sink.close()
    record = FormRecord.objects.get(audit_file__path=str(rubric))
    assert record.computed_score is None
    assert summary().nonstandard == 1


def test_a_file_the_database_refuses_is_recorded_as_failed_and_the_rest_is_kept(
    audit_folder: Path,
) -> None:
    from dataclasses import replace

    from jixiao.batch.outcome import FileOutcome

    class Poisoning(DatabaseSink):
        # One form with a year no integer column holds: both databases refuse that row.
        def record(self, outcome: FileOutcome) -> None:
            if outcome.path.endswith("clean.json"):
                bad = replace(outcome.digests[0], year=2**70)  # beyond any integer column
                outcome = replace(outcome, digests=(bad,))
            super().record(outcome)

    sink = Poisoning()
    run_batch([audit_folder], sink, policy="national-2020")
    sink.close()
    statuses = dict(AuditFile.objects.values_list("path", "status"))
    clean = next(p for p in statuses if p.endswith("2023/clean.json"))
    assert statuses[clean] == FileStatus.FAILED
    assert AuditFile.objects.get(path=clean).reason.startswith("写入数据库失败")
    assert len(statuses) == 7 and FormRecord.objects.filter(origin=Origin.BATCH).count() == 2
