"""jixiao (绩效): read, score and check 项目支出绩效自评表 forms."""

__version__ = "0.1.0"
