"""The load test's inputs: one essay of the asked size (issue 9's latency target) or a collection."""

from benchmarks.load_test import essay_of, single_essay_of
from summarizer import summarize


def test_the_essay_shape_is_one_essay_of_about_the_asked_size(seed_text):
    text = single_essay_of(5000)
    assert 4500 <= len(text) <= 5000
    assert len(summarize(text).essays) == 1


def test_the_collection_shape_is_several_numbered_example_essays():
    text = essay_of(5000)
    assert 4500 <= len(text) <= 5000
    assert len(summarize(text).essays) >= 10
