"""A list whose last two items are joined by a conjunction instead of ``、`` (``提出了A、B及C等对策``; ``将造成A、B及C
等问题，…提出D、E及F等对策``): each item is a point of its own (Part 98's 5387, Part 99's 5442 kinds). Texts written
for these tests."""

from costs import assert_linear

from summarizer import points as P
from summarizer import aspects as asp
from summarizer.pipeline import summarize_document


def _points(text: str) -> dict[str, list[str]]:
    return {side: [p.text for e in summarize_document(text).essays for p in getattr(e, side)]
            for side in ("challenges", "recommendations")}


def test_proposed_measures_last_two_joined_by_ji():
    text = ("摘要:社区食堂是居家养老的重要补充。本文在调查三个街道社区食堂的基础上,提出了引入专业餐饮企业托管、"
            "建立老年人就餐补贴档案及推行错峰分时就餐等建议,希望为其他街道提供参考。\n")
    rec = _points(text)["recommendations"]
    assert any(p.endswith("建立老年人就餐补贴档案") for p in rec)
    assert any(p.startswith("推行错峰分时就餐") for p in rec)


def test_proposed_measures_traditional_with_he():
    text = "摘要:本研究針對偏遠學校師資流動的現象,提出了提高偏遠加給、放寬教師介聘年限和增設代理教師員額等對策。\n"
    rec = _points(text)["recommendations"]
    assert any("放寬教師介聘年限" in p and "增設" not in p for p in rec)
    assert any(p.startswith("增設代理教師員額") for p in rec)


def test_split_keeps_noun_conjunction_inside_item():
    text = "提出了完善考核办法、加强县与乡的衔接、健全奖惩机制等对策"
    items = P.split_joined_last(text, P.enumeration_spans(text, 3, text.index("等")), asp.RECOMMENDATION)
    assert [text[x:y] for x, y in items] == ["完善考核办法", "加强县与乡的衔接", "健全奖惩机制"]
    text = "提出了完善考核办法、加强县与乡的衔接及健全奖惩机制等对策"
    items = P.split_joined_last(text, P.enumeration_spans(text, 3, text.index("等")), asp.RECOMMENDATION)
    assert [text[x:y] for x, y in items] == ["完善考核办法", "加强县与乡的衔接", "健全奖惩机制"]


def test_split_leaves_noun_pair_whole():
    text = "提出了完善考核办法、健全城市与乡村的协作机制等对策"
    items = P.split_joined_last(text, P.enumeration_spans(text, 3, text.index("等")), asp.RECOMMENDATION)
    assert [text[x:y] for x, y in items] == ["完善考核办法", "健全城市与乡村的协作机制"]


def test_consequences_before_countermeasures_are_challenges():
    text = ("本镇外出务工人口逐年增加。青壮年人口的外流,将导致耕地撂荒严重、留守儿童缺乏照料及村级组织后继乏人等问题,"
            "镇政府因此提出发展特色种植、兴办托管中心及培养本土干部等措施,以留住人口。\n")
    got = _points(text)
    assert any(p.startswith("耕地撂荒严重") for p in got["challenges"])
    assert any(p.startswith("留守儿童缺乏照料") for p in got["challenges"])
    assert not any("托管中心" in p for p in got["challenges"])
    assert any("兴办托管中心" in p for p in got["recommendations"])


def test_averted_consequences_are_no_challenges():
    text = "为避免造成资源重复投入、设施闲置浪费等问题,县里提出统一规划布局、建立共享机制、加强后期管护等措施。"
    assert P.consequence_enumeration(text, 0, text.index("县里")) == []


def test_consequence_and_split_linear():
    assert_linear(lambda n: P.split_joined_last("提出" + "和" * n, [(0, 1), (2, 2 + n)], asp.RECOMMENDATION),
                  20_000, "a last item of conjunctions")
    assert_linear(lambda n: P.consequence_enumeration("造成" + "问题" * n, 0, 2 + 2 * n), 20_000,
                  "a consequence verb and no list")
    assert_linear(lambda n: P.consequence_enumeration("造成资源浪费、" * n + "等问题", 0, 7 * n + 3), 5_000,
                  "a long consequence list")
    assert_linear(lambda n: summarize_document("将造成甲、乙及丙等问题,提出加强甲、完善乙及健全丙等措施。\n" * n),
                  20, "many consequence and measure sentences")


def test_markdown_escaped_list_markers_read_as_markers():
    from summarizer.markup import markup_edits
    text = "二、存在的问题\n\\\\(一\\\\)台账登记随意\n\\（2\\）培训流于形式\n"
    out, last = [], 0
    for a, b, repl, _ in sorted(e for e in markup_edits(text) if e[3] == "markdown"):
        out.append(text[last:a] + repl)
        last = b
    out.append(text[last:])
    assert "".join(out) == "二、存在的问题\n(一)台账登记随意\n（2）培训流于形式\n"
    assert_linear(lambda n: markup_edits("\\\\(" * n), 20_000, "escaped brackets and no marker")
    assert_linear(lambda n: markup_edits("\\\\(一\\\\)好。\n" * n), 5_000, "many escaped markers")
