"""Batch audit (issue 6): find every file under some folders, check each in isolation, in parallel.

``discover`` walks the paths; ``worker.process`` turns one file into a ``FileOutcome`` (never an
exception); ``runner.run_batch`` spreads files over worker processes, skips content already
processed and hands each outcome to a sink (the database in ``jixiao.store``) as it arrives.
"""

from jixiao.batch.outcome import FileOutcome, FileStatus
from jixiao.batch.runner import BatchStats, run_batch

__all__ = ["BatchStats", "FileOutcome", "FileStatus", "run_batch"]
