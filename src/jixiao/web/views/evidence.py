"""佐证材料: attach a file to an indicator row; download it (always as an attachment)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from jixiao.store.files import Upload, UploadRejected, attach_evidence, stored_path
from jixiao.store.permissions import Action
from jixiao.store.queries import one_evidence
from jixiao.web.views.access import form_for, user_of


@login_required
@require_POST
def upload_evidence(request: HttpRequest, pk: int) -> HttpResponse:
    record = form_for(request, pk, Action.EDIT)
    upload = request.FILES.get("file")
    row_text = request.POST.get("row", "")
    row = int(row_text) if row_text.isdigit() else None
    if upload is None:
        messages.error(request, "没有收到文件：请选择佐证材料")
        return redirect("form_page", pk=pk)
    try:
        attach_evidence(
            user_of(request),
            record,
            row,
            Upload(name=upload.name or "", size=upload.size or 0, chunks=upload.chunks()),
        )
    except UploadRejected as exc:
        messages.error(request, f"{upload.name}：{exc.message}")
    else:
        messages.success(request, f"已上传佐证材料 {upload.name}")
    return redirect("form_page", pk=pk)


@login_required
def download_evidence(request: HttpRequest, pk: int, evidence: int) -> FileResponse:
    record = form_for(request, pk, Action.VIEW)
    item = one_evidence(record, evidence)
    if item is None:
        raise Http404("没有这个文件")
    path = stored_path(item.file)
    if not path.exists():
        raise Http404("文件已不在存储目录中，请联系管理员")
    return FileResponse(path.open("rb"), as_attachment=True, filename=item.file.name)
