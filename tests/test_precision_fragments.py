"""Precision of aspect points, kind by kind (issue 8, session 11): a shortcoming stated as work still awaiting
improvement (a measure's words, a problem's meaning), a span cut after its subject (a fragment that states nothing on
its own), and an announcement that counts the problems it will name. Inputs are small texts written for these
tests."""

import pytest

from summarizer import aspects as asp
from tests.aspect_helpers import points


@pytest.mark.parametrize("point, awaits", [
    # the thing first, then "still needs improving", the verb ending the clause: a shortcoming
    ("老旧管网改造工作还需要加强", True),
    ("基层干部的应急处置能力仍需进一步提高", True),
    ("农村人居环境整治的长效机制尚待健全", True),
    ("部分窗口单位的服务质量有待改进，群众满意度依然有待提升", True),
    # the object after the verb: a measure
    ("还需要加强老旧管网改造", False),
    ("社区还要进一步完善养老服务网络", False),
    # the speaker or all units addressed: a resolution, not a shortcoming
    ("我们还要进一步加强", False),
    ("各部门还需继续强化", False),
    # a point that opens by prescribing
    ("要加强队伍建设，装备保障仍需加强", False),
    ("还需加强", False),  # no subject: an exhortation
])
def test_awaits_improvement(point, awaits):
    assert asp.awaits_improvement(point) is awaits


def test_work_awaiting_improvement_is_a_challenge_of_a_report():
    """A report's paragraph of problems that states one of them as work still to be strengthened: the point is a
    challenge, not a recommendation (its 需要 is no proposal)."""
    text = ("本报讯 区长在会上表示，我们也清醒看到工作中面临的问题。"
            "一些街道的垃圾分类投放点设置不合理，居民意见较大。社区养老服务的覆盖面还不够广。"
            "老旧管网改造工作还需要加强。我们要正视困难，坚定信心。\n")
    challenges, recommendations = points(text)
    assert "老旧管网改造工作还需要加强" in challenges
    assert "老旧管网改造工作还需要加强" not in recommendations


@pytest.mark.parametrize("point, cut", [
    ("是关系千家万户切身利益的重大民生问题", True),  # the copula with no subject
    ("却是考验政府执行力的难题", True),
    ("反而是大片土地长期闲置", True),
    ("使得托育机构只能以商业形式经营", True),
    ("以致群众办事要来回跑", True),
    ("是否设立专项资金仍无定论", False),  # a question of its own
    ("老旧小区改造是一项民生工程", False),
    ("使用财政资金的项目要公开招标", False),  # 使用 is no 使得
    ("却", False),  # (too short to be read as 却是)
])
def test_opens_mid_clause(point, cut):
    assert asp.opens_mid_clause(point) is cut


@pytest.mark.parametrize("sentence", [
    "无论谁来主持下一届政府，都需要解决两大问题",
    "当前农村养老面临三大挑战",
    "社区治理存在两方面问题",
])
def test_a_counted_announcement_is_no_point(sentence):
    """A clause that counts the problems it will name (两大问题, 三大挑战) announces them; the items follow."""
    assert asp.announces_problems(sentence)
    assert asp.states_neither(sentence)


def test_a_named_problem_is_no_announcement():
    assert not asp.announces_problems("要解决群众反映强烈的停车难问题")
    assert not asp.states_neither("社区停车位严重不足，停车难问题突出")


def test_new_guards_on_long_inputs():
    """A 100,000-character line without punctuation and 10,000 tiny clauses (the guards are anchored at the end of
    the last clause or at the start: each reads its input once)."""
    line = "还需加强" + "监" * 100_000
    many = "，".join(["管理还需加强"] * 10_000)
    assert not asp.awaits_improvement(line)
    assert asp.awaits_improvement(many)
    assert not asp.opens_mid_clause(line)
    assert not asp.announces_problems(line)


@pytest.mark.parametrize("point, neither", [
    ("要建设学习型社区，居民的终身学习意识非常重要", True),  # how important something is: significance
    ("对城市更新而言，公众参与尤为重要", True),
    ("社区食堂的选址至关重要", True),
    ("要建立社区食堂，解决老人吃饭难的问题", False),  # a measure
    ("重要岗位人员流失严重", False),  # 重要 as an attribute, a problem stated
])
def test_a_clause_of_importance_states_neither(point, neither):
    assert asp.states_neither(point) is neither


@pytest.mark.parametrize("point", [
    "市政府大可把闲置校舍改作长者日间中心，先解决照顾人手不足的问题",  # a gentle proposal, then its purpose
    "不妨从社区试点做起，以缓解停车难的矛盾",
    "区政府要增加托育名额，从而化解双职工家庭接送难的问题",
])
def test_a_measure_with_its_purpose_is_a_recommendation(point):
    """A measure followed by the problem it removes (…，先解决…问题; …，以缓解…矛盾) recommends: a challenge point
    with such text moves to the recommendations (:func:`summarizer.aspects.recommends_outright`)."""
    assert asp.recommends_outright(point)


