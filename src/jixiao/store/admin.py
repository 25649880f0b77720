"""Django's admin for 管理员: organisations and users; forms read-only (every change is recorded).

Who may enter is decided by the one permission helper (``Action.MANAGE``), not by Django's
``is_staff``/``is_superuser`` flags, so the role enum stays the single source of permissions.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.db.models import QuerySet
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from jixiao.store.models import FormRecord, Organisation, User
from jixiao.store.permissions import Action, can, visible_forms


def _manages(request: HttpRequest) -> bool:
    user = request.user
    return isinstance(user, User) and can(user, Action.MANAGE)


admin.site.has_permission = _manages  # type: ignore[method-assign]
admin.site.site_header = admin.site.site_title = "jixiao 绩效 · 用户与组织"


def _subtree(request: HttpRequest) -> str:
    """The administrator's organisation path: they manage only that subtree."""
    user = request.user
    org = user.organisation if isinstance(user, User) else None
    return org.path if org is not None else "/nothing/"


class ManagedByAdministrators:
    """Administrators (管理员) add, change and view within their own subtree; nobody deletes."""

    def has_module_permission(self, request: HttpRequest) -> bool:
        return _manages(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return _manages(request)

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return _manages(request)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return _manages(request)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # nothing is deleted silently; deactivate a user instead


@admin.register(Organisation)
class OrganisationAdmin(ManagedByAdministrators, admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "kind", "parent")
    list_filter = ("kind",)
    search_fields = ("name",)

    def get_queryset(self, request: HttpRequest) -> QuerySet[Organisation]:
        return super().get_queryset(request).filter(path__startswith=_subtree(request))

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name == "parent":
            # Required: a new organisation always hangs below one the administrator manages.
            kwargs["queryset"] = Organisation.objects.filter(path__startswith=_subtree(request))
            kwargs["required"] = True
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(User)
class JixiaoUserAdmin(ManagedByAdministrators, UserAdmin):  # type: ignore[type-arg]
    list_display = ("username", "first_name", "organisation", "role", "is_active")
    list_filter = ("role", "is_active")
    # No is_staff / is_superuser / permissions here: the role alone decides (permissions.can).
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        ("个人信息", {"fields": ("first_name", "last_name", "email")}),
        ("绩效系统", {"fields": ("organisation", "role", "is_active")}),
        ("日期", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        *UserAdmin.add_fieldsets,
        ("绩效系统", {"fields": ("organisation", "role")}),
    )
    readonly_fields = ("last_login", "date_joined")

    def get_queryset(self, request: HttpRequest) -> QuerySet[User]:
        return (
            super().get_queryset(request).filter(organisation__path__startswith=_subtree(request))
        )

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.name == "organisation":
            kwargs["queryset"] = Organisation.objects.filter(path__startswith=_subtree(request))
            kwargs["required"] = True
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(FormRecord)
class FormRecordAdmin(ManagedByAdministrators, SimpleHistoryAdmin):  # type: ignore[type-arg]
    list_display = ("project_name", "year", "unit", "status", "self_score", "computed_score")
    list_filter = ("status", "year")
    search_fields = ("project_name", "unit_name")

    def get_queryset(self, request: HttpRequest) -> QuerySet[FormRecord]:
        user = request.user
        return visible_forms(user) if isinstance(user, User) else FormRecord.objects.none()

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # forms change only through the workflow, so every change is recorded
