"""Login with throttling, and the start page for each role."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render

from jixiao.store import throttle
from jixiao.store.models import Role
from jixiao.web.views.access import user_of

LOCKED = "登录失败次数过多，请 15 分钟后再试"


class ThrottledLoginView(LoginView):
    template_name = "jixiao/login.html"
    redirect_authenticated_user = True

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponseBase:
        if throttle.locked(self._username(), _address(request)):
            form = self.get_form()
            return render(request, self.template_name, {"form": form, "locked": LOCKED}, status=429)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):  # type: ignore[no-untyped-def]
        throttle.record_failure(self._username(), _address(self.request))
        return super().form_invalid(form)

    def form_valid(self, form):  # type: ignore[no-untyped-def]
        throttle.clear(self._username())
        return super().form_valid(form)

    def _username(self) -> str:
        return str(self.request.POST.get("username", ""))[:150]


def _address(request: HttpRequest) -> str:
    if settings.JIXIAO_BEHIND_PROXY:
        forwarded = str(request.META.get("HTTP_X_FORWARDED_FOR", "")).split(",")[-1].strip()
        if forwarded:
            return forwarded
    return str(request.META.get("REMOTE_ADDR", ""))


@login_required
def home(request: HttpRequest) -> HttpResponse:
    user = user_of(request)
    if user.role == Role.REVIEWER:
        return redirect("inbox")
    return redirect("form_list")
