"""API tokens: a random key given to the user once; the store keeps only its SHA-256."""

from __future__ import annotations

import hashlib
import secrets

from django.utils import timezone

from jixiao.store.models import ApiToken, User

PREFIX = "jx_"


def issue(user: User) -> str:
    """A new key for ``user``; earlier keys stop working."""
    ApiToken.objects.filter(user=user).delete()
    key = PREFIX + secrets.token_urlsafe(32)
    ApiToken.objects.create(user=user, digest=_digest(key))
    return key


def user_for(key: str) -> User | None:
    if not key.startswith(PREFIX):
        return None
    token = ApiToken.objects.select_related("user").filter(digest=_digest(key)).first()
    if token is None or not token.user.is_active:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used=timezone.now())
    user = token.user
    assert isinstance(user, User)
    return user


def has_token(user: User) -> bool:
    return ApiToken.objects.filter(user=user).exists()


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()
