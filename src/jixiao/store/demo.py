"""``jixiao serve --demo``: an organisation tree, one user per role and the example forms."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from jixiao.model.jsonio import form_from_json
from jixiao.store.forms import create_form
from jixiao.store.models import FormRecord, Organisation, OrgKind, Origin, Role, User
from jixiao.store.workflow import submit

DEMO_PASSWORD = "jixiao-demo"


@dataclass(frozen=True)
class DemoUser:
    username: str
    name: str
    role: Role
    org: str


DEMO_USERS = (
    DemoUser("caizheng", "财政局审核人", Role.REVIEWER, "示例市财政局"),
    DemoUser("bumen", "主管部门审核人", Role.REVIEWER, "示例市教育局"),
    DemoUser("danwei", "单位填报人", Role.FILLER, "示例市第一中学"),
    DemoUser("danwei2", "单位填报人（二）", Role.FILLER, "示例市教师进修学校"),
    DemoUser("admin", "系统管理员", Role.ADMIN, "示例市财政局"),
)


def create_demo(examples: Path | None) -> list[DemoUser]:
    """Create (once) the demo organisations, users and forms; returns the users to print."""
    with transaction.atomic():
        orgs = _organisations()
        for spec in DEMO_USERS:
            _user(spec, orgs[spec.org])
        filler = User.objects.get(username="danwei")
        if (
            examples is not None
            and not FormRecord.objects.filter(unit=filler.organisation).exists()
        ):
            for path in sorted(examples.glob("*.json")):
                form = form_from_json(path.read_text(encoding="utf-8"))
                record = create_form(filler, form, Origin.UPLOAD)
                if record.error_count == 0:
                    submit(filler, record, {})  # so the reviewers' inbox has work in it
    return list(DEMO_USERS)


def _organisations() -> dict[str, Organisation]:
    bureau = _org("示例市财政局", OrgKind.BUREAU, None)
    education = _org("示例市教育局", OrgKind.DEPARTMENT, bureau)
    return {
        bureau.name: bureau,
        education.name: education,
        "示例市第一中学": _org("示例市第一中学", OrgKind.UNIT, education),
        "示例市教师进修学校": _org("示例市教师进修学校", OrgKind.UNIT, education),
    }


def _org(name: str, kind: OrgKind, parent: Organisation | None) -> Organisation:
    org, _ = Organisation.objects.get_or_create(
        name=name, defaults={"kind": kind, "parent": parent}
    )
    return org


def _user(spec: DemoUser, org: Organisation) -> User:
    user, created = User.objects.get_or_create(
        username=spec.username,
        defaults={"first_name": spec.name, "role": spec.role, "organisation": org},
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    return user
