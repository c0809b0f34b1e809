"""Benchmarks: every summarizer (ours, baselines, published peers) x every public dataset, in one run.

Run ``python -m benchmarks.run`` (``--help`` for the flags); the report lands in ``benchmarks/reports/<name>/``.
See ``benchmarks/README.md`` for the budget rule, the peers' isolated environments and the worker protocol.
"""
