"""Organisations, users with one role, forms with their findings, transitions, comments and files.

A form row keeps the whole ``jixiao.form/1`` JSON plus queryable columns (year, unit, project,
scores, grade, execution rate), so the batch audit (issue 6) can store its results in the same
tables: ``origin`` says where a row came from, and ``unit`` may be empty for a published form.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django_fsm import FSMField, transition
from simple_history.models import HistoricalRecords

from jixiao.batch.outcome import FileStatus

MONEY = {"max_digits": 14, "decimal_places": 2, "null": True, "blank": True}
# Scores and rates keep up to 4 decimals: a printed 53.0234% must not be rounded away.
SCORE = {"max_digits": 10, "decimal_places": 4, "null": True, "blank": True}


class OrgKind(models.TextChoices):
    BUREAU = "bureau", "财政局"
    DEPARTMENT = "department", "主管部门"
    UNIT = "unit", "实施单位"


class Role(models.TextChoices):
    """A user's one role; ``jixiao.store.permissions.can`` is the only place that interprets it."""

    FILLER = "filler", "填报人"
    REVIEWER = "reviewer", "审核人"
    ADMIN = "admin", "管理员"


class Organisation(models.Model):
    """财政局 → 主管部门 → 实施单位; ``path`` ('/1/4/9/') makes subtree queries one prefix match."""

    name = models.CharField("名称", max_length=200)
    kind = models.CharField("类型", max_length=20, choices=OrgKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name="上级",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    path = models.CharField(max_length=500, editable=False, db_index=True, default="")

    class Meta:
        verbose_name = verbose_name_plural = "组织"
        ordering = ["path"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.pk and self.parent and self.parent.path.startswith(self.path):
            raise ValidationError({"parent": "上级不能是本组织或它的下级组织"})

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is None:
            super().save(*args, **kwargs)  # type: ignore[arg-type]
            kwargs = {}
        old = self.path
        prefix = self.parent.path if self.parent else "/"
        self.path = f"{prefix}{self.pk}/"
        super().save(*args, **kwargs)  # type: ignore[arg-type]
        if old and old != self.path:
            # A moved organisation takes its whole subtree along: every descendant's path too.
            for pk, path in Organisation.objects.filter(path__startswith=old).values_list(
                "pk", "path"
            ):
                if pk != self.pk:
                    Organisation.objects.filter(pk=pk).update(path=self.path + path[len(old) :])


class User(AbstractUser):
    """A person in one organisation with one role."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name="所属组织",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="users",
    )
    role = models.CharField("角色", max_length=20, choices=Role.choices, default=Role.FILLER)

    class Meta:
        verbose_name = verbose_name_plural = "用户"

    def __str__(self) -> str:
        return self.get_full_name() or self.username


class Status(models.TextChoices):
    DRAFT = "draft", "草稿"
    SUBMITTED = "submitted", "待审"
    RETURNED = "returned", "已退回"
    APPROVED = "approved", "已通过"


class Origin(models.TextChoices):
    BLANK = "blank", "新建"
    UPLOAD = "upload", "上传"
    COPY = "copy", "复制上年"
    BATCH = "batch", "批量审计"


class StoredFile(models.Model):
    """An uploaded file kept outside the web root under its SHA-256 (``relpath``)."""

    sha256 = models.CharField(max_length=64, db_index=True)
    name = models.CharField("原文件名", max_length=255)
    size = models.PositiveBigIntegerField("大小（字节）")
    kind = models.CharField("格式", max_length=20)
    relpath = models.CharField(max_length=200)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "上传文件"

    def __str__(self) -> str:
        return self.name


class FormRecord(models.Model):
    """One 项目支出绩效自评表 with its workflow status and a version for optimistic locking."""

    unit = models.ForeignKey(
        Organisation,
        verbose_name="实施单位",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="forms",
    )
    year = models.IntegerField("年度", null=True, blank=True, db_index=True)
    project_name = models.CharField("项目名称", max_length=300, blank=True)
    unit_name = models.CharField("实施单位（表上）", max_length=300, blank=True)
    department_name = models.CharField("主管部门（表上）", max_length=300, blank=True)
    form_json = models.TextField("表（jixiao.form/1 JSON）")
    policy = models.CharField("计分规则", max_length=50, default="national-2020")
    self_score = models.DecimalField("自评总分", **SCORE)
    computed_score = models.DecimalField("规则总分", **SCORE)
    grade = models.CharField("自评等级", max_length=10, blank=True)
    computed_grade = models.CharField("规则等级", max_length=10, blank=True)
    execution_rate = models.DecimalField("执行率（%）", **SCORE)
    budget = models.DecimalField("全年预算数", **MONEY)
    executed = models.DecimalField("全年执行数", **MONEY)
    error_count = models.PositiveIntegerField("错误", default=0)
    warning_count = models.PositiveIntegerField("警告", default=0)
    info_count = models.PositiveIntegerField("提示", default=0)
    status = FSMField("状态", default=Status.DRAFT, choices=Status.choices, db_index=True)
    version = models.PositiveIntegerField("版本", default=1)
    review_score = models.DecimalField("复核得分", **SCORE)
    origin = models.CharField("来源", max_length=20, choices=Origin.choices, default=Origin.BLANK)
    source_file = models.ForeignKey(
        StoredFile, null=True, blank=True, on_delete=models.PROTECT, related_name="forms"
    )
    form_index = models.PositiveIntegerField("文件中第几张表", default=0)
    audit_file = models.ForeignKey(
        "AuditFile", null=True, blank=True, on_delete=models.CASCADE, related_name="forms"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        verbose_name = verbose_name_plural = "自评表"
        ordering = ["-updated_at"]
        indexes = [
            models.Index(fields=["unit", "year"]),
            models.Index(fields=["status", "year"]),
            models.Index(fields=["origin", "year"]),
        ]

    def __str__(self) -> str:
        return f"{self.year or ''} {self.project_name or '（未命名项目）'}"

    # The workflow: each transition is explicit; ``workflow.py`` records who made it and why.
    @transition(field=status, source=[Status.DRAFT, Status.RETURNED], target=Status.SUBMITTED)
    def submit(self) -> None:
        """填报人 submits for review."""

    @transition(field=status, source=Status.SUBMITTED, target=Status.RETURNED)
    def send_back(self) -> None:
        """审核人 returns it with comments."""

    @transition(field=status, source=Status.SUBMITTED, target=Status.APPROVED)
    def approve(self) -> None:
        """审核人 approves; the form is frozen from now on."""

    @property
    def editable(self) -> bool:
        return self.status in (Status.DRAFT, Status.RETURNED)


class FindingRecord(models.Model):
    """One finding of the latest check; an error may carry the filler's explanation."""

    form = models.ForeignKey(FormRecord, on_delete=models.CASCADE, related_name="findings")
    code = models.CharField(max_length=80, db_index=True)
    severity = models.CharField(max_length=10)
    path = models.CharField(max_length=120, blank=True)
    message = models.TextField()
    rule = models.CharField(max_length=20)
    source = models.CharField(max_length=200, blank=True)
    explanation = models.TextField("说明", blank=True)
    position = models.PositiveIntegerField(default=0)
    # The same code already occurred earlier on this form (set by the batch writer): counting the
    # rows without it counts forms per code with no COUNT(DISTINCT …) sort over every finding.
    repeat = models.BooleanField(default=False)

    class Meta:
        verbose_name = verbose_name_plural = "审核发现"
        ordering = ["form", "position"]
        # Findings by code over a whole batch: an index-only scan on PostgreSQL.
        indexes = [
            models.Index(fields=["code", "severity"], include=["repeat"], name="finding_code")
        ]


class Transition(models.Model):
    """A status change: who, when, from what to what, and the comment given."""

    form = models.ForeignKey(FormRecord, on_delete=models.CASCADE, related_name="transitions")
    source = models.CharField(max_length=20, choices=Status.choices)
    target = models.CharField(max_length=20, choices=Status.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    at = models.DateTimeField(auto_now_add=True)
    comment = models.TextField(blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "状态变更"
        ordering = ["form", "at", "pk"]


class Comment(models.Model):
    """A reviewer's (or filler's) comment on a row of the form ('' = the whole form)."""

    form = models.ForeignKey(FormRecord, on_delete=models.CASCADE, related_name="comments")
    path = models.CharField(max_length=120, blank=True)
    text = models.TextField()
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "意见"
        ordering = ["form", "at", "pk"]


class LoginFailure(models.Model):
    """A failed login, counted per user name and address to throttle guessing."""

    username = models.CharField(max_length=150, db_index=True)
    address = models.CharField(max_length=64)
    at = models.DateTimeField(auto_now_add=True, db_index=True)


class ApiToken(models.Model):
    """A user's key for the JSON API; only its SHA-256 is kept, the key is shown once."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "API 令牌"


class Evidence(models.Model):
    """A 佐证材料 file attached to one indicator row (``row`` = index) or the whole form (None)."""

    form = models.ForeignKey(FormRecord, on_delete=models.PROTECT, related_name="evidence")
    row = models.PositiveIntegerField("指标行", null=True, blank=True)
    file = models.ForeignKey(StoredFile, on_delete=models.PROTECT, related_name="+")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "佐证材料"
        ordering = ["form", "row", "at"]


class IndicatorRecord(models.Model):
    """One indicator row of the latest saved form with its rule score: queryable for summaries
    and for the batch audit's statistics (the form JSON stays the source of truth)."""

    form = models.ForeignKey(FormRecord, on_delete=models.CASCADE, related_name="indicators")
    position = models.PositiveIntegerField()
    level1 = models.CharField("一级指标", max_length=100, blank=True)
    level2 = models.CharField("二级指标", max_length=100, blank=True)
    name = models.CharField("三级指标", max_length=300, blank=True)
    target = models.CharField("年度指标值", max_length=300, blank=True)
    actual = models.CharField("实际完成值", max_length=300, blank=True)
    weight = models.DecimalField("分值", **SCORE)
    score = models.DecimalField("得分", **SCORE)
    computed_score = models.DecimalField("规则得分", **SCORE)
    band_low = models.DecimalField("允许最低分", **SCORE)
    band_high = models.DecimalField("允许最高分", **SCORE)
    method = models.CharField("计分方法", max_length=30, blank=True)
    # The same indicator (level1, level2, name) already occurred on this form (set by the batch
    # writer): the indicator library counts forms as rows without it, with no COUNT(DISTINCT …).
    repeat = models.BooleanField(default=False)

    class Meta:
        verbose_name = verbose_name_plural = "指标"
        ordering = ["form", "position"]
        # The indicator library and its common targets: index-only scans on PostgreSQL.
        indexes = [
            models.Index(
                fields=["level1", "level2", "name", "target"],
                include=["repeat"],
                name="indicator_library",
            )
        ]


# --- Batch audit (issue 6): the files a batch looked at ---


class AuditFile(models.Model):
    """A file a batch audit looked at: where it was, its content hash and what came of it.

    Its forms are ``FormRecord`` rows with ``origin = batch`` pointing here, so a batch can be
    browsed in the web app; the content hash lets a rerun skip what is already recorded.
    """

    path = models.TextField("文件路径")
    sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    size = models.PositiveBigIntegerField("大小（字节）", default=0)
    kind = models.CharField("格式", max_length=20, blank=True)
    status = models.CharField(
        "结果", max_length=20, choices=[(s.value, s.label) for s in FileStatus], db_index=True
    )
    reason = models.TextField("原因", blank=True)
    seconds = models.FloatField("用时（秒）", default=0.0)
    region = models.CharField("地区（文件夹）", max_length=200, blank=True, db_index=True)
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = verbose_name_plural = "审计文件"
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.path
