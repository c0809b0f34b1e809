"""Prometheus metrics of the service, served at ``GET /metrics`` (text exposition format).

=========================================  =========  ===================================================
Metric                                     Type       Labels / meaning
=========================================  =========  ===================================================
``summarizer_http_requests_total``         counter    ``method``, ``route`` (the route template, ``other``
                                                      for unknown paths), ``status``
``summarizer_http_request_duration_seconds`` histogram ``method``, ``route``: time to answer, seconds
``summarizer_document_characters``         histogram  ``endpoint``: characters of each document summarized
                                                      (after reading a file; one per batch item)
``summarizer_documents_total``             counter    ``endpoint``, ``outcome`` (``ok`` or the error type)
``summarizer_jobs_in_flight``              gauge      summaries running or waiting for a worker process
``summarizer_worker_restarts_total``       counter    ``reason``: worker processes replaced (``timeout``: killed
                                                      past the request timeout; ``died``: ended on their own)
=========================================  =========  ===================================================

Each :func:`service.app.create_app` has its own registry. Under ``summarizer serve --workers N`` the worker
processes share their figures through prometheus-client's multiprocess mode: ``summarizer serve`` sets
``PROMETHEUS_MULTIPROC_DIR`` to a fresh directory when it is not set, and ``/metrics`` then sums every
process's figures.
"""

from __future__ import annotations

import os

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, disable_created_metrics, generate_latest
from prometheus_client import CONTENT_TYPE_LATEST as CONTENT_TYPE  # noqa: N811 - re-exported

__all__ = ["Metrics", "CONTENT_TYPE"]

#: Latency buckets in seconds: a 1,000-character essay takes ~20 ms, a 100,000-character one ~1.5 s.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)
#: Document size buckets in characters.
CHARACTER_BUCKETS = (100, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000)


def _multiprocess_dir() -> str | None:
    path = os.environ.get("PROMETHEUS_MULTIPROC_DIR") or os.environ.get("prometheus_multiproc_dir")
    return path if path and os.path.isdir(path) else None


class Metrics:
    """The service's metrics on their own registry (so several apps in one process do not clash)."""

    def __init__(self) -> None:
        # no *_created series: they double the output and say nothing here (a process-wide prometheus-client
        # setting, made when an app is created rather than when this module is imported)
        disable_created_metrics()
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "summarizer_http_requests", "HTTP requests answered.", ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "summarizer_http_request_duration_seconds", "Time to answer an HTTP request, in seconds.",
            ["method", "route"], buckets=LATENCY_BUCKETS, registry=self.registry,
        )
        self.characters = Histogram(
            "summarizer_document_characters", "Characters of each document summarized.", ["endpoint"],
            buckets=CHARACTER_BUCKETS, registry=self.registry,
        )
        self.documents = Counter(
            "summarizer_documents", "Documents summarized (outcome 'ok') or refused (outcome: the error type).",
            ["endpoint", "outcome"], registry=self.registry,
        )
        self.jobs_in_flight = Gauge(
            "summarizer_jobs_in_flight", "Summaries running or waiting for a worker process.",
            registry=self.registry, multiprocess_mode="livesum",
        )
        self.worker_restarts = Counter(
            "summarizer_worker_restarts", "Worker processes replaced: killed past the request timeout (reason "
            "'timeout') or ended on their own (reason 'died').", ["reason"], registry=self.registry,
        )

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        self.requests.labels(method, route, str(status)).inc()
        self.latency.labels(method, route).observe(seconds)

    def observe_document(self, endpoint: str, characters: int | None, outcome: str = "ok") -> None:
        """Count a document by outcome; its characters go to the histogram only when it was summarized."""
        if characters is not None and outcome == "ok":
            self.characters.labels(endpoint).observe(characters)
        self.documents.labels(endpoint, outcome).inc()

    def render(self) -> bytes:
        """The exposition text: this registry, or every process's figures in multiprocess mode."""
        directory = _multiprocess_dir()
        if directory is None:
            return generate_latest(self.registry)
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry, path=directory)
        return generate_latest(registry)
