"""Where the digest's per-article analysis runs: in this process, or on Dask.

The only expensive, parallel step of a digest is the per-article analysis
(``build.analyse_for_digest``: the brief and its embeddings), a pure function of
two picklable values. :class:`InProcess` runs it here, one
article after another; :class:`DaskRunner` ships it as Dask tasks to a cluster
(an existing scheduler, or a ``LocalCluster`` with one worker per core). Both
yield ``(index, result, error)`` as articles finish, so the caller caches each
result as soon as it arrives and a crash late in the run loses nothing.

Workers load the models once each: the stages cache their models per process
(``get_summariser``, ``get_encoder``, the spaCy loader), and a worker process
lives for many tasks. A worker that dies mid-task has its task rescheduled by
the Dask scheduler on another worker (up to ``distributed.scheduler.allowed-failures``
times, default 3); after that the article is reported as failed like any bad input.
"""

from __future__ import annotations

import logging
import os
from typing import Any, Callable, Iterator, Optional, Union

from ..errors import BriefgenError, ClusterError
from ..models import Article

Outcome = tuple[Optional[Any], Optional[str]]  # (result, None) or (None, reason)
AnalyseFn = Callable[[Article, object], Any]

log = logging.getLogger(__name__)


def analyse_one(analyse_fn: AnalyseFn, article: Article, options: object) -> Outcome:
    """Run one article; its errors become data, so one bad article never stops a digest.

    Runs on Dask workers too, so it must not raise for anything the article causes.
    """
    try:
        return analyse_fn(article, options), None
    except Exception as exc:  # noqa: BLE001 - reported per article, never fatal
        reason = str(exc) if isinstance(exc, BriefgenError) else f"{type(exc).__name__}: {exc}"
        return None, reason.removeprefix(article.input + ": ")


class InProcess:
    """Today's default: analyse in this process, in input order."""

    def run(self, articles: list[Article], options: object, analyse_fn: AnalyseFn) -> Iterator[tuple[int, Any, Optional[str]]]:
        for i, article in enumerate(articles):
            yield (i, *analyse_one(analyse_fn, article, options))

    def close(self) -> None:
        pass


class DaskRunner:
    """Per-article analysis as Dask tasks on ``address`` (``tcp://host:8786``) or ``"local"``.

    The client (and, for ``"local"``, the cluster) starts on first use, so a digest
    whose articles are all cached never touches the cluster.
    """

    def __init__(self, address: str, n_workers: Optional[int] = None, connect_timeout: float = 20.0) -> None:
        self.address = address
        self.n_workers = n_workers
        self.connect_timeout = connect_timeout
        self._client = None
        self._cluster = None

    def _connect(self):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ClusterError(
                "--scheduler needs Dask: pip install 'briefgen[cluster]' (dask and distributed)"
            ) from None
        if self._client is not None:
            return self._client
        try:
            if self.address == "local":
                # one single-threaded worker process per core: spaCy is single-threaded
                # and the Nanny sets OMP_NUM_THREADS=1, so torch does not oversubscribe
                self._cluster = LocalCluster(
                    n_workers=self.n_workers or os.cpu_count() or 1,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
                self._client = Client(self._cluster)
            else:
                self._client = Client(self.address, timeout=f"{self.connect_timeout}s")
        except (OSError, TimeoutError) as exc:
            self.close()
            raise ClusterError(f"cannot reach Dask scheduler {self.address}: {exc}") from None
        return self._client

    def run(self, articles: list[Article], options: object, analyse_fn: AnalyseFn) -> Iterator[tuple[int, Any, Optional[str]]]:
        if not articles:
            return
        client = self._connect()  # first: it turns a missing Dask into a clear error
        from distributed import as_completed

        # articles are small: each task carries its own; pure=False gives every task a
        # fresh key, so two digests on one cluster never share (or cancel) each other's tasks
        futures = [client.submit(analyse_one, analyse_fn, article, options, pure=False) for article in articles]
        index = {f.key: i for i, f in enumerate(futures)}
        try:
            for future in as_completed(futures):
                i = index[future.key]
                try:
                    brief, error = future.result()
                except Exception as exc:  # noqa: BLE001 - e.g. KilledWorker after repeated worker deaths
                    brief, error = None, f"analysis failed on the cluster: {type(exc).__name__}: {exc}"
                future.release()
                yield i, brief, error
        finally:
            for future in futures:
                future.cancel()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


Runner = Union[InProcess, DaskRunner]


def make_runner(scheduler: Optional[str], connect_timeout: float = 20.0) -> Runner:
    """``None``/empty: in-process; ``"local"``: a LocalCluster; else a scheduler address."""
    if not scheduler:
        return InProcess()
    if scheduler != "local" and "://" not in scheduler:
        scheduler = f"tcp://{scheduler}"
    return DaskRunner(scheduler, connect_timeout=connect_timeout)
