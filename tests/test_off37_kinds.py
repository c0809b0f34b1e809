"""off37: leftover kinds of Parts 54 and 63, as small texts of the tests' own: the section after a paywall's omission
marker is no part of the section open before it, a clause that opens with a measure verb in the perfective narrates
a measure taken (no recommendation, also the learned model's), and proposals announced as following state none."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points as pts
from summarizer import structure as st
from summarizer.pipeline import summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def test_omission_marker_closes_the_open_section():
    head = "一、上半年工作成效\n一是聚焦基层组织，开展示范建设行动。出台三张清单。\n二是聚焦基本活动，创新学习载体，"
    tail = "二是组织生活不实。支部组织生活时间常常被业务工作挤占，造成组织生活存在被动应付现象；批评与自我批评不够。\n"
    marker = "……（某某网省略680字，正式会员可完整阅读）……"
    text = head + marker + tail
    assert st.omission_cuts(text) == [text.index("省略"), text.index("可完整阅读")]
    cut = text.index("省略")
    assert all(it.end <= cut for it in st.parse(text).items)  # no region runs past the marker
    ch, _ = _points(text)
    assert any("常常被业务工作挤占" in p for p in ch)
    ch, _ = _points(head + "……\n" + tail)  # no marker: the text is the achievements section's still
    assert not any("常常被业务工作挤占" in p for p in ch)
    assert st.omission_cuts("本文阅读量很大，省略号很多。") == []  # (省略 with no count of characters: no marker)


def test_omission_cut_is_linear():
    assert_linear(lambda n: st.parse("一、成效\n" + "此处省略一是加强学习。" * n), 200, "markers and items")
    assert_linear(lambda n: st.omission_cuts("省" * n + "省略12字"), 5_000, "a long line")


def test_perfective_measure_clause_is_no_recommendation():
    assert asp.opens_perfective("建立完善了村级财务管理等文件")
    assert asp.opens_perfective("出台了农村集体资产管理办法")
    assert not asp.opens_perfective("建立完善村级财务管理制度")
    assert not asp.opens_perfective("加强了解群众诉求")  # (了解 is a verb of its own)
    _, rec = _points("近日，某县巡察组进驻某镇开展常规巡察，群众反映某村集体收益长期未公布。\n"
                     "某县坚持问题导向，督促有关部门联合开展专项治理，率先出台村级内部审计制度，"
                     "建立完善了村办食堂规范管理、集体资产管理等文件，推动各村细化资金收支制度。\n")
    assert not any(p.startswith("建立完善了") for p in rec)


def test_proposals_announced_as_following_are_no_recommendation():
    assert pts.announces_proposals("为了把握上述机遇，研究会提出以下政策框架，共六个建议，希望提升本市的吸引力")
    assert pts.announces_proposals("课题组提出如下几点建议。")
    # the list after a colon may be the point; a proposal stated is one
    assert not pts.announces_proposals("课题组提出以下建议：一是增加公共停车位，二是延长地铁运营时间")
    assert not pts.announces_proposals("提出建议，希望在规划中增加停车位")
    assert_linear(lambda n: pts.announces_proposals("提出以下" + "政" * n + "建议"), 5_000, "a long noun phrase")
