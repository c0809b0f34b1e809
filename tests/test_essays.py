"""Splitting a collection into essays."""

from summarizer.clean import clean
from summarizer.essays import split_essays


def _bodies(text):
    return [(e.title, text[e.start:e.end]) for e in split_essays(text)]


def test_essay_markers_split_and_the_preamble_belongs_to_no_essay():
    text = "某某范文网\n篇一:第一个标题\n第一篇正文。\n篇二：第二个标题\n第二篇正文。"
    assert _bodies(text) == [("第一个标题", "第一篇正文。"), ("第二个标题", "第二篇正文。")]


def test_di_n_pian_markers_split_too():
    text = "第一篇 网格化\n正文一。\n第二篇 数字乡村\n正文二。"
    assert _bodies(text) == [("网格化", "正文一。"), ("数字乡村", "正文二。")]


def test_text_without_markers_is_one_essay():
    text = "基层治理是国家治理的基石。要加强党建引领。"
    assert _bodies(text) == [(None, text)]


def test_repeated_title_line_splits_a_collection_without_markers():
    one, two = "乡村振兴要坚持农民主体地位。" * 16, "基层治理要发挥群众的作用。" * 16
    text = f"乡村振兴的思考1\n{one}\n乡村振兴的思考2\n{two}"
    assert _bodies(text) == [("乡村振兴的思考1", one), ("乡村振兴的思考2", two)]


def test_a_short_part_after_a_repeated_line_stays_with_the_essay_before_it():
    # a web page repeats its share bar and footer lines: what follows them is no essay
    body = "乡村振兴要坚持农民主体地位。" * 20
    text = f"乡村振兴的思考\n{body}\n关注该公众号\n扫码阅读。\n关注该公众号\n取消允许。"
    essays = split_essays(text)
    assert len(essays) == 1
    assert text[essays[0].start:essays[0].end].startswith("乡村振兴的思考\n" + body)


def test_empty_text_has_no_essay():
    assert split_essays("  \n") == []


def test_seed_has_exactly_seven_essays_in_order(seed_text):
    cleaned = clean(seed_text).text
    essays = split_essays(cleaned)
    assert len(essays) == 7
    assert [e.index for e in essays] == list(range(7))
    starts = [e.marker_start for e in essays]
    assert starts == sorted(starts)
    assert all(cleaned[e.marker_start:e.start].startswith("篇" + n) for e, n in zip(essays, "一二三四五六七"))
