"""Django app configuration for the store."""

from django.apps import AppConfig


class StoreConfig(AppConfig):
    name = "jixiao.store"
    label = "store"
    verbose_name = "绩效自评数据"
    default_auto_field = "django.db.models.BigAutoField"
