"""URL routes of the web app."""

from django.contrib import admin
from django.contrib.auth.views import LogoutView
from django.urls import path

from jixiao.web.api import openapi
from jixiao.web.api import views as api
from jixiao.web.views import (
    auth,
    evidence,
    export,
    form_export,
    form_page,
    history,
    lists,
    review,
    submit,
    summary,
    tokens,
)

urlpatterns = [
    path("", auth.home, name="home"),
    path("login/", auth.ThrottledLoginView.as_view(), name="login"),
    path("logout/", LogoutView.as_view(), name="logout"),
    path("forms/", lists.form_list, name="form_list"),
    path("forms/new/", lists.create_blank, name="form_new"),
    path("forms/upload/", lists.create_upload, name="form_upload"),
    path("forms/copy/", lists.create_copy, name="form_copy"),
    path("forms/export.csv", export.list_csv, name="form_list_csv"),
    path("forms/export.xlsx", export.list_xlsx, name="form_list_xlsx"),
    path("summary/", summary.summary_page, name="summary"),
    path("forms/<int:pk>/", form_page.form_page, name="form_page"),
    path("forms/<int:pk>/score/", form_page.live_score, name="form_score"),
    path("forms/<int:pk>/save/", form_page.save, name="form_save"),
    path("forms/<int:pk>/submit/", submit.submit_page, name="form_submit"),
    path("forms/<int:pk>/review/", review.review_action, name="form_review"),
    path("forms/<int:pk>/comment/", review.comment, name="form_comment"),
    path("forms/<int:pk>/history/", history.history_page, name="form_history"),
    path("forms/<int:pk>/export.<str:fmt>", form_export.export_form, name="form_export"),
    path("forms/<int:pk>/evidence/", evidence.upload_evidence, name="form_evidence"),
    path(
        "forms/<int:pk>/evidence/<int:evidence>/",
        evidence.download_evidence,
        name="form_evidence_file",
    ),
    path("inbox/", review.inbox_page, name="inbox"),
    path("inbox/approve/", review.bulk, name="inbox_bulk_approve"),
    path("token/", tokens.token_page, name="token"),
    path("api/v1/openapi.json", openapi.openapi, name="api_openapi"),
    path("api/v1/forms", api.forms, name="api_forms"),
    path("api/v1/forms/<int:pk>", api.form, name="api_form"),
    path("api/v1/forms/<int:pk>/submit", api.submit_form, name="api_submit"),
    path("api/v1/forms/<int:pk>/review", api.review_form, name="api_review"),
    path("api/v1/check", api.check, name="api_check"),
    # The admin's own login would bypass throttling: it uses ours.
    path("admin/login/", auth.ThrottledLoginView.as_view(), name="admin_login"),
    path("admin/", admin.site.urls),
]
