"""k8587 (Parts 85-87, open now): an inquiry's "can the authorities…" question whose act is a disposal (請問當局
是否能夠將A與B掛鈎…？), a modal's act past a phrase of place (應該在…中加入…), and a manifestation list's time clauses
(當…時, 遇到…時) joined to the clause they time. Small texts written for these tests."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.pipeline import summarize_document


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_inquiry_question_with_disposal_act_is_a_measure():
    assert asp.asks_for_measure("请问政府是否能够将公共图书馆的开放时间延长至晚上十时?")
    assert asp.asks_for_measure("当局能否把闲置的校舍改作社区托儿中心？")
    assert asp.asks_for_measure("请问当局是否能够回应居民的诉求，将小巴路线延伸至新屋苑？")
    _, rec = _points("本區近年新屋苑落成,居民出行不便,晚間更要步行二十分鐘才到車站。為此,本人提出書面質詢如下:\n"
                     "請問當局是否能夠將小巴路線延伸至新屋苑,以便利居民晚間出行?\n")
    assert any("小巴路線延伸至新屋苑" in p for p in rec)


def test_question_without_an_act_or_a_statement_is_no_measure():
    assert not asp.asks_for_measure("这些措施能否奏效？")
    assert not asp.asks_for_measure("当局是否将会公布调查结果？")  # (将会: the future, no disposal)
    assert not asp.asks_for_measure("居民能否把握这次机会，关键在于自身。")  # (no question mark)


def test_modal_act_past_a_phrase_of_place():
    _, rec = _points("不少家長反映課後託管名額不足。政府應該在託管服務的申請條件中加入雙職家庭的優先安排。\n")
    assert any("申請條件中加入雙職家庭" in p for p in rec)
    _, rec = _points("不少学生缺乏基本的劳动技能。学校应当在课程设置上增设劳动教育。\n")
    assert any("课程设置上增设劳动教育" in p for p in rec)


def test_manifestation_time_clause_joins_the_clause_it_times():
    s = "具体表现在：对来电群众解释不耐心，每当业务繁忙时，答复就过于简单，遇到政策调整的时候，学习跟不上。"
    clauses = [s[a:b] for a, b in pts.manifest_clauses(s, True)]
    assert "每当业务繁忙时，答复就过于简单" in clauses
    assert "遇到政策调整的时候，学习跟不上" in clauses
    assert not any(c.endswith(("时", "时候")) for c in clauses)
    assert "没有及时" in [s2[a:b] for s2 in ["表现在：学习不深入，没有及时，作风不实。"]
                          for a, b in pts.manifest_clauses(s2, True)]  # (及时: no opening word, no time clause)


def test_yao_before_a_burden_verb_is_a_hardship():
    ch, rec = _points("外地來的護理員,不但要負擔昂貴的租金,還要忍受長時間輪班的疲累。\n")
    assert any("負擔昂貴的租金" in p for p in ch) and not rec
    _, rec = _points("基层干部要正确面对群众的诉求，及时加强沟通。\n")
    assert rec  # (要正确面对: an adverb between, the modal still prescribes)


def test_new_patterns_are_linear():
    assert_linear(lambda n: asp.asks_for_measure("请问当局是否能够将" + "甲" * n + "？"), 2000, "disposal act")
    assert_linear(lambda n: asp.asks_for_measure("请问当局是否能够将，" * n + "？"), 200, "many asks")
    assert_linear(lambda n: asp.sentence_aspect("政府应该在" + "乙" * n + "中加入丙"), 2000, "place phrase")
    assert_linear(lambda n: pts.manifest_clauses("表现在：" + "当丁时，" * n + "缺乏耐心。", True), 200,
                  "time clauses")
