"""Web tests: Django configured with a private data directory; named personas in an org tree.

The database is SQLite unless ``DATABASE_URL`` names PostgreSQL (``scripts/test`` runs these tests
a second time that way when a server answers on 127.0.0.1:5432).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import django
import pytest

_OWN_DATA_DIR = None
if "JIXIAO_DATA_DIR" not in os.environ:
    _OWN_DATA_DIR = tempfile.mkdtemp(prefix="jixiao-web-test-")
    os.environ["JIXIAO_DATA_DIR"] = _OWN_DATA_DIR
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jixiao.web.settings")
# pytest-django configures Django only from the root's options; this folder configures it itself.
django.setup()

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
FIXTURES = ROOT / "tests" / "data" / "fixtures"


def pytest_sessionfinish(session: pytest.Session) -> None:
    if _OWN_DATA_DIR:
        shutil.rmtree(_OWN_DATA_DIR, ignore_errors=True)


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings.JIXIAO_UPLOAD_DIR = tmp_path / "uploads"
    # Hashing a password properly takes ~0.3 s; the personas need no real protection.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def orgs(db):  # type: ignore[no-untyped-def]
    """财政局 → 教育局 → 一中, 二中; 财政局 → 卫健委 → 医院."""
    from jixiao.store.models import Organisation, OrgKind

    bureau = Organisation.objects.create(name="市财政局", kind=OrgKind.BUREAU)
    edu = Organisation.objects.create(name="市教育局", kind=OrgKind.DEPARTMENT, parent=bureau)
    health = Organisation.objects.create(name="市卫健委", kind=OrgKind.DEPARTMENT, parent=bureau)
    return {
        "bureau": bureau,
        "edu": edu,
        "health": health,
        "school1": Organisation.objects.create(name="市一中", kind=OrgKind.UNIT, parent=edu),
        "school2": Organisation.objects.create(name="市二中", kind=OrgKind.UNIT, parent=edu),
        "hospital": Organisation.objects.create(name="市医院", kind=OrgKind.UNIT, parent=health),
    }


PERSONAS = {
    # name: (organisation key, role)
    "filler": ("school1", "filler"),
    "other_filler": ("school2", "filler"),
    "far_filler": ("hospital", "filler"),
    "dept_reviewer": ("edu", "reviewer"),
    "other_dept_reviewer": ("health", "reviewer"),
    "bureau_reviewer": ("bureau", "reviewer"),
    "admin": ("bureau", "admin"),
    "dept_admin": ("edu", "admin"),
}


@pytest.fixture
def people(orgs):  # type: ignore[no-untyped-def]
    from jixiao.store.models import User

    made = {}
    for name, (org, role) in PERSONAS.items():
        user = User.objects.create_user(
            username=name,
            password="pw-" + name,
            organisation=orgs[org],
            role=role,
        )
        made[name] = user
    return made


@pytest.fixture
def login(client, people) -> Callable[[str], object]:  # type: ignore[no-untyped-def]
    def _login(name: str):  # type: ignore[no-untyped-def]
        client.force_login(people[name])
        return client

    return _login


@pytest.fixture
def make_form(people):  # type: ignore[no-untyped-def]
    """A form of a persona's unit from an example file (clean by default)."""
    from jixiao.model.jsonio import form_from_json
    from jixiao.store.forms import create_form
    from jixiao.store.models import Origin

    def _make(owner: str = "filler", example: str = "clean-2023.json", **changes):  # type: ignore[no-untyped-def]
        form = form_from_json((EXAMPLES / example).read_text(encoding="utf-8"))
        if changes:
            form = form.model_copy(update=changes)
        return create_form(people[owner], form, Origin.UPLOAD)

    return _make


@pytest.fixture
def post_of():  # type: ignore[no-untyped-def]
    return _post_of


def _post_of(form) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The inputs a browser would post for a form, as the page renders them."""
    from jixiao.web.layout import cells

    c = cells(form)
    data = {"year": c["year"].value, "grade": c["grade"].value}
    data |= {x.path: x.value for x in c["project"].values()}
    data |= {x.path: x.value for row in c["funds"] for x in row["cols"]}
    data |= {x.path: x.value for x in c["goals"].values()}
    data |= {x.path: x.value for x in c["total"].values()}
    for row in c["rows"]:
        data |= {v.path: v.value for k, v in row.items() if k not in ("i", "key")}
    data["indicator_count"] = str(len(c["rows"]))
    return data
