"""API authentication: ``Authorization: Bearer jx_…`` (no CSRF needed), or the browser session
(then Django's CSRF check applies as on every page)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.views.decorators.csrf import csrf_exempt

from jixiao.store.tokens import user_for

View = Callable[..., HttpResponse]


def error(status: int, message: str) -> JsonResponse:
    return JsonResponse(
        {"error": message}, status=status, json_dumps_params={"ensure_ascii": False}
    )


def api_view(methods: tuple[str, ...]) -> Callable[[View], View]:
    """Authenticate by token or session, check the method; errors are JSON with a Chinese text."""

    def wrap(view: View) -> View:
        @csrf_exempt
        @wraps(view)
        def inner(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
            if request.method not in methods:
                return error(405, f"不支持 {request.method} 方法")
            header = request.headers.get("Authorization", "")
            if header.startswith("Bearer "):
                user = user_for(header.removeprefix("Bearer ").strip())
                if user is None:
                    return error(401, "API 令牌无效或已停用")
                request.user = user
            elif not request.user.is_authenticated:
                return error(401, "请先登录，或在请求头中提供 Authorization: Bearer <令牌>")
            elif request.method not in ("GET", "HEAD") and _csrf_fails(request):
                return error(403, "安全校验（CSRF）未通过")
            return view(request, *args, **kwargs)

        return inner

    return wrap


def _csrf_fails(request: HttpRequest) -> bool:
    """A session-authenticated write needs the CSRF token, exactly as a page form does."""
    check = CsrfViewMiddleware(lambda r: HttpResponse())
    check.process_request(request)
    return check.process_view(request, lambda r: HttpResponse(), (), {}) is not None
