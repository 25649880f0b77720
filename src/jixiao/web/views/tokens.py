"""The user's own API token: generated on request and shown once."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from jixiao.store.tokens import has_token, issue
from jixiao.web.views.access import user_of


@login_required
def token_page(request: HttpRequest) -> HttpResponse:
    user = user_of(request)
    key = issue(user) if request.method == "POST" else None
    return render(request, "jixiao/token.html", {"key": key, "has_token": has_token(user)})
