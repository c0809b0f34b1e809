"""Text faults that break points (issue 8): a paragraph that ends in a comma before a blank line and an enumerated
paragraph, and pinyin annotations left by a Simplified-to-Traditional converter; background, goals, reported speech
and done work taken as points; a failing read as a measure after a concession, a consequence chosen over its failing.
Inputs are small texts written for these tests."""

import summarizer
from summarizer import aspects as asp
from summarizer.clean import clean, strip_pinyin_notes
from summarizer.evaluation.aspects import match_points
from summarizer.structure import opens_run_in
from tests.aspect_helpers import points

LEAD_IN_ESSAY = (
    "关于提高调研质量的思考\n\n"
    "当前一些调研报告质量不高，内容空泛，不符合实际。要提高调研报告质量，\n\n"
    "一方面要加强人员培训，提高材料撰写质量。培训要注重实效，结合范例开展分组讨论。\n\n"
    "另一方面要丰富调研活动，拓宽意见来源渠道。要组织人员深入基层，了解群众所思所盼。\n")


def test_comma_before_blank_line_and_run_in_item_is_a_paragraph_break():
    text = clean(LEAD_IN_ESSAY).text
    assert "要提高调研报告质量，\n一方面要加强人员培训" in text


def test_comma_line_without_blank_line_or_item_is_still_joined():
    # a hard-wrapped line (no blank line) is joined whatever opens the next line
    assert clean("要提高调研报告质量，做好以下几个方面的工作，\n一方面要加强人员培训，提高撰写质量。").text == \
        "要提高调研报告质量，做好以下几个方面的工作，一方面要加强人员培训，提高撰写质量。"
    # a page break inside a sentence (blank line, no item marker after it) is joined as before
    assert clean("近年来农村面貌明显改善。全县八成村庄基本实现了道路硬化，绿化覆盖率不断提升，\n\n"
                 "七成的农户用上了自来水。").text == \
        "近年来农村面貌明显改善。全县八成村庄基本实现了道路硬化，绿化覆盖率不断提升，七成的农户用上了自来水。"


def test_lead_in_topic_sentence_is_a_point_and_the_lead_in_clause_is_not():
    _, recs = points(LEAD_IN_ESSAY)
    assert any(r.endswith("要加强人员培训，提高材料撰写质量") for r in recs)
    assert not any("要提高调研报告质量" in r for r in recs)


def test_opens_run_in():
    assert opens_run_in("一方面要加强培训")
    assert opens_run_in("  二是完善机制")
    assert opens_run_in("首先，要明确责任")
    assert opens_run_in("第三，加强考核")
    assert not opens_run_in("一些代表建议质量不高")
    assert not opens_run_in("最后的结果")


def test_pinyin_notes_are_removed_and_offsets_kept():
    raw = "加强社區(qū)治理，做好调（diào）研工作，GDP(gdp)增长(a)。"
    c = clean(raw)
    assert c.text == "加强社區治理，做好调研工作，GDP(gdp)增长(a)。"
    assert c.removed["pinyin"] == 10  # (qū) and （diào）: 4 + 6 characters
    k = c.text.index("治理")
    assert raw[c.offsets[k]:c.offsets[k] + 2] == "治理"
    a, b = c.to_original(c.text.index("调研"), c.text.index("调研") + 2)
    assert raw[a:b] == "调（diào）研"
    assert c.markup is not None and c.markup[raw.index("(qū)")] and not c.markup[raw.index("GDP")]


def test_pinyin_notes_do_not_break_cues():
    text = ("基層治理的困境與對策\n\n"
            "一、存在的問題\n"
            "一是基層幹部負(fù)擔(dān)過重，考核檢查名目繁多。\n"
            "二是經(jīng)費保障不足，設施老化。\n"
            "二、對策建議\n"
            "一是精簡考核檢查，切實為基層減負(fù)。\n"
            "二是加大經(jīng)費投入，更新服務設施。\n")
    essay = summarizer.summarize(text).essays[0]
    chs = [p.text for p in essay.challenges]
    assert any("負擔過重" in c for c in chs)
    assert all("(" not in p.text for p in essay.challenges + essay.recommendations)


def test_strip_pinyin_notes_and_scorer_reads_gold_without_them():
    assert strip_pinyin_notes("領(lǐng)導(dǎo)干部") == "領導干部"
    assert strip_pinyin_notes("增长(GDP)与(a)项") == "增长(GDP)与(a)项"
    # a gold point copied verbatim with its notes matches the cleaned point, and the notes' letters alone
    # (shared by two different points) no longer make a match
    recalled, precise = match_points(["領(lǐng)導(dǎo)述職多、述廉少"], ["領導述職多、述廉少"])
    assert recalled == [True] and precise == [True]
    recalled, _ = match_points(["領(lǐng)導(dǎo)述職多"], ["領(lǐng)導(dǎo)干部避重就輕"])
    assert recalled == [False]


def test_pinyin_and_lead_in_rules_are_linear():
    # long inputs of the shapes the rules look at: they finish (no timing asserted, only the values)
    assert len(clean("關(" * 50_000).text) == 100_000
    assert clean("關(guān)" * 20_000).text == "關" * 20_000
    assert strip_pinyin_notes("ā" * 100_000) == "ā" * 100_000
    text = clean("要提高质量，\n\n一方面要加强培训。\n\n" * 2_000).text
    assert text.count("\n") == 2 * 2_000 - 1


