"""Django's admin for 管理员: only their own subtree, no flags beyond the role, no deletes."""

from __future__ import annotations

import pytest

from jixiao.store.models import Organisation, OrgKind, User

pytestmark = pytest.mark.django_db


def test_a_department_administrator_sees_only_its_subtree(login, people) -> None:
    client = login("dept_admin")
    listed = {u.username for u in client.get("/admin/store/user/").context["cl"].result_list}
    assert listed == {"filler", "other_filler", "dept_reviewer", "dept_admin"}
    far = people["far_filler"]
    assert client.get(f"/admin/store/user/{far.pk}/change/").status_code in (302, 404)
    orgs = {o.name for o in client.get("/admin/store/organisation/").context["cl"].result_list}
    assert orgs == {"市教育局", "市一中", "市二中"}


def test_users_cannot_be_placed_outside_the_subtree(login, orgs) -> None:
    response = login("dept_admin").post(
        "/admin/store/user/add/",
        {
            "username": "sneaky",
            "password1": "Xk7!long-pass",
            "password2": "Xk7!long-pass",
            "usable_password": "true",
            "organisation": orgs["bureau"].pk,
            "role": "reviewer",
        },
    )
    assert response.status_code == 200  # the form comes back with an error
    assert not User.objects.filter(username="sneaky").exists()


def test_the_user_form_has_no_superuser_or_staff_flags(login, people) -> None:
    html = login("admin").get(f"/admin/store/user/{people['filler'].pk}/change/").content.decode()
    assert 'name="role"' in html and 'name="organisation"' in html
    assert 'name="is_superuser"' not in html and 'name="is_staff"' not in html


def test_an_organisation_cannot_move_below_itself(login, orgs) -> None:
    edu = orgs["edu"]
    response = login("admin").post(
        f"/admin/store/organisation/{edu.pk}/change/",
        {"name": edu.name, "kind": edu.kind, "parent": orgs["school1"].pk},
    )
    assert "上级不能是本组织或它的下级组织" in response.content.decode()
    assert Organisation.objects.get(pk=edu.pk).parent == orgs["bureau"]


def test_moving_an_organisation_moves_its_subtree(orgs) -> None:
    edu, health = orgs["edu"], orgs["health"]
    edu.parent = health
    edu.save()
    school = Organisation.objects.get(pk=orgs["school1"].pk)
    assert school.path == f"{health.path}{edu.pk}/{school.pk}/"
    below_health = Organisation.objects.filter(path__startswith=health.path, kind=OrgKind.UNIT)
    assert set(below_health) == {orgs["hospital"], orgs["school1"], orgs["school2"]}
