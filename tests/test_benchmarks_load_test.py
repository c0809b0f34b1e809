"""The load test's inputs: one essay of the asked size (issue 9's latency target) or a collection."""

import json

from benchmarks.load_test import essay_of, latency_section, single_essay_of
from summarizer import summarize


def test_the_essay_shape_is_one_essay_of_about_the_asked_size(seed_text):
    text = single_essay_of(5000)
    assert 4500 <= len(text) <= 5000
    assert len(summarize(text).essays) == 1


def test_the_collection_shape_is_several_numbered_example_essays():
    text = essay_of(5000)
    assert 4500 <= len(text) <= 5000
    assert len(summarize(text).essays) >= 10


def _row(shape, chars, clients, p99):
    return {"shape": shape, "chars": chars, "concurrency": clients, "rps": 10.0, "p50_ms": p99 / 2,
            "p95_ms": p99 - 1, "p99_ms": p99, "errors": 0, "worker_cpu_ms": 30.0}


def test_the_benchmark_report_gets_a_latency_section_with_the_target_verdict(tmp_path):
    assert latency_section(tmp_path) == ""  # no load test saved beside the report: no section
    for folder, shape, p99 in (("load_test", "essay", 210.3), ("load_test_collection", "collection", 494.7)):
        (tmp_path / folder).mkdir()
        rows = [_row(shape, 5000, 1, 51.0), _row(shape, 5000, 8, p99), _row(shape, 5000, 32, 1400.0)]
        (tmp_path / folder / "figures.json").write_text(json.dumps({"results": rows}), encoding="utf-8")
    section = latency_section(tmp_path)
    assert "| `load_test` | essay | 5,000 | 8 | 10.0 | 105.15 | 209.3 | 210.3 | 0 | 30.0 |" in section
    assert section.count("| `load_test_collection` | collection |") == 3
    # only the 8-client rows of 5,000 characters are judged against the 300 ms target
    assert "essay 210.3 ms: met; collection 494.7 ms: **missed by 195 ms**" in section