# --- background and reported statements taken as points; a failing read as a measure (issue 8) ---------------------

def test_concession_main_clause():
    s = "调查发现，尽管各街道采取了错峰收运的措施，但却出现了垃圾滞留时间变长的情况"
    assert s[asp.concession_main(s):] == "出现了垃圾滞留时间变长的情况"
    s = "虽然市里出台了三项补贴办法，企业负担依然较重"  # no 但/却: no main clause marked
    assert asp.concession_main(s) is None
    assert asp.concession_main("虽然困难不少，但我们要坚定信心") == len("虽然困难不少，但")
    assert asp.concession_main("加强管理，虽然难度很大") is None  # the concession does not open the point
    assert asp.concession_main("尽管如此。但是要加强") is None  # the main clause must be in the same sentence


def test_failing_after_a_granted_measure_is_a_challenge():
    from summarizer.points import RawPoint, _neither_and_flips
    text = "近两年来，尽管区里曾采取了减少检查考核、精简各类报表的措施，但却出现了台账数量不降反增的情况。"
    out = {asp.CHALLENGE: [], asp.RECOMMENDATION: [RawPoint(asp.RECOMMENDATION, 0, len(text) - 1, 1.0)]}
    _neither_and_flips(text, out)
    assert out[asp.RECOMMENDATION] == []
    assert [text[p.start:p.end] for p in out[asp.CHALLENGE]] == ["出现了台账数量不降反增的情况"]
    # a main clause that still prescribes stays a measure
    text = "尽管困难不少，但我们要坚持减少检查考核"
    out = {asp.CHALLENGE: [], asp.RECOMMENDATION: [RawPoint(asp.RECOMMENDATION, 0, len(text), 1.0)]}
    _neither_and_flips(text, out)
    assert out[asp.CHALLENGE] == [] and len(out[asp.RECOMMENDATION]) == 1


def test_definition_with_fan_zhi_is_background():
    assert asp.states_background("“数字鸿沟”泛指不同人群在使用信息技术上的差别")
    assert asp.states_background("所谓社区微更新，通常指对小尺度公共空间的改造")


def test_reported_speech_with_a_long_speaker_is_neither():
    s = "分管城市建设工作的市政府副市长李某今年五月曾经指出，旧区改造难度很大，但总要有开始的时候"
    assert asp.states_neither(s)


def test_attention_to_a_problem_is_no_problem():
    assert asp.attends_to_problem("事实上，有关部门已不只一次关注本市的停车难问题")
    assert asp.states_neither("早在十多年前，一些公益组织就已关注农村留守儿童问题")
    assert not asp.attends_to_problem("有关部门长期不关注停车难问题")  # negated: a complaint
    assert not asp.attends_to_problem("要高度关注农村留守儿童问题")  # a measure
    assert not asp.attends_to_problem("社会各界高度关注基层负担过重问题，但干部仍疲于应付")  # a deficiency is named
    assert not asp.attends_to_problem("群众关心的问题得不到解决")  # the problem's predicate is its own


def test_failing_before_a_consequence():
    from summarizer.points import failing_before
    text = "该局受托承建文化中心工程，未按合同组织竣工验收，致场馆启用后出现屋面渗漏等多项质量问题。"
    start = text.index("致场馆")
    a, b = failing_before(text, start)
    assert text[a:b] == "未按合同组织竣工验收"
    # the clause before names no failing (a plain narration): the consequence stays the point
    text = "该局受托承建文化中心工程，致场馆启用后出现屋面渗漏等问题。"
    assert failing_before(text, text.index("致场馆")) is None
    # not a consequence: 致力于
    text = "有关部门没有按时公开信息，致力于宣传的人手也不够。"
    assert failing_before(text, text.index("致力")) is None
    # a point that does not follow a comma
    assert failing_before("致场馆出现渗漏。", 0) is None


def test_failing_before_is_bounded():
    from summarizer.points import FAILING_CLAUSE_CHARS, failing_before
    text = "未" + "办" * 10_000 + "，致场馆出现渗漏"
    assert failing_before(text, text.index("致")) is None  # the failing clause is out of reach
    text = "办理" * 10 + "，未按期验收" + "，致" * 5_000
    assert failing_before(text, text.index("，致") + 1) == (text.index("未"), text.index("，致"))
    assert FAILING_CLAUSE_CHARS == 60


def test_done_narration_is_no_measure():
    assert asp.tells_action_done("局党组已组织集中学习五次")
    assert asp.states_no_measure("目前已召开专题会议研究部署整改工作")
    assert not asp.tells_action_done("对已建立的制度要严格执行")  # a modal: still to be done
    assert not asp.tells_action_done("已成为制约发展的瓶颈")  # a state, no action
    assert not asp.tells_action_done("加强已有设施的管理")  # 已 not before the verb


def test_goals_and_significance_are_background():
    assert asp.states_background("近期目标：包括建立健全管理制度，实现人人享有基本服务")
    assert asp.states_background("总体目标是到2030年建成覆盖城乡的服务网络")
    assert not asp.states_background("以服务覆盖目标为导向，服务质量亟待提高")  # 目标为导向: no goal label
    assert asp.states_background("打造小微公共空间是提升社区治理水平的重要抓手")
    assert asp.states_neither("近期目标：包括建立健全管理制度")
