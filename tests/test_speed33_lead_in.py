"""speed33: ``aspects._lead_in_span`` finds the lead-in's start with one ``rfind`` per sentence mark instead of a
character loop; the same span as the loop (spelled here) on small inputs written for the test."""
import random

from summarizer import aspects as asp


def _loop_span(text: str, start: int) -> tuple[int, int]:
    """The character loop ``_lead_in_span`` ran before speed33 (the reference)."""
    j = start
    while j > 0 and text[j - 1] in " \n":
        j -= 1
    floor = max(j - asp.LEAD_IN_MAX_CHARS, 0)
    k = j - 1
    while k > floor and text[k - 1] not in "。！？!?；;\n":
        k -= 1
    return max(k, 0), j


def test_lead_in_span_values():
    text = "存在困难。主要问题如下：一是资金不足"
    start = text.index("一是")
    assert asp._lead_in_span(text, start) == (5, start)  # past 。 up to the list
    assert asp._lead_in(text, start) == "主要问题如下："
    assert asp._lead_in_span("问题如下：\n一是", 6) == (0, 5)  # the line break before the list is skipped
    assert asp._lead_in_span("", 0) == (0, 0)
    assert asp._lead_in_span("一", 1) == (0, 1)
    assert asp._lead_in_span("。一", 2) == (1, 2)
    long = "。" + "字" * (asp.LEAD_IN_MAX_CHARS + 5)
    assert asp._lead_in_span(long, len(long)) == (len(long) - asp.LEAD_IN_MAX_CHARS, len(long))  # bounded look-back


def test_lead_in_span_same_as_loop():
    rng = random.Random(33)
    alphabet = "字问题。！？!?；;\n 一是，"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for start in range(len(text) + 1):
            assert asp._lead_in_span(text, start) == _loop_span(text, start), (text, start)
    text = ("字" * 150 + "。") * 3 + "一是"
    for start in range(len(text) + 1):
        assert asp._lead_in_span(text, start) == _loop_span(text, start)


def _finditer_head(text: str, start: int) -> str:
    """``points._sentence_head`` as it read before speed33 (the last ``_SENTENCE_END_RE`` match; the reference)."""
    from summarizer import points
    head = text[max(0, start - points.SENTENCE_HEAD_CHARS):start]
    ends = list(points._SENTENCE_END_RE.finditer(head))
    return head[ends[-1].end():].strip() if ends else head.strip()


def test_sentence_head_values_and_same_as_finditer():
    from summarizer import points
    text = "会议开始。刚才张同志讲得很好，希望大家落实"
    assert points._sentence_head(text, text.index("希望")) == "刚才张同志讲得很好，"
    assert points._sentence_head("一行\n 二行", 6) == "二行"
    assert points._sentence_head("", 0) == ""
    rng = random.Random(34)
    alphabet = "字问。！？!?\n ，"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for start in range(len(text) + 1):
            assert points._sentence_head(text, start) == _finditer_head(text, start), (text, start)
    text = "字" * 200 + "。" + "字" * 30
    for start in range(len(text) + 1):
        assert points._sentence_head(text, start) == _finditer_head(text, start)
