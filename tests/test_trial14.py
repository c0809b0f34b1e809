"""Faults found in trial 14 (a new user's trial): each test runs a text written for it and asserts the right value."""

import summarizer
from summarizer import aspects


def _texts(points):
    return [p.text for p in points]


def test_numbered_title_labels_split_a_collection():
    # 题目一：/题目二：… before each essay marks the essays of a collection, as 篇一：does; the label is no section of
    # exam material that would hide the essay's points
    text = ("题目一：让社区养老更有温度\n"
            "社区养老服务站数量偏少，助餐、助浴等服务覆盖面窄。应当依托物业用房增设服务站，引入专业机构运营。\n"
            "题目二：破解新就业群体权益保障难题\n"
            "外卖骑手普遍缺少职业伤害保障，平台算法压缩配送时间。应当扩大职业伤害保障试点，规范平台派单规则。\n")
    doc = summarizer.summarize(text)
    assert [e.title for e in doc.essays] == ["让社区养老更有温度", "破解新就业群体权益保障难题"]
    second = doc.essays[1]
    assert _texts(second.challenges) == ["外卖骑手普遍缺少职业伤害保障，平台算法压缩配送时间"]
    assert _texts(second.recommendations) == ["应当扩大职业伤害保障试点，规范平台派单规则"]
    p = second.challenges[0]
    assert text[p.start:p.end] == p.text


def test_rule_for_cases_of_fault_is_no_challenge():
    # 对…的，依法…: a rule's condition names faults; the sentence reports none
    assert aspects.case_clause_end("对拒不配合检查的，依法从严处理。") == len("对拒不配合检查的，")
    assert aspects.case_clause_end("对企业来说，成本压力较大。") == 0
    assert aspects.prose_aspect("对检查不认真、整改不及时导致险情的，严肃追究有关人员责任。") is None
    text = ("关于加强汛期地质灾害防范工作的通知\n"
            "一、落实巡查制度。各乡镇要安排专人对隐患点开展每日巡查。\n"
            "二、严格责任追究。对检查不认真、整改不及时导致险情的，严肃追究有关人员责任。\n")
    essay = summarizer.summarize(text).essays[0]
    assert essay.challenges == []
    assert "严格责任追究" in _texts(essay.recommendations)


def test_new_patterns_stay_linear():
    line = "对" + "问" * 100_000
    assert aspects.case_clause_end(line) == 0
    tiny = "题目一：对的，。" * 10_000
    assert summarizer.summarize("题目一：标题\n" + tiny[:50_000] + "\n问题严重。").essays
