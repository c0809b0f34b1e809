"""Issue 8 (precision), prec34: false points by kind.

1. A forbidden reliance on one means only (``不能只靠``, ``不能仅靠``), a blanket measure (``不能“一刀切”``) or
   complacency (``不能以此自满``) prescribes, as the other forbidden courses of ``prohibited_course`` do; when it
   stands in a later clause of a point whose earlier clauses state no shortcoming (``乡村旅游升级转型，不能只靠…``),
   the whole point is the recommendation (``points._later_prohibition``), no challenge.
2. A section or lead-in that says why a thing matters (``## 1.2 数据安全的重要性`` ⏎ ``…的重要性体现在:`` ⏎ ``- 维护…``)
   lists the goods it serves, no measures (``other_section``: 重要性); a 必要性 section is left alone (a paper argues
   there the problems that make the measure needed).
3. A recommendation that only announces proposals made (``并就加强社区养老服务提出意见和建议``, ``并提出针对性改革建议，
   为…提供参考``) states none (:func:`summarizer.points.announces_proposals`); one that goes on to them is kept.
4. A recommendation that names a measure's standing, an authority's decision or deployment (``是党中央作出的一项重大
   决策``, ``对…做出全面部署``) or the concrete act of a line (``就是贯彻…的具体行动``), reports policy and urges
   nothing (:func:`summarizer.points.names_decision`).
"""

from __future__ import annotations

from aspect_helpers import points
from summarizer import aspects as asp
from summarizer import points as P


def test_a_forbidden_reliance_in_a_later_clause_is_a_measure():
    assert P.prohibited_course("不能只靠市场无形之手") and P.prohibited_course("市府也不能以此自满")
    assert P.prohibited_course("政府监管不能“一刀切”")
    assert points("近年来乡村游客持续减少。乡村旅游升级转型，不能只靠市场无形之手。") == (
        [], ["乡村旅游升级转型，不能只靠市场无形之手"])
    # negative: an inability with no forbidden course stays a problem
    assert not P.prohibited_course("许多家庭不能负担高昂的托育费用")
    assert points("近年来托育需求快速上升。许多家庭不能负担高昂的托育费用。") == (["许多家庭不能负担高昂的托育费用"], [])


def test_why_a_thing_matters_lists_no_measures():
    assert asp.heading_aspect("## 1.2 数据安全的重要性") == asp.OTHER
    assert asp.heading_aspect("数据安全的重要性体现在:") == asp.OTHER
    text = ("## 1.2 数据安全的重要性\n数据安全的重要性体现在:\n- 维护个人隐私和信息安全\n- 保障企业的正常经营\n"
            "- 保护公共服务的稳定运行\n")
    assert points(text) == ([], [])
    # the same items under a countermeasures heading stay measures
    measures = "## 二、存在的问题\n数据安全意识淡薄。\n## 三、对策建议\n- 维护个人隐私和信息安全\n- 保障企业的正常经营\n"
    assert points(measures) == (["数据安全意识淡薄"], ["维护个人隐私和信息安全", "保障企业的正常经营"])
    # 必要性 is no other section (a paper's 必要性 section argues problems)
    assert asp.heading_aspect("一、加强基层治理的必要性") != asp.OTHER


def test_announced_proposals_are_no_recommendation():
    assert P.announces_proposals("并提出完善建议")
    assert P.announces_proposals("探索体育场地改革的缘由，并提出针对性改革建议，为场地设施的发展提供参考")
    assert not P.announces_proposals("他提出4点建议，一是加快建设服务平台")
    assert not P.announces_proposals("村民代表提出建议，希望在规划中增加更多环保措施")
    text = "近年来社区养老服务需求快速增长，服务供给明显不足。调研组走访了十个社区，并就加强社区养老服务提出意见和建议。"
    assert points(text) == (["近年来社区养老服务需求快速增长，服务供给明显不足"], [])
    assert points("社区养老服务供给明显不足。调研组建议，加快建设社区养老服务中心。") == (
        ["社区养老服务供给明显不足"], ["调研组建议，加快建设社区养老服务中心"])


def test_a_decision_named_is_no_recommendation():
    assert P.names_decision("改善农村人居环境是党中央作出的一项重大决策")
    assert P.names_decision("施行垃圾分类减量，就是贯彻生态文明理念的具体行动")
    assert not P.names_decision("要加快建设垃圾收运体系")
    text = "近年来农村垃圾处理能力明显不足。改善农村人居环境是党中央作出的一项重大决策。要加快建设垃圾收运体系。"
    assert points(text) == (["近年来农村垃圾处理能力明显不足"], ["要加快建设垃圾收运体系"])


def test_the_new_predicates_are_linear():
    from costs import assert_linear
    assert_linear(lambda n: P.announces_proposals("提出" * n + "建议"), 2000, "提出 repeated, no punctuation")
    assert_linear(lambda n: P.announces_proposals("提出建议，" * n), 2000, "many announced clauses")
    assert_linear(lambda n: P.names_decision("作出" * n), 2000, "作出 repeated")
    assert_linear(lambda n: P.prohibited_course("不能只" * n), 2000, "不能只 repeated")