@pytest.mark.parametrize("point", [
    "照顾人手不足，市政府大可把闲置校舍改作长者日间中心",  # the problem stated before the measure
    "停车位严重不足，居民怨声载道",
])
def test_a_problem_stated_before_a_measure_stays_a_challenge(point):
    assert not asp.recommends_outright(point)


@pytest.mark.parametrize("point, cut", [
    ("就很难做到统筹兼顾", True),  # a consequence cut from its condition
    ("就难以调动基层的积极性", True),
    ("就应该加大对困难家庭的支援", False),  # a measure after its condition
])
def test_a_consequence_cut_from_its_condition(point, cut):
    assert asp.opens_mid_clause(point) is cut


@pytest.mark.parametrize("point, statistic", [
    ("全县的家庭农场由五年前的不足百家增加到目前的860家", True),  # 不足百家: "fewer than", a quantity
    ("针对检查中发现的漏洞，新建和修订管理制度12项", True),  # the problem the work addressed, then a count
    ("全县家庭农场不足百家，规模经营水平偏低", False),  # a shortcoming stated besides the figure
    ("针对检查中发现的漏洞，要在年底前修订管理制度12项", False),  # a plan
])
def test_fewer_than_and_addressed_problems_in_statistics(point, statistic):
    assert asp.reports_statistic(point) is statistic


@pytest.mark.parametrize("sentence, announces", [
    ("目前仍有不少制约因素影响社区微更新的治理效能", True),  # the problems, then what they hold back
    ("乡镇财政存在一些问题制约发展", True),
    ("资金短缺问题制约社区微更新", False),  # a problem named (no vague quantifier)
])
def test_an_announcement_with_what_it_holds_back(sentence, announces):
    assert asp.announces_problems(sentence) is announces


@pytest.mark.parametrize("point, frame", [
    ("在落实安全生产责任、提高应急能力方面", True),
    ("在基层减负方面", True),
    ("在基层减负方面，督查检查仍然过多", False),  # the problem follows the frame
])
def test_a_frame_of_topic_only(point, frame):
    assert asp.frame_only(point) is frame


def test_having_to_face_a_problem_proposes_nothing():
    """必须面对 says what people have to live with: no measure, and no challenge moved to the measures."""
    point = "如今几乎每个家庭都必须面对照顾失能老人的问题"
    assert asp.states_no_measure(point)
    assert not asp.states_no_measure("政府必须尽快出台失能老人照护补贴")


def test_a_frame_outline_gives_its_problems_not_its_frames():
    text = ("班子对照检查材料\n"
            "一、存在的问题\n"
            "（一）在强化理论武装、提高政治能力方面\n"
            "理论学习的系统性不强，学用结合不够紧密。\n"
            "（二）在履职尽责、担当作为方面\n"
            "个别同志存在畏难情绪，攻坚克难的劲头不足。\n")
    challenges, _ = points(text)
    assert not any(c.startswith("在") and c.endswith("方面") for c in challenges)


def test_a_clause_of_a_verdict_of_significance_is_no_measure():
    """A span cut from a sentence that ends by saying what something is worth (…，具有十分重要的意义) names what the
    verdict is about; a span whose sentence goes on to a measure is not such a clause."""
    from summarizer.points import _rest_of_sentence
    text = ("坚持村务公开制度，对于化解干群矛盾，加强村级班子建设，提高村级组织的凝聚力、战斗力和号召力，"
            "具有十分重要的意义。下一步要加强村级班子建设。")
    start = text.index("加强村级班子建设")
    end = text.index("、战斗力")
    rest = _rest_of_sentence(text, end)
    assert rest == "、战斗力和号召力，具有十分重要的意义"
    assert asp.significance_of(text[start:end], rest)
    later = text.rindex("加强村级班子建设")
    assert not asp.significance_of("加强村级班子建设", _rest_of_sentence(text, later + len("加强村级班子建设")))
    assert not asp.significance_of("加强村级班子建设", "，提高村级组织的凝聚力")
    assert len(_rest_of_sentence("监" * 100_000, 0)) == 120  # a bounded window


@pytest.mark.parametrize("point, outright", [
    ("现行补贴对需要长期护理的失能老人帮助有限", False),  # 需要 modifies 老人: a problem stated
    ("需要加强对薄弱学校的投入", True),  # 需要 prescribes; the shortcoming is inside its object
])
def test_needs_inside_a_noun_modifier_is_no_modal(point, outright):
    assert asp.recommends_outright(point) is outright
