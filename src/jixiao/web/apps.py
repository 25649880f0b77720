"""Django app configuration for the web views, templates and static files."""

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "jixiao.web"
    label = "jixiao_web"
    verbose_name = "绩效自评网站"
