"""Two kinds of Parts 89 and 90 (helper k8890), on small texts of the tests' own.

* A marked heading run on into its body on the same line (``(一)X有待加强。检查中发现，…存在…等问题。``): the body
  sentences that state the shortfalls themselves are points of their own, beside the heading
  (:func:`summarizer.points.run_in_heading_body_problems`; Part 89's assessment reports).
* A sentence that announces problems without naming them (``…存在不少难处。``) right before ``首先…其次…``: the run's
  items are the problems, whatever words the first one holds (Part 90's 4920)."""

from costs import assert_linear

from summarizer.pipeline import summarize_document
from summarizer.points import run_in_heading_body_problems
from summarizer.structure import parse


def _points(text):
    d = summarize_document(text)
    return ([p.text for e in d.essays for p in e.challenges],
            [p.text for e in d.essays for p in e.recommendations])


def test_run_in_heading_body_shortfalls_are_points():
    text = ("(一)食堂卫生管理有待加强。抽查中发现,三所学校的后厨未做到生熟分开,存在留样记录缺失、"
            "餐具消毒不彻底等问题。\n"
            "(二)从业人员培训仍需深化。部分新入职的帮厨人员没有参加过食品安全培训,健康证办理也不够及时。\n")
    ch, _ = _points(text)
    assert any("食堂卫生管理有待加强" in p for p in ch)
    assert any("留样记录缺失" in p for p in ch)
    assert any("没有参加过食品安全培训" in p for p in ch)


def test_run_in_heading_body_without_shortfall_gives_no_point():
    # the body only tells what was done: the heading alone is the point
    text = ("(一)食堂卫生管理有待加强。今年三月,区教育局组织人员对辖区学校食堂开展了专项检查。\n"
            "(二)从业人员培训仍需深化。全区共组织培训四场,参训人员二百余人。\n")
    ch, _ = _points(text)
    assert any("食堂卫生管理有待加强" in p for p in ch)
    assert not any("专项检查" in p or "参训人员" in p for p in ch)


def test_heading_on_its_own_line_is_not_read_as_run_in():
    text = "(一)食堂卫生管理有待加强\n抽查中发现,三所学校的后厨未做到生熟分开,存在餐具消毒不彻底等问题。\n"
    structure = parse(text)
    item = structure.items[0]
    assert run_in_heading_body_problems(text, item, (3, 13), 60) == []


def test_announced_difficulties_before_shouxian_qici_are_challenges():
    text = ("镇里想把闲置的粮站改成农家书屋,但真正办起来面临不少困难。首先,附近年轻人大多外出务工,"
            "平时来借书的人寥寥无几。其次,书屋没有固定的管理员,开放时间很难保证。\n")
    ch, rec = _points(text)
    assert any("平时来借书的人寥寥无几" in p for p in ch)
    assert any("开放时间很难保证" in p for p in ch)
    assert not rec


def test_shouxian_qici_after_plain_narration_is_not_a_problem_list():
    # no announcement before 首先: the steps of a narration are no points
    text = ("镇里把闲置的粮站改成了农家书屋。首先,村委会请来木工修好了书架。其次,志愿者把捐来的图书分类上架。\n")
    ch, _ = _points(text)
    assert not any("修好了书架" in p or "分类上架" in p for p in ch)


def test_run_in_heading_body_cost_is_linear():
    assert_linear(lambda n: summarize_document("(一)管理有待加强。" + "部分人员存在工作不到位的问题。" * n),
                  200, "a run-in heading over many body sentences")
    assert_linear(lambda n: summarize_document("存在不少困难。首先,人手不足。其次,经费短缺。" * n),
                  100, "many announced 首先/其次 runs")


def test_needs_to_overcome_obstacles_is_a_challenge_not_a_measure():
    from summarizer import aspects as asp
    assert asp.needs_to_overcome("想让几个部门的系统互相打通,还需要克服标准不一和经费分担上的重重障碍。")
    assert asp.sentence_aspect("想让几个部门的系统互相打通,还需要克服标准不一和经费分担上的重重障碍。") == asp.CHALLENGE
    assert not asp.needs_to_overcome("干部们要克服畏难情绪,主动上门服务。")
    assert not asp.needs_to_overcome("部门之间的障碍需要逐步消除。")
    _, rec = _points("三、打通部门系统的难处\n想让几个部门的系统互相打通,还需要克服标准不一和经费分担上的重重障碍。\n")
    assert not any("重重障碍" in p for p in rec)


def test_needs_to_overcome_cost_is_linear():
    from summarizer import aspects as asp
    assert_linear(lambda n: asp.needs_to_overcome("需要克服" + "层" * n + "障碍"), 25_000, "a long unpunctuated object")


def test_analysed_enumeration_of_difficulties_is_split():
    text = ("摘要: 以三个街道的访谈资料为基础, 剖析了养老驿站的人员流动性与专业欠缺、服务内容的单调性与碎片化、"
            "运营经费的依赖性与不稳定性等驿站运营困境。\n关键词: 养老驿站\n")
    ch, _ = _points(text)
    assert any("服务内容的单调性与碎片化" in p and "人员流动性" not in p for p in ch)
    assert any("运营经费的依赖性与不稳定性" in p for p in ch)


def test_analysed_list_of_topics_named_wenti_stays_unsplit():
    # 等问题 after topics that state no fault: the topics the paper discusses, no problem each
    from summarizer.points import proposed_enumeration
    text = "本文分析了社区食堂的选址、菜品定价、服务对象等问题。"
    assert proposed_enumeration(text, 0, len(text)) == (None, [])


def test_analysed_enumeration_cost_is_linear():
    from summarizer.points import proposed_enumeration
    assert_linear(lambda n: proposed_enumeration(*(lambda t: (t, 0, len(t)))("分析了" + "甲" * n + "等难题")),
                  25_000, "a long unpunctuated list after 分析了")
    assert_linear(lambda n: proposed_enumeration(*(lambda t: (t, 0, len(t)))("分析了了" * n)),
                  10_000, "many analysis verbs")
