"""The store on the configured database: concurrent saves, the organisation tree, the backend."""

from __future__ import annotations

import os
import threading

import pytest
from django.db import connection

from jixiao.store.forms import Conflict, form_of, save_draft
from jixiao.store.models import FormRecord, Organisation, OrgKind


@pytest.mark.django_db
def test_the_backend_is_the_one_database_url_names() -> None:
    url = os.environ.get("DATABASE_URL", "")
    assert connection.vendor == ("postgresql" if url.startswith("postgres") else "sqlite")


@pytest.mark.django_db
def test_organisation_paths_make_subtrees_one_prefix(orgs) -> None:
    school = orgs["school1"]
    assert school.path == f"/{orgs['bureau'].pk}/{orgs['edu'].pk}/{school.pk}/"
    below_edu = Organisation.objects.filter(path__startswith=orgs["edu"].path, kind=OrgKind.UNIT)
    assert set(below_edu) == {orgs["school1"], orgs["school2"]}


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_saves_of_one_version_one_wins_one_is_told(make_form, people) -> None:
    record = make_form()
    form = form_of(record)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def save(text: str) -> None:
        barrier.wait()
        try:
            changed = form.model_copy(
                update={"goals": form.goals.model_copy(update={"actual": text})}
            )
            save_draft(people["filler"], record.pk, changed, 1)
            outcomes.append("saved")
        except Conflict:
            outcomes.append("conflict")
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(t,)) for t in ("甲", "乙")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["conflict", "saved"]
    assert FormRecord.objects.get(pk=record.pk).version == 2


@pytest.mark.django_db
def test_sqlite_runs_in_wal_mode() -> None:
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"


@pytest.mark.django_db
def test_indicator_rows_are_queryable_beside_their_rule_scores(make_form) -> None:
    record = make_form(example="seed-2021-zgc.json")
    rows = list(record.indicators.all())
    assert len(rows) == len(form_of(record).indicators)
    first = rows[0]
    assert (first.level1, first.position) == ("产出指标", 0)
    assert any(r.computed_score is not None for r in rows)
    qualitative = rows[3]
    assert qualitative.method == "qualitative"
    assert (str(qualitative.band_low), str(qualitative.band_high)) == ("12.0000", "15.0000")


@pytest.mark.django_db
def test_absurd_numbers_stay_in_the_json_not_in_the_columns(make_form, people) -> None:
    from decimal import Decimal

    record = make_form()
    form = form_of(record)
    huge = form.model_copy(
        update={"total": form.total.model_copy(update={"score": Decimal(10**9)})}
    )
    saved = save_draft(people["filler"], record.pk, huge, 1)
    saved.refresh_from_db()
    assert saved.self_score is None and "1000000000" in saved.form_json


@pytest.mark.django_db
def test_the_migrations_match_the_models() -> None:
    from django.core.management import call_command

    call_command("makemigrations", "--check", "--dry-run", verbosity=0)  # SystemExit(1) if not
