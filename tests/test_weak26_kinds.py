"""weak26: kinds of missed and wrong points in free prose of the older Parts (3-22), on small inputs written for these
tests."""

from aspect_helpers import points
from summarizer import aspects as asp
from summarizer import points as pts


# Kind 1: an adversative 却 that turns to a lack or a failure (X承担了…却没有足够的…, 补助却只能择一, 却连…都买不起)

def test_contrary_lack_is_read_after_adverbs_and_even_phrases():
    assert asp.turns_to_lack("街道承担了大量事务却没有相应的经费")
    assert asp.turns_to_lack("这项补贴却始终难以落到实处")
    assert asp.turns_to_lack("很多青年却连一间小屋都租不起")
    assert asp.turns_to_lack("工人却拿不到应得的报酬")
    m = asp._contrary_lack_re().search("街道承担了大量事务却没有相应的经费")
    assert (m.start(), m.group()) == (9, "却没有")


def test_contrary_resolve_caution_or_surprise_is_no_lack():
    # negatives: a resolve (却没有放弃), a caution (却不能忽视), a surprise (却没想到), a growth (却不断增长)
    assert not asp.turns_to_lack("大家面对风雨却没有放弃")
    assert not asp.turns_to_lack("这笔开支虽小却不能忽视")
    assert not asp.turns_to_lack("他却没想到会拿到冠军")
    assert not asp.turns_to_lack("企业收入却不断增长")
    assert not asp.turns_to_lack("街道没有相应的经费")  # (no turn: other readers' business)
    # a bare 却-clause goes on the clause before it (an authority's omission there is points.omission_clauses')
    assert not asp.turns_to_lack("却未将家庭托育纳入补助")
    assert asp.turns_to_lack("政府却未将家庭托育纳入补助")


def test_contrary_lack_is_a_problem_in_an_essay():
    ch, _ = points("本区的社区工作稳步推进。街道承担了大量事务却没有相应的经费。下一步要加强保障。")
    assert ch == ["街道承担了大量事务却没有相应的经费"]
    ch, _ = points("本区的社区工作稳步推进。很多青年却连一间小屋都租不起。下一步要加强保障。")
    assert ch == ["很多青年却连一间小屋都租不起"]


def test_contrary_resolve_gives_no_problem_in_an_essay():
    ch, _ = points("本区的社区工作稳步推进。大家面对风雨却没有放弃。下一步要加强保障。")
    assert ch == []


def test_a_duty_turned_to_a_lack_is_no_duty_description():
    assert not asp.states_duty("街道负责大量事务却没有相应的经费")
    assert asp.states_duty("街道负责辖区的环境卫生")  # negative: a plain duty stays a description


def test_cue_window_of_a_long_sentence_starts_at_the_contrary_lack():
    s = ("从各地的调查情况来看，由于托管服务属于非基本公共服务的范围，街道承担了大量事务却没有相应的经费，"
         "而区里的考核压力又一年比一年更大，居民对服务质量的期待也越来越高。")
    a, b = pts.cue_window(s, 0, len(s), asp.CHALLENGE, 60)
    assert s[a:b].startswith("街道承担了大量事务却没有相应的经费")


# Kind 2: a resource that dwindles (文化能人不断减少, 耕地面积逐渐减少) starts the problem window of a long sentence

def test_dwindling_resources_are_read_with_their_gap():
    assert asp.dwindles("乡村里的手艺能人不断减少")
    assert asp.dwindles("全县耕地面积逐渐减少，")
    assert asp.dwindles("出生人口却几乎每年递减")
    m = asp._shrinking_resource_re().search("乡村里的手艺能人不断减少")
    assert (m.start(), m.group()) == (6, "能人不断减少")


def test_burdens_shrinking_or_shrinkings_prescribed_do_not_dwindle():
    # negatives: a burden shrinking is progress, a shrinking prescribed or denied is none
    assert not asp.dwindles("全县贫困人口不断减少")
    assert not asp.dwindles("要减少财政资金投入")
    assert not asp.dwindles("村民的收入没有减少")
    assert not asp.dwindles("能人不断减少的原因很多")  # (the verb must end its clause)


def test_cue_window_starts_at_the_dwindling_resource():
    s = ("乡村里的工匠、经纪人和手艺能人不断减少，高素质的经营人才严重不足，多数村庄缺劳力、缺人气、缺活力，"
         "谁来种田、谁来振兴乡村已经成为当前面临的最大困境。")
    a, b = pts.cue_window(s, 0, len(s), asp.CHALLENGE, 60)
    assert (a, s[a:b].split("，")[0]) == (0, "乡村里的工匠、经纪人和手艺能人不断减少")
    # negative: without the dwindling clause the window starts at the first shortfall
    t = "乡村里的工匠、经纪人和手艺能人非常活跃，" + s.split("，", 1)[1]
    a, b = pts.cue_window(t, 0, len(t), asp.CHALLENGE, 60)
    assert t[a:b].startswith("高素质的经营人才严重不足")


# Kind 3: a cost or a wait that keeps growing (轮候时间不断增长, 医疗支出日益增加): the growing-burden reader's words

def test_growing_costs_and_waits_are_burdens():
    assert asp.burden_growth_count("病人的轮候时间不断增长") == 1
    assert asp.burden_growth_count("家庭的医疗支出日益增加") == 1
    assert asp.burden_growth_count("生活开支不断上扬") == 1
    ch, _ = points("本市卫生工作稳步推进。家庭的医疗支出日益增加。下一步要加强保障。")
    assert ch == ["家庭的医疗支出日益增加"]


def test_growing_income_or_a_denied_growth_is_no_burden():
    # negatives: what is good to have more of, and a growth denied
    assert asp.burden_growth_count("财政收入日益增加") == 0
    assert asp.burden_growth_count("家庭的医疗支出没有增加") == 0
    ch, _ = points("本市卫生工作稳步推进。居民的收入日益增加。下一步要加强保障。")
    assert ch == []


# Kind 4: a wish that someone be able to or soon take an action (部分居民希望物业能增设…, 希望能够提高…)

def test_wish_for_an_action_is_an_appeal():
    m = asp._wish_for_action_re().search("部分居民希望服务中心能增设夜间窗口")
    assert (m.group("who"), m.end()) == ("部分居民", 13)
    assert asp.prescribes("部分居民希望服务中心能增设夜间窗口")
    _, rec = points("社区服务总体良好。部分居民希望服务中心能增设夜间窗口。")
    assert rec == ["部分居民希望服务中心能增设夜间窗口"]
    _, rec = points("社区服务总体良好。希望能够提高保洁人员的待遇。")
    assert rec == ["希望能够提高保洁人员的待遇"]


def test_hope_for_an_outcome_or_a_reported_wish_is_no_appeal():
    # negatives: a hope for an outcome (no imperative verb), a named third party's wish (reported)
    assert not asp._appeal("我们希望能够取得好成绩")
    assert not asp._appeal("他希望服务中心能增设夜间窗口")
    _, rec = points("社区服务总体良好。我们希望能够取得好成绩。")
    assert rec == []
