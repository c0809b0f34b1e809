"""Kinds of writing that state a point and were not read (mid20: Parts 3, 8 and 10 of the own corpus), each on a text
written for the test.

1. A verdict that a rule or a person no longer fits its time or place (``现行牌照制度已不合时宜``, ``回到家乡后会觉得
   格格不入``, ``这套方案不切实际``, ``人手力有未逮``): the idiom is the verdict, one is enough in a prose sentence
   (``prose_verdict`` cue group, ``# mid20:`` block). Hong Kong's 窒碍 (a hindrance, as 阻碍) is a deficiency predicate
   (``prose_challenge``). So are a state that gives cause for worry (``住户安全堪虑``, ``前景堪虞``: ``prose_verdict``) and a
   duty neglected (``疏于管理``, ``对账目疏于监督``: ``prose_challenge``).
2. A burden or a state made worse (``调查发现，学生近视情况加重``, ``过高的申请门槛加重了小微企业的负担``): the perfective
   加重了, or a state noun before 加重, is a deficiency predicate (``prose_challenge``); not the 加重 inside 更加重视
   (a measure's verb), nor 加重处罚 (a measure).
3. A sentence of ``；``-joined measures each of which names its own actor before its modal (``报告建议，街道要整合…；
   社会组织要发挥…；相关部门要进一步完善…``) gave one point over its first two parts, cut at the point length, and lost
   the third: such parts are parts of a sentence of measures (:func:`summarizer.points.actor_modal_opens` in
   :func:`summarizer.points.semicolon_measures`), so each is its own point. 充分 stands between a modal and its verb
   as 合理 does (``manner_adverb``). Not a part whose actor's modal has no measure's verb after it (``企业需要资金``).
"""

from __future__ import annotations

from summarizer import aspects as asp
from summarizer import points as P
from aspect_helpers import analyzed_points as _points


def test_a_verdict_of_not_fitting_is_a_challenge_in_prose():
    assert asp.prose_aspect("现行的养殖牌照制度已不合时宜。") == asp.CHALLENGE
    assert asp.prose_aspect("不少年轻人长期在外地工作，回到家乡后会觉得格格不入。") == asp.CHALLENGE
    assert asp.prose_aspect("这套方案完全不切实际。") == asp.CHALLENGE
    # (the idioms' neighbours state no verdict)
    assert asp.prose_aspect("本港渔业近年面对不少转变。") is None


def test_worry_and_neglect_are_challenges():
    assert asp.prose_aspect("旧楼的消防设施多年未更新，住户安全堪虑。") == asp.CHALLENGE
    assert asp.states_verdict("行业前景堪虞。")
    assert asp.prose_aspect("疏于管理，放任下属迟到早退。") == asp.CHALLENGE
    assert asp._prose_deficits("业委会对公共账目的收支疏于监督。") == frozenset({"疏于"})


def test_the_verdicts_read_through_the_simplified_view_of_traditional_prose():
    text = ("漁農政策的檢討\n\n本港漁業近年面對不少轉變。現行的養殖牌照制度已不合時宜，並窒礙本地漁業的發展。\n\n"
            "不少年輕人長期在外地工作，回到家鄉後會覺得格格不入。\n\n當局應盡快檢討有關規例。\n")
    found = _points(text)
    assert found["challenge"] == ["現行的養殖牌照制度已不合時宜，並窒礙本地漁業的發展",
                                  "不少年輕人長期在外地工作，回到家鄉後會覺得格格不入"]
    assert found["recommendation"] == ["當局應盡快檢討有關規例"]


def test_a_state_made_worse_is_a_deficiency():
    assert asp.prose_aspect("过高的申请门槛加重了小微企业的负担。") == asp.CHALLENGE
    assert asp.prose_aspect("学生近视情况加重。") == asp.CHALLENGE
    assert asp._prose_deficits("学生近视情况加重。") == frozenset({"情况加重"})
    # (更加重视 and 加重处罚 prescribe: no deficiency)
    assert asp._prose_deficits("各级政府要更加重视农村教育。") == frozenset()
    assert asp._prose_deficits("对屡教不改者加重处罚。") == frozenset()


def test_an_actor_and_a_modal_open_a_measure_part():
    assert P.actor_modal_opens("社会组织要发挥专业优势参与助餐服务")
    assert P.actor_modal_opens("互联网平台要充分运用数字技术")
    assert P.actor_modal_opens("相关部门要进一步完善补贴制度")
    assert not P.actor_modal_opens("中小企业需要资金周转")
    assert not P.actor_modal_opens("所以要加强监管")  # (a connective, no actor)


def test_semicolon_parts_with_their_own_actors_are_one_point_each():
    s = ("报告建议，街道要整合闲置用房、增加日间照料床位；社会组织要发挥专业优势参与助餐服务；"
         "相关部门要进一步完善社区养老服务的财政补贴和质量监管制度。")
    parts = P.semicolon_measures(s)
    assert [s[a:b] for a, b in parts] == ["报告建议，街道要整合闲置用房、增加日间照料床位", "社会组织要发挥专业优势参与助餐服务",
                                         "相关部门要进一步完善社区养老服务的财政补贴和质量监管制度"]
    text = "社区养老服务调查报告发布\n\n" + s + "\n"
    assert _points(text)["recommendation"] == [s[a:b] for a, b in parts]
    # (a part that states what an actor lacks is no measure: the sentence is no list of measures)
    assert P.semicolon_measures("街道要整合闲置用房；中小企业需要资金周转。") == []
