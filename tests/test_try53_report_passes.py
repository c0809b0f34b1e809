"""The benchmark report's sentence about timing passes reads right for a --quick run (try53).

A --quick run sets no time target and no cap (0 s each); the report said "until 0 s were measured per dataset,
and no more once 0 s were (0: no cap)".
"""

from benchmarks.report import passes_phrase


def test_full_run_names_target_and_cap():
    meta = {"timing_max_passes": 30, "timing_seconds": 2.0, "timing_cap_seconds": 20.0}
    assert passes_phrase(meta) == "more, up to 30, until 2 s were measured per dataset, and no more once 20 s were"


def test_quick_run_says_there_is_no_time_target():
    meta = {"timing_max_passes": 30, "timing_seconds": 0.0, "timing_cap_seconds": 0.0}
    phrase = passes_phrase(meta)
    assert "0 s" not in phrase
    assert phrase == "no further pass: no time target was set"


def test_target_without_cap():
    meta = {"timing_max_passes": 5, "timing_seconds": 1.5, "timing_cap_seconds": None}
    assert passes_phrase(meta) == "more, up to 5, until 1.5 s were measured per dataset, with no cap"
