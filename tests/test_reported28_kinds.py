"""Reported speakers' wishes and demands, and the wrong aspect side (reported28, issue 8), each on a text written
for the test.

1. A demand or wish addressed to a person or body besides the authorities (``住户要求物业立即维修电梯``, ``议员希望
   官员能…``, ``要求选委会重划选区``) was missed: such an addressee makes a demand too (``demand_addressee_end``). A
   named third party's wish (``他希望政府…``) stays reported, as the project's rule has it; a speaker who is asked
   (``…被要求…``) demands nothing.
2. A weakness aimed at or faced (``瞄准薄弱环节``, ``敢于直面问题``) was read as a stated challenge: it is the
   measure's target (``remedy`` cue group).
3. A reply's topic clause (``您反映的问题，我局…``) or a raised problem fronted before a subject's modal
   (``业主反映的问题物业要…``), a problem made to get solved (``确保问题得到及时解决``) and one a
   means is taken to remedy (``采取措施解决…难题``) name no challenge (:func:`summarizer.aspects.addressed_problem_spans`).
4. ``不能`` + the manner a thing should work in (``不能正常运行``, ``不能按时完工``) states an inability, no prohibition.
"""

from __future__ import annotations

from summarizer import aspects as A


def test_a_named_third_partys_wish_stays_reported():
    # (the project's rule, kept: 他希望政府… reports another person's wish; measured in reported28, counting it gained
    # one point of a Part read and cost one of a Part not read)
    assert not A.news_demand("他希望政府尽快增加夜间巴士班次。")
    assert not A.news_demand("该报告要求政府削减开支。")
    assert not A.news_demand("专家希望政府调整政策。")


def test_an_addressee_besides_the_authorities_is_asked_to_act():
    assert A.news_demand("住户要求物业立即维修电梯。")
    assert A.news_demand("议员希望官员能亲自到社区听取意见。")
    assert not A.news_demand("他希望官员能亲自到社区听取意见。")
    # (a speaker who is asked demands nothing)
    assert not A.news_demand("席上校长被要求学校增加课后服务。")
    # (a courtesy to an audience asks no action; a demand that the authorities support something does)
    assert not A.news_demand("也希望各位委员一如既往地支持我们的工作。")
    assert A.news_demand("商会呼吁政府支持中小企业渡过难关。")
    assert A.prose_aspect("居民要求物业暂停收取停车费。") == A.RECOMMENDATION
    assert not A.news_demand("这要求我们干部多下基层。")
    assert not A.news_demand("按照上级单位的要求，我们开展了工作。")


def test_a_weakness_aimed_at_or_faced_is_the_measures_target():
    assert A.challenge_strength("紧盯薄弱环节") == 0
    assert A.prose_aspect("要瞄准薄弱环节，加大财政投入。") == A.RECOMMENDATION
    assert A.prose_aspect("要敢于直面问题，勇于自我革新。") == A.RECOMMENDATION
    # (直面 + an object that is no problem: the weakness stated goes on counting)
    assert A.challenge_strength("直面居民的时间严重不足") == 1


def test_a_replys_topic_and_a_problem_made_to_get_solved_state_no_challenge():
    s = "您来信反映的问题，我办领导十分重视，当即派人到现场核实。"
    assert A.challenge_strength(s) == 0
    assert A.sentence_aspect(s) is None
    assert A.challenge_strength("对各位商户提出的问题，我们将逐项研究。") == 0
    # (fronted as the object of a subject's modal: the measure's object)
    assert A.challenge_strength("业主反映的问题物业要限期整改") == 0
    assert A.sentence_aspect("业主反映的问题长期得不到解决。") == A.CHALLENGE
    assert A.challenge_strength("确保问题得到及时解决") == 0
    assert A.challenge_strength("尽快采取措施解决村里的饮水难题") == 0
    # (a problem the people raised that stays unsolved is still stated)
    assert A.sentence_aspect("群众反映的问题，至今没有得到解决。") == A.CHALLENGE
    assert A.challenge_strength("问题没有得到解决") == 1


def test_cannot_work_as_it_should_is_an_inability_no_prohibition():
    assert not A.opens_prohibition("不能正常运行")
    assert not A.opens_prohibition("不能按时完工，影响住户入住。")
    assert A.prose_aspect("不能按时完工，影响住户入住。") != A.RECOMMENDATION
    assert A.sentence_aspect("不能按时完工，影响住户入住。") == A.CHALLENGE
    assert A.opens_prohibition("不能随意占用消防通道")
    assert A.prose_aspect("不能随意占用消防通道。") == A.RECOMMENDATION
