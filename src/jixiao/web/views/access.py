"""Fetching a form for a request: absent and not-yours are both 404; not allowed is 403."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from jixiao.store.models import FormRecord, User
from jixiao.store.permissions import Action, can, find_visible


def user_of(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


def form_for(request: HttpRequest, pk: int, action: Action) -> FormRecord:
    user = user_of(request)
    record = find_visible(user, pk)
    if record is None:
        raise Http404("没有这张表")
    if not can(user, action, record):
        raise PermissionDenied("没有权限进行此操作")
    return record
