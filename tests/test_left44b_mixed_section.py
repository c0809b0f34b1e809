"""A prose section whose heading names the problems and then the plans (``二、存在的不足和下一步打算``, ``存在问题及
整改措施``): its shortcomings stated before the turn to the plans are challenges, its plans recommendations (left44b,
the 述职报告 / 工作总结 kind)."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points
from summarizer.pipeline import summarize

_REPORT = ("2023年个人工作总结\n\n一年来，本人认真履行职责，较好地完成了各项任务。\n\n一、主要工作\n"
           "全年组织专题培训十二次，参训人数达六百人次，完成了年度目标。\n\n二、存在的不足和下一步打算\n"
           "回顾一年的工作，自己在理论学习上还不够系统深入。业务创新意识不强，工作方法较为单一。"
           "下一步，我将加强理论学习，每月精读一本专业书籍。同时要大胆创新工作方法，提高工作效率。\n")


def test_heading_names_both_aspects():
    assert asp.names_both_aspects("二、存在的不足和下一步打算")
    assert asp.names_both_aspects("存在问题及整改措施")
    assert asp.names_both_aspects("问题与对策")
    assert not asp.names_both_aspects("对策建议")
    assert not asp.names_both_aspects("存在的问题")
    assert not asp.names_both_aspects("解决问题的对策与建议")
    # the section is still a recommendation section (w67)
    assert asp.heading_aspect("二、存在的问题及下一步工作开展情况") == asp.RECOMMENDATION


def test_mixed_section_sentence_aspect():
    assert points.mixed_section_aspect("业务创新意识不强，工作方法较为单一。") == asp.CHALLENGE
    assert points.mixed_section_aspect("下一步，我将加强理论学习。") == asp.RECOMMENDATION
    assert points.mixed_section_aspect("针对上述问题，我们将认真整改。") == asp.RECOMMENDATION
    assert points.mixed_section_aspect("一是加强制度建设，完善考核办法。") == asp.RECOMMENDATION
    assert points.mixed_section_aspect("这一年收获很多。") is None


def test_problems_under_a_both_aspects_heading_are_challenges():
    essays = summarize(_REPORT).essays
    challenges = [p.text for e in essays for p in e.challenges]
    recommendations = [p.text for e in essays for p in e.recommendations]
    assert any("创新意识不强" in c for c in challenges)
    assert any("不够系统深入" in c for c in challenges)
    assert not any("不强" in r or "深入" in r for r in recommendations)
    assert any("创新工作方法" in r for r in recommendations)


def test_mixed_section_aspect_is_linear():
    assert_linear(lambda n: points.mixed_section_aspect("问题" * n + "。"), 2000, "mixed_section_aspect, one line")


_IMPEACHMENT = ("糾正案文\n\n壹、被糾正機關：某縣政府。\n\n貳、案由：某縣政府辦理補助，審核程序草率，經費核銷缺乏稽核。\n\n"
                "參、處理辦法：\n壹、應建立補助審查基準。\n貳、應強化經費稽核機制。\n")


def test_financial_numeral_marker_is_no_part_of_a_point():
    essays = summarize(_IMPEACHMENT).essays
    texts = [p.text for e in essays for p in e.challenges + e.recommendations]
    assert any("審核程序草率" in t for t in texts)
    assert any("強化經費稽核機制" in t for t in texts)
    assert not any(t.startswith(("壹、", "貳、", "參、")) for t in texts)
    from summarizer.pipeline import _past_opening_marker
    assert _past_opening_marker("甲、加強督導", 0, 6) == 2
    assert _past_opening_marker("壹拾、加強督導", 0, 7) == 3
    assert _past_opening_marker("甲方應付款", 0, 5) == 0


def test_a_call_for_coordinated_effort_is_no_measure():
    # a linking sentence whose only "measure" is that many parties act together (SOURCES.md: not a point)
    assert asp.calls_joint_effort("缩小城乡差距，需要多方协同发力")
    assert not asp.calls_joint_effort("需要完善考核机制")
    text = ("当前，老年人使用智能手机困难重重，许多老人不会扫码就医。\n\n缩小这道鸿沟，需要多方协同发力。"
            "首先，政府应完善适老化改造标准。其次，社区要开展智能技术培训。\n")
    recommendations = [p.text for e in summarize(text).essays for p in e.recommendations]
    assert not any("协同发力" in r for r in recommendations)
    assert any("适老化改造标准" in r for r in recommendations)


def test_a_meetings_decided_items_are_measures():
    assert asp.lead_in_aspect("会议决定：") == asp.RECOMMENDATION
    assert asp.lead_in_aspect("经研究决定：") == asp.RECOMMENDATION
    assert asp.lead_in_aspect("要求：") is None  # (an exam's or a form's requirements)
    minutes = ("小区停车专题会议纪要\n\n会议听取了物业关于停车情况的汇报。目前车位严重不足，消防通道常被占用。\n\n"
               "会议决定：\n一、由物业公司负责，每晚巡查消防通道一次。\n二、业委会牵头制定车辆停放管理办法。\n")
    recommendations = [p.text for e in summarize(minutes).essays for p in e.recommendations]
    assert any("巡查消防通道" in r for r in recommendations)
    assert any("车辆停放管理办法" in r for r in recommendations)


def test_many_mixed_sections_cost_linear():
    def make(n):
        return "".join(f"{k + 1}、问题与对策\n工作方法较为单一。下一步要加强学习。\n" for k in range(n))
    assert_linear(lambda n: summarize(make(n)), 40, "many sections headed by both aspects")


def test_an_announcement_of_problems_in_a_mixed_section_is_no_point():
    assert points.mixed_section_aspect("工作中也存在一些问题和不足。") is None
    assert asp.announces_problems("虽然取得了一些成绩，但也存在一些问题和不足之处。")
    assert not asp.announces_problems("两种方法各有可取之处。")
