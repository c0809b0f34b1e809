"""mixed31: one sentence that states a problem and then its fix, split at the clause where it turns (the problem a
challenge, the fix a recommendation). Texts written for these tests."""

from summarizer import points
from costs import assert_linear
from aspect_helpers import analyzed_points as _points, demand_split as _split


# --- a need with its verb after a finding (points._need_demand) ---

def test_need_then_verb_is_the_demand_after_a_finding():
    assert _split("乡镇卫生院全科医生数量明显不足，还需加快补齐基层人才缺口。") == (
        "乡镇卫生院全科医生数量明显不足", "还需加快补齐基层人才缺口")
    assert _split("社区养老与医疗服务的衔接有待加强，需进一步完善转诊机制。") == (
        "社区养老与医疗服务的衔接有待加强", "需进一步完善转诊机制")
    # a bare sequence marker before the finding is no part of it
    assert _split("一方面，城乡公交线路覆盖仍有不足，亟待优化站点布局。") == (
        "城乡公交线路覆盖仍有不足", "亟待优化站点布局")


def test_a_need_stated_as_a_fact_is_no_demand():
    # 需要 + a noun: what the work needs, not what someone must do
    assert _split("老旧管网改造任务繁重，需要大量的资金投入。") is None
    assert points._need_demand("需要大量的资金投入") is False
    assert points._need_demand("需进一步完善转诊机制") is True
    # a question asks, it does not demand
    assert _split("乡镇卫生院人手不足，还需加快补齐人才缺口吗？") is None


def test_need_demand_splits_into_both_aspects():
    got = _points("乡村振兴调研报告\n\n调研发现，村级污水处理设施运行维护经费不足，需尽快建立稳定的运维资金保障机制。\n")
    assert any("运行维护经费不足" in c and "建立" not in c for c in got["challenge"])
    assert any(r.startswith("需尽快建立稳定的运维资金保障机制") for r in got["recommendation"])


def test_need_demand_is_linear_on_long_input():
    assert_linear(lambda n: points.problem_then_demand("设施不足，" * n + "需加强管理。"), 2_000, "many finding clauses")
    assert_linear(lambda n: points.problem_then_demand("需" * n), 10_000, "a run of 需")


def test_a_relative_need_clause_names_a_problem_not_a_fix():
    assert points._need_demand("亟待解决的突出问题") is False
    assert _split("基层医疗人才流失严重，亟待解决的问题还有很多。") is None


# --- a chain of finding clauses before an appeal (points.problem_then_appeal, points._finding_chain_start) ---

def _appeal(sentence: str) -> tuple[str | None, str] | None:
    found = points.problem_then_appeal(sentence)
    if found is None:
        return None
    p, (c, d) = found
    return (sentence[p[0]:p[1]] if p else None), sentence[c:d]


def test_several_finding_clauses_before_an_appeal_are_the_problem():
    assert _appeal("村里道路路面破损，雨天积水严重，居民出行不便，希望尽快修缮道路。") == (
        "村里道路路面破损，雨天积水严重，居民出行不便", "希望尽快修缮道路")
    # with a proposal verb that a finding's demand also opens with, problem_then_demand reads it (建议 kept)
    assert _appeal("村里道路路面破损，雨天积水严重，建议尽快修缮道路。") is None
    assert _split("村里道路路面破损，雨天积水严重，建议尽快修缮道路。") == (
        "村里道路路面破损，雨天积水严重", "建议尽快修缮道路")
    # one clause, as before
    assert _appeal("社区停车位严重不足，建议加快建设立体停车场。") == ("社区停车位严重不足", "加快建设立体停车场")
    # a reporting verb of opinion starts the problem; the wish keeps its verb
    assert _appeal("不少家长认为托育名额不足，收费偏高，希望政府加大普惠托育供给。") == (
        "托育名额不足，收费偏高", "希望政府加大普惠托育供给")


def test_the_finding_starts_after_an_adversative_turn():
    assert _appeal("有关部门称会研究，但社区停车位严重不足，希望加快建设立体停车场。") == (
        "社区停车位严重不足", "希望加快建设立体停车场")


def test_a_long_or_prescriptive_chain_is_no_finding():
    assert points._finding_chain_start("甲地道路破损，乙地积水严重，丙地路灯不亮，丁地护栏缺失，戊地井盖松动") == -1
    assert points._finding_chain_start("要加强道路养护，路面破损严重") == -1
    assert points._finding_chain_start("一方面，路面破损严重") == 4
    # a lead-in before the appeal names no problem of its own
    assert _appeal("针对停车位不足，车辆乱停，建议加快建设停车场。") is None


def test_finding_chain_is_linear_on_long_input():
    assert_linear(lambda n: points.problem_then_appeal("路面破损，" * n + "建议尽快修缮道路。"), 2_000,
                  "many finding clauses before an appeal")
    assert_linear(lambda n: points._finding_chain_start("路" * n), 10_000, "one long clause")


def test_a_concession_before_the_turn_is_no_part_of_the_finding():
    assert _split("虽然我市公共文化设施建设取得进展，但基层服务能力仍然薄弱，仍需加大投入力度。") == (
        "基层服务能力仍然薄弱", "仍需加大投入力度")
    assert points._after_last_turn("甲地已经开工，但乙地进度滞后，但丙地资金不足") == 16
    assert points._after_last_turn("但甲地进度滞后，乙地资金不足") == 0
    assert points._after_last_turn("甲" * 100000) == 0


def test_an_urging_verb_turns_to_the_fix():
    assert _appeal("社区诊所人手严重不足，促请政府尽快增加医护人员编制。") == (
        "社区诊所人手严重不足", "促请政府尽快增加医护人员编制")


def test_turn_scan_is_linear_on_many_clauses():
    assert points._after_last_turn("甲，" * 50000) == 0
    assert points._after_last_turn("甲，但" * 50000) == 150000
    assert_linear(lambda n: points._after_last_turn("甲，但" * n), 5_000, "many turns")
