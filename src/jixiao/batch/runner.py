"""Spread a batch's files over worker processes and hand each outcome to a sink as it arrives."""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from jixiao.batch.discover import discover
from jixiao.batch.outcome import FileOutcome, FileStatus
from jixiao.batch.worker import init_worker, process, set_known

# Files per task sent to a worker: small enough to keep both cores busy to the end, large
# enough that the pool's messaging is not the bottleneck for one-millisecond text forms.
_CHUNK = 8


class Sink(Protocol):
    """Where outcomes go (the database); ``record`` is atomic per file."""

    def known_files(self) -> dict[str, str]:
        """Content hash by path of every file recorded before, in the order recorded."""
        ...

    def record(self, outcome: FileOutcome) -> None: ...


@dataclass
class BatchStats:
    """Running totals, for the progress bar and the closing summary."""

    total: int = 0
    done: int = 0
    forms: int = 0
    error_findings: int = 0
    by_status: Counter[FileStatus] = field(default_factory=Counter)
    started: float = field(default_factory=time.perf_counter)

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def add(self, outcome: FileOutcome) -> None:
        self.done += 1
        self.forms += outcome.forms
        self.error_findings += outcome.errors
        self.by_status[outcome.status] += 1


Progress = Callable[[BatchStats], None]


def run_batch(
    paths: Iterable[Path],
    sink: Sink,
    *,
    policy: str,
    workers: int = 1,
    progress: Progress | None = None,
) -> BatchStats:
    """Check every file under ``paths``; files whose content an earlier run recorded are skipped,
    and a second copy of the same bytes in this batch is recorded as a duplicate of the first."""
    regions = {str(path): region for path, region in discover(paths)}
    stats = BatchStats(total=len(regions))
    recorded = sink.known_files()
    first_seen: dict[str, str] = {}
    for path, sha256 in recorded.items():
        first_seen.setdefault(sha256, path)
    jobs = [(path, policy) for path in regions]
    for outcome in _outcomes(jobs, frozenset(first_seen), workers):
        if outcome.status != FileStatus.SKIPPED or outcome.path not in recorded:
            # Known content under a new name is a copy of a file recorded before.
            outcome = _deduplicate(outcome, first_seen)
            sink.record(replace(outcome, region=regions[outcome.path]))
        stats.add(outcome)
        if progress is not None:
            progress(stats)
    return stats


def _deduplicate(outcome: FileOutcome, first_seen: dict[str, str]) -> FileOutcome:
    """The first file with given bytes keeps its outcome; later ones are its duplicates."""
    if not outcome.sha256:
        return outcome  # a file that could not be opened has no content to compare
    first = first_seen.setdefault(outcome.sha256, outcome.path)
    if first == outcome.path:
        return outcome
    reason = f"与 {first} 内容相同"
    return replace(outcome, status=FileStatus.DUPLICATE, reason=reason, digests=())


def _outcomes(
    jobs: list[tuple[str, str]], known: frozenset[str], workers: int
) -> Iterator[FileOutcome]:
    """Outcomes in completion order; one worker runs in this process (no pool to start)."""
    if workers <= 1 or len(jobs) <= 1:
        set_known(known)
        yield from map(process, jobs)
        return
    # forkserver: workers start clean, without the parent's threads or database connections.
    context = multiprocessing.get_context("forkserver")
    pool = context.Pool(workers, initializer=init_worker, initargs=(known,))
    try:
        yield from pool.imap_unordered(process, jobs, chunksize=_CHUNK)
        pool.close()
    except BaseException:
        pool.terminate()  # Ctrl-C or a sink failure: stop the workers, keep what is recorded
        raise
    finally:
        pool.join()
