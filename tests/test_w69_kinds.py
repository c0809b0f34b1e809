"""Part 69's fault kinds fixed by w69 (report excerpts: a study's findings frame, remedies named as the key points to
seize, dash-led list lines, a literature review's cited studies), on texts of the tests' own."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer.markup import dash_item_edits
from summarizer.pipeline import summarize_document
from summarizer.points import proposed_enumeration
from summarizer.structure import parse


def _points(text):
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def test_findings_frame_is_no_imperative_opening():
    # 研究 reads as a verb in look only: the frame reports what a study found, the shortfalls after it are challenges
    assert asp.opens_with_findings("研究结果表明该市社区体育设施总量稳步增长")
    assert asp.opens_with_findings("调查发现")
    assert not asp.opens_with_findings("研究制定社区体育设施维护办法")
    assert asp.front_aspect("研究结果表明，该市体育设施稳步增长，但维护机制需进一步完善。") is None
    assert asp.front_aspect("研究制定设施维护办法，明确管理责任。") == asp.RECOMMENDATION
    ch, rec = _points("研究发现，该市社区体育设施总量稳步增长，但设施维护机制需进一步完善，"
                      "专业指导人员队伍建设有待加强。\n")
    assert any("需进一步完善" in p for p in ch) and any("有待加强" in p for p in ch)
    assert rec == []


def test_focus_list_items_are_recommendations():
    text = "因此需要多方协同，特别是要抓住完善护理补贴制度、推进医养结合、加强志愿者队伍建设等关键点。"
    aspect, items = proposed_enumeration(text, 0, len(text))
    assert aspect == asp.RECOMMENDATION
    assert [text[a:b] for a, b in items] == ["完善护理补贴制度", "推进医养结合", "加强志愿者队伍建设"]
    # topics to seize that state no measure are no list of measures
    text = "要抓住春节、国庆、中秋等重点时段。"
    assert proposed_enumeration(text, 0, len(text)) == (None, [])


def test_dash_led_lines_are_list_items():
    text = "困境依然存在：\n——从覆盖看，到村率为62%。\n——从效益看，九成网点亏损。\n"
    edits = dash_item_edits(text)
    assert [(text[a:b], repl) for a, b, repl, _ in edits] == [("——", "•"), ("——", "•")]
    # a lone dash-led line (an attribution) is no list
    assert dash_item_edits("发展才是硬道理。\n——邓小平\n") == []
    ch, _ = _points("本市快递末端网点的困境依然存在：\n——从覆盖看，全市行政村快递到村率为62%，仅为邻市的七成。\n"
                    "——从效益看，末端网点平均日均件量不足80件，九成以上网点处于亏损状态。\n")
    assert any("仅为邻市" in p for p in ch) and any("亏损" in p for p in ch)


def test_one_line_bullet_run_ends_before_next_paragraph():
    text = "存在的困难：\n• 到村率仅为邻市的七成。\n• 九成网点处于亏损状态。\n局长表示，分散经营使成本居高不下。\n"
    st = parse(text)
    bullets = [it for it in st.items if it.family == "bullet"]
    assert len(bullets) == 2
    assert text[bullets[-1].start:bullets[-1].end].strip() == "• 九成网点处于亏损状态。"


def test_literature_review_cited_findings_are_no_challenges():
    text = ("目前学界关于乡村旅游的研究较多。例如，张某和李某分别对云南、贵州的乡村旅游进行分析，认为同质化竞争严重"
            "和配套设施不足是发展中存在的主要问题；王某从游客满意度角度研究发现，游客对住宿体验的评价不高。")
    k = text.index("游客对住宿")
    assert asp.reports_reviewed_study(text, k, k + 12)
    # the author's own finding in the same paragraph is the author's
    own = "目前学界关于乡村旅游的研究较多。本文调查发现，游客对住宿体验的评价不高。"
    k = own.index("游客对住宿")
    assert not asp.reports_reviewed_study(own, k, k + 12)
    # no review lead: a finding is no cited study's
    plain = "王某从游客满意度角度研究发现，游客对住宿体验的评价不高。"
    assert not asp.reports_reviewed_study(plain, plain.index("游客对"), len(plain) - 1)


def test_new_readers_stay_linear():
    assert_linear(lambda n: dash_item_edits("——从覆盖看，到村率低。\n" * n), 2_000, "many dash-led lines")
    assert_linear(lambda n: [asp.opens_with_findings("研究结果表明" * n)], 20_000, "a long findings clause")
    assert_linear(lambda n: proposed_enumeration("要抓住" + "完善制度、" * n + "等关键点。", 0, 6 + 5 * n + 5),
                  2_000, "a long focus list")
    # every line a focus list: the lists' points replace the points under them in one pass (a filter per sentence
    # was quadratic)
    assert_linear(lambda n: summarize_document("".join(f"{i % 90 + 1}. 要抓住完善制度、推进改革等关键点。\n"
                                                       for i in range(n))), 150, "many focus-list lines")
    text = "目前学界关于乡村旅游的研究较多。" + "张某研究发现，评价不高；" * 2000
    assert_linear(lambda n: [asp.reports_reviewed_study(text, k, k + 4) for k in range(20, 20 + n)], 500,
                  "review reads per point")


def test_research_gap_is_no_challenge():
    from summarizer.points import judges_prior_research
    assert judges_prior_research("但现有研究多集中于社区养老的某一特定领域，缺乏全方位的综合性研究")
    assert judges_prior_research("已有文献对农村地区关注不足")
    assert not judges_prior_research("社区养老服务研究经费不足")
    assert not judges_prior_research("基层中医药服务能力不足")
    ch, _ = _points("近年来学术界对社区养老的研究日趋活跃，但现有研究多集中于某一特定领域，缺乏全方位的综合性研究。"
                    "调查发现，社区养老服务人员严重不足，设施老化问题突出。")
    assert not any("现有研究" in p for p in ch)
    assert any("人员严重不足" in p for p in ch)
