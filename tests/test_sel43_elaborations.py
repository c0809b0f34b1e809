"""sel43: an addition of the sentence selector that elaborates a heading's or list item's rule point is dropped."""

from types import SimpleNamespace

from costs import assert_linear

from summarizer import aspects as asp
from summarizer.points import RawPoint
from summarizer.sentence_selector import elaborations_dropped

TEXT = ("一、基层应急物资储备不足\n部分社区口罩和消毒液长期短缺，一线人员只能自备。\n"
        "二、宣传教育方式单一\n很多居民获取信息的渠道有限。\n")


def _layout(text, headings=(), markers=()):
    ih = [False] * len(text)
    for a, b in headings:
        for i in range(a, b):
            ih[i] = True
    return SimpleNamespace(in_heading=ih, markers=list(markers))


def _span(text, piece):
    a = text.index(piece)
    return a, a + len(piece)


def test_body_sentence_under_a_heading_point_is_dropped_but_not_under_the_next_heading():
    h1 = _span(TEXT, "一、基层应急物资储备不足")
    h2 = _span(TEXT, "二、宣传教育方式单一")
    layout = _layout(TEXT, headings=(h1, h2))
    taken = {asp.CHALLENGE: [RawPoint(asp.CHALLENGE, h1[0] + 2, h1[1], 1.0)], asp.RECOMMENDATION: []}
    body1 = _span(TEXT, "部分社区口罩和消毒液长期短缺")
    body2 = _span(TEXT, "很多居民获取信息的渠道有限")
    added = {asp.CHALLENGE: [RawPoint(asp.CHALLENGE, *body1, 0.5), RawPoint(asp.CHALLENGE, *body2, 0.5)],
             asp.RECOMMENDATION: [RawPoint(asp.RECOMMENDATION, *body1, 0.5)]}
    out = elaborations_dropped(layout, taken, added)
    assert [(p.start, p.end) for p in out[asp.CHALLENGE]] == [body2]  # under heading two: no point there
    assert [(p.start, p.end) for p in out[asp.RECOMMENDATION]] == [body1]  # another aspect: kept
    assert len(added[asp.CHALLENGE]) == 2  # the input is unchanged


def test_body_of_a_list_item_point_is_dropped_and_a_plain_sentence_point_leaves_it():
    text = "（1）服务下沉不够。许多村庄没有固定服务点。\n另外，人员流失严重。\n"
    item = _span(text, "服务下沉不够")
    body = _span(text, "许多村庄没有固定服务点")
    layout = _layout(text, markers=(0,))
    taken = {asp.CHALLENGE: [RawPoint(asp.CHALLENGE, *item, 1.0)]}
    added = {asp.CHALLENGE: [RawPoint(asp.CHALLENGE, *body, 0.5)]}
    assert elaborations_dropped(layout, taken, added)[asp.CHALLENGE] == []
    plain = _span(text, "人员流失严重")
    taken = {asp.CHALLENGE: [RawPoint(asp.CHALLENGE, *plain, 1.0)]}
    after = (plain[1] + 1, plain[1] + 3)
    added = {asp.CHALLENGE: [RawPoint(asp.CHALLENGE, *after, 0.5)]}
    assert len(elaborations_dropped(_layout(text), taken, added)[asp.CHALLENGE]) == 1


def test_elaborations_dropped_is_linear():
    def run(n):
        layout = _layout("x" * n, headings=[(i, i + 3) for i in range(0, n, 10)], markers=range(5, n, 10))
        taken = {asp.CHALLENGE: [RawPoint(asp.CHALLENGE, i, i + 3, 1.0) for i in range(0, n, 10)]}
        added = {asp.CHALLENGE: [RawPoint(asp.CHALLENGE, i + 4, i + 8, 0.5) for i in range(0, n, 10)]}
        return elaborations_dropped(layout, taken, added)
    assert run(100_000)[asp.CHALLENGE] == []
    assert_linear(run, 2_000, "headings with elaborations")


ESSAY = ("关于加强农村饮水安全的几点建议\n\n"
         "近年来，我县农村饮水条件明显改善。但调研发现，仍有一些短板。一是管网老化，部分村庄漏损严重。"
         "二是水质监测不到位，检测频次偏低。\n\n为此，要加快管网改造，逐村排查老旧管道。"
         "同时，应当健全水质监测制度，每季度公开检测结果。\n")


def _points(options):
    from summarizer import summarize
    essays = summarize(ESSAY, options=options).essays
    return [(k, p.text) for e in essays for k, ps in (("c", e.challenges), ("r", e.recommendations)) for p in ps]


def test_selector_with_linear_and_nothing_on_equals_the_linear_model():
    from summarizer.aspect_model import using
    from summarizer.schema import SummarizeOptions
    from summarizer.sentence_selector import SentenceSelector, load_selector
    base = load_selector()
    idle = SentenceSelector(base.trees, [], 2.0, 2.0, 2.0, with_linear=True, elaborations_guard=True)
    idle.vocab = base.vocab
    off = _points(SummarizeOptions())
    with using(idle):
        assert _points(SummarizeOptions()) == off
