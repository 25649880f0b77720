"""Login throttling: too many failures for a user name or an address lock it out for a while."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from jixiao.store.models import LoginFailure

MAX_FAILURES = 5
WINDOW = timedelta(minutes=15)


def locked(username: str, address: str) -> bool:
    """True when the user name or the address failed MAX_FAILURES times within WINDOW."""
    since = timezone.now() - WINDOW
    recent = LoginFailure.objects.filter(at__gte=since)
    by_name = recent.filter(username=username.lower()).count()
    by_address = recent.filter(address=address).count()
    # An address gets more tries: several people may share one NAT address on an intranet.
    return by_name >= MAX_FAILURES or by_address >= MAX_FAILURES * 4


def record_failure(username: str, address: str) -> None:
    # Failures older than the window count for nothing; dropping them keeps the table small.
    LoginFailure.objects.filter(at__lt=timezone.now() - WINDOW).delete()
    LoginFailure.objects.create(username=username.lower()[:150], address=address[:64])


def clear(username: str) -> None:
    LoginFailure.objects.filter(Q(username=username.lower())).delete()
