"""The lead's review of the thirtieth session: a sentence of thousands of ``；``-joined measures whose parts are points
already (``要A，B；要C，D；…``) is read in n log n (points._semicolon_measure_points counted, for each point, the parts
it lies over by scanning every part: 4,000 parts took 2.5 s in ``summarize_document``)."""
from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points
from summarizer.sentences import split_sentences


def _measures(n: int) -> str:
    return "；".join(f"要加强第{i}项基层治理能力建设，完善机制" for i in range(n)) + "。"


def _one_point_per_part(n: int) -> tuple[str, list, dict]:
    text = _measures(n)
    sentences = split_sentences(text)
    parts = points.semicolon_measures(sentences[0].text)
    out = {asp.CHALLENGE: [], asp.RECOMMENDATION: [points.RawPoint(asp.RECOMMENDATION, x, y) for x, y in parts]}
    return text, sentences, out


def test_parts_that_are_points_already_are_kept_and_none_is_added():
    text, sentences, out = _one_point_per_part(5)
    before = [(p.start, p.end) for p in out[asp.RECOMMENDATION]]
    points._semicolon_measure_points(text, sentences, out, 60, len(text))
    assert len(sentences) == 1 and len(before) == 5
    assert [(p.start, p.end) for p in out[asp.RECOMMENDATION]] == before


def test_one_point_over_the_parts_is_replaced_by_each_part():
    text = _measures(3)
    sentences = split_sentences(text)
    out = {asp.CHALLENGE: [], asp.RECOMMENDATION: [points.RawPoint(asp.RECOMMENDATION, 0, len(text) - 1)]}
    points._semicolon_measure_points(text, sentences, out, 60, len(text))
    assert [text[p.start:p.end] for p in out[asp.RECOMMENDATION]] == [
        "加强第0项基层治理能力建设，完善机制", "加强第1项基层治理能力建设，完善机制", "加强第2项基层治理能力建设，完善机制"]


def test_a_sentence_of_thousands_of_parts_and_points_costs_n_log_n():
    def run(n: int) -> None:
        text, sentences, out = _one_point_per_part(n)
        points._semicolon_measure_points(text, sentences, out, 60, len(text))
    assert_linear(run, 1000, "one sentence of n ；-joined measures, each a point")
