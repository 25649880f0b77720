"""Django's admin for 管理员: organisations and users; forms are read-only there (history kept)."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from simple_history.admin import SimpleHistoryAdmin

from jixiao.store.models import FormRecord, Organisation, User


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "kind", "parent")
    list_filter = ("kind",)
    search_fields = ("name",)


@admin.register(User)
class JixiaoUserAdmin(UserAdmin):  # type: ignore[type-arg]
    list_display = ("username", "first_name", "organisation", "role", "is_active")
    list_filter = ("role", "is_active")
    fieldsets = (*UserAdmin.fieldsets, ("绩效系统", {"fields": ("organisation", "role")}))  # type: ignore[misc]


@admin.register(FormRecord)
class FormRecordAdmin(SimpleHistoryAdmin):  # type: ignore[type-arg]
    list_display = ("project_name", "year", "unit", "status", "self_score", "computed_score")
    list_filter = ("status", "year")
    search_fields = ("project_name", "unit_name")

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False  # forms change only through the workflow, so every change is recorded

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False  # nothing is deleted silently
