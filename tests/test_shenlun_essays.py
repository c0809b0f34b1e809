"""申论 essays (issue 8, kinds 2, 3 and 4): how model essays stored as CSV records are written — paragraphs that open
with their point, sections opened by a sentence, inline enumerations, exam material and a reviewer's comment around
the essay. Every essay here is written for the test (none is copied from a dev or corpus document)."""

from aspect_helpers import points as _points


def test_problems_announced_inside_a_status_section_are_challenges():
    # a 现状 section praises first, then turns to the problems with a lead-in (…还有不少问题有待解决。一是…): the list is
    # the essay's problems, not part of the status report
    text = ("发展乡村养老服务\n"
            "乡村养老服务的现状\n"
            "近年来，各地加大投入，乡村养老服务体系初步建立，覆盖面不断扩大。"
            "但也要看到，当前乡村养老服务还有不少问题有待解决。"
            "一是护理人员数量偏少。多数护理人员是留守妇女，流动性很大。"
            "二是服务设施利用率低。一些养老院常年空置。"
            "三是资金来源单一。\n"
            "推进乡村养老服务的对策\n"
            "一是加强护理队伍建设。二是盘活闲置设施。三是拓宽资金渠道。\n")
    challenges, recommendations = _points(text)
    assert challenges == ["护理人员数量偏少", "服务设施利用率低", "资金来源单一"]
    assert recommendations == ["加强护理队伍建设", "盘活闲置设施", "拓宽资金渠道"]


def test_a_status_section_that_lists_achievements_gives_no_point():
    text = ("发展乡村养老服务\n"
            "乡村养老服务的现状\n"
            "近年来，各地加大投入，取得了以下成绩。一是养老院实现乡镇全覆盖。二是护理补贴逐年提高。\n"
            "推进乡村养老服务的对策\n"
            "一是加强护理队伍建设。二是盘活闲置设施。\n")
    challenges, recommendations = _points(text)
    assert challenges == []
    assert recommendations == ["加强护理队伍建设", "盘活闲置设施"]


def test_the_exam_material_column_that_opens_a_record_is_no_essay_text():
    # 【背景材料】 first: a column tag, never the essay's title; the problems listed in the material are the exam's
    text = ("【背景材料】\n"
            "当前，城市停车难问题突出，主要表现在三个方面：一是车位缺口大。二是收费标准乱。三是违停现象多。\n"
            "【题目】\n"
            "请结合给定材料，自拟题目，写一篇文章。\n"
            "【范文】\n"
            "让停车不再难\n"
            "停车难是城市治理的一道考题。停车场规划滞后，新建小区配建车位不足，是停车难的主要原因。"
            "首先，要科学规划停车设施。其次，要推行错时共享停车。最后，要加强违停执法。\n")
    challenges, recommendations = _points(text)
    assert not any(c in ("车位缺口大", "收费标准乱", "违停现象多") for c in challenges)
    assert recommendations == ["要科学规划停车设施", "要推行错时共享停车", "要加强违停执法"]


def test_first_then_finally_after_a_lead_in_that_names_the_problems_are_points():
    # 却面临种种困难：首先是…其次是…最后是… — the lead-in names the aspect and ends in a colon: a list of problems
    text = ("推进社区垃圾分类\n"
            "垃圾分类是新时尚。然而，社区推进垃圾分类却面临种种困难：首先是居民参与意愿不强。很多居民嫌麻烦。"
            "其次是分类设施配置不足。一些老旧小区没有分类垃圾桶。最后是监督考核机制缺位。\n"
            "对此，建议加强宣传引导，完善设施配置，建立考核机制。\n")
    challenges, _ = _points(text)
    assert challenges == ["居民参与意愿不强", "分类设施配置不足", "监督考核机制缺位"]


def test_first_then_finally_without_an_announcing_lead_in_stay_steps_of_the_argument():
    # no lead-in names an aspect before 首先: the run orders an argument (here, the steps of a procedure)
    text = ("社区议事会怎样开\n"
            "社区议事会的流程并不复杂：首先是居民提出议题。其次是议事会讨论表决。最后是居委会公示结果。\n")
    challenges, recommendations = _points(text)
    assert challenges == [] and recommendations == []


def test_a_reviewers_comment_after_the_essay_gives_no_point():
    # a model-essay page ends with the reviewer's comment (文章从……开篇，……): it quotes the essay's measures as
    # 一是…；二是…, but states no point of its own
    text = ("让旧衣服“活”起来\n"
            "旧衣服随意丢弃，既浪费资源，又污染环境。一些小区回收箱设置不足，回收渠道不畅。\n"
            "解决这些问题，需要多方发力。\n"
            "完善回收网络。在每个小区设置回收箱，定期清运。\n"
            "规范回收企业。对回收企业实行备案管理，公开衣物去向。\n"
            "文章从旧衣服随意丢弃的现象开篇，结构完整，层次分明。"
            "在主体部分，作者指出破解旧衣回收难题的关键在两个环节：一是减少丢弃；二是循环利用。"
            "全文语言流畅，论证充分。\n")
    challenges, recommendations = _points(text)
    assert recommendations == ["完善回收网络", "规范回收企业"]
    assert not any("丢弃" in p or "循环利用" in p for p in challenges + recommendations if "随意丢弃" not in p)


