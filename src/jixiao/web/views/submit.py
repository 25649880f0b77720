"""Submitting: refused while an error finding is neither fixed nor explained."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from jixiao.store.models import Status
from jixiao.store.permissions import Action
from jixiao.store.queries import error_findings
from jixiao.store.workflow import Refused, submit
from jixiao.web.views.access import form_for, user_of


@login_required
def submit_page(request: HttpRequest, pk: int) -> HttpResponse:
    record = form_for(request, pk, Action.SUBMIT)
    errors = error_findings(record)
    if request.method == "POST":
        explanations = {f.pk: request.POST.get(f"explain-{f.pk}", "") for f in errors}
        try:
            submit(user_of(request), record, explanations)
        except Refused as exc:
            messages.error(request, exc.message)
            errors = error_findings(record)
        else:
            messages.success(request, f"已提交审核（{Status.SUBMITTED.label}）")
            return redirect("form_page", pk=record.pk)
    return render(request, "jixiao/submit.html", {"record": record, "errors": errors})