def test_an_essay_that_opens_with_its_topic_is_not_a_review():
    # 本文/文章 openings in the first half of an essay are no reviewer's comment (position guard)
    from summarizer.points import review_start
    from summarizer.sentences import split_sentences
    text = "文章结构完整，论证充分。\n旧衣回收渠道不畅。\n完善回收网络。\n全文语言流畅，层次分明，论证有力。\n"
    sentences = split_sentences(text)
    assert review_start(text, sentences) == text.index("全文")
    assert review_start("旧衣回收渠道不畅。\n完善回收网络。\n", split_sentences("旧衣回收渠道不畅。\n完善回收网络。\n")) \
        == len("旧衣回收渠道不畅。\n完善回收网络。\n")


def test_existence_statements_state_problems():
    from summarizer.aspects import states_existence
    assert states_existence("同时，一些路段还存在着违规占道经营的现象。")
    assert states_existence("老旧小区仍存在管线老化、消防通道堵塞以及停车位紧张等问题。")
    assert states_existence("不少青年存在着“只进大城市”的错误择业观念，这影响了他们就业。")
    # negated, questioned, a modifier, a purpose, or a noun that opens a clause of its own: no statement of a problem
    assert not states_existence("这一做法并不存在任何风险。")
    assert not states_existence("检查中是否存在问题？")
    assert not states_existence("当前存在的问题主要有三个。")
    assert not states_existence("如果存在安全隐患，应立即整改。")
    assert not states_existence("目前仍存在一些问题尚未取得突破性进展。")


def test_an_existence_statement_in_prose_is_a_challenge_point():
    text = ("整治城市占道经营\n"
            "近年来，城市管理水平不断提高，市容市貌明显改善。"
            "但一些老城区还存在着违规占道经营的现象，夜市摊点油烟扰民。\n"
            "对此，城管部门应划定疏导区域，建立摊点登记制度。\n")
    challenges, recommendations = _points(text)
    assert challenges == ["一些老城区还存在着违规占道经营的现象，夜市摊点油烟扰民"]
    assert recommendations and recommendations[0].startswith("城管部门应划定疏导区域")


def test_a_paragraph_opened_by_its_problem_and_measure_is_one_point():
    # 解决X问题，需要Y。 opens each paragraph as its run-in heading: the heading is the point, the measures that argue
    # it are its body; a problem the argument states (the region turns) is still a challenge
    text = ("让停车不再难\n"
            "停车难是城市治理的一道考题。\n"
            "解决停车难问题，需要优化停车设施规划。当前，很多老旧小区车位配比偏低。"
            "要在新建小区提高车位配建标准。同时，要在老旧小区挖潜增位，加快建设立体车库。\n"
            "解决停车难问题，需要推行错时共享停车。要鼓励机关、医院的停车场在夜间向居民开放。"
            "要开发共享停车平台，实时发布空余车位。\n")
    challenges, recommendations = _points(text)
    assert recommendations == ["解决停车难问题，需要优化停车设施规划", "解决停车难问题，需要推行错时共享停车"]
    assert challenges == ["很多老旧小区车位配比偏低"]


def test_a_bare_imperative_topic_heads_its_paragraph_of_measures():
    # 申论 topic sentence (建立旧衣回收网络。) over a paragraph whose sentences are themselves measures: the topic is the
    # point, its argument is not a list of more points
    text = ("让旧衣服“活”起来\n"
            "旧衣服随意丢弃，既浪费资源，又污染环境。\n"
            "解决这些问题，需要多方发力。\n"
            "建立旧衣回收网络。要在每个小区设置回收箱。要定期清运，及时公开衣物去向。"
            "还要建立回收积分制度，鼓励居民参与。\n"
            "规范回收企业经营。要对回收企业实行备案管理。要严厉打击以次充好的行为。\n")
    _, recommendations = _points(text)
    assert recommendations == ["建立旧衣回收网络", "规范回收企业经营"]


def test_a_run_in_measure_heading_is_never_a_fallback_problem():
    # an essay with measures only: 直面…短板 opens a measure item, it is no problem of the essay however its object
    # is worded
    text = ("办好社区食堂\n"
            "办好社区食堂，笔者有以下几点建议。一是直面群众难题，补齐助餐短板。二是盘活闲置用房，降低运营成本。"
            "三是引入社会力量，提升服务质量。\n")
    challenges, recommendations = _points(text)
    assert challenges == []
    assert recommendations == ["直面群众难题，补齐助餐短板", "盘活闲置用房，降低运营成本", "引入社会力量，提升服务质量"]
