"""A run-in challenge heading's body: a list of further shortfalls (each a point beside the heading) or the heading's
instance (the heading alone). body48: a short label (``（一）制度执行不严格。``) over a body of two or more sentences or
``；``-parts lists the shortfalls a self-examination, inspection or survey report found; a heading over a body of one
sentence (the 申论 essay's ``（二）管理力量不足。物业缺位的小区无人管理停车秩序…``) and a full claim (``X，Y：Z``) keep
the heading alone. Texts written for these tests."""

from costs import assert_linear

from summarizer import points as pts
from summarizer.pipeline import summarize_document


def _challenges(text: str) -> list[str]:
    return [p.text for e in summarize_document(text).essays for p in e.challenges]


SELF_EXAMINATION = (
    "关于机关作风建设的自查报告\n一、存在的问题\n"
    "（一）制度执行不严格。个别科室请销假手续不完整。部分人员考勤记录缺失。\n"
    "（二）学习氛围不浓厚。集中学习时有人缺席，学习笔记流于形式。\n"
    "二、整改措施\n（一）严格执行考勤制度，每月通报一次。\n")


def test_a_short_label_over_a_body_of_several_sentences_lists_its_shortfalls():
    ch = _challenges(SELF_EXAMINATION)
    assert ch[:3] == ["制度执行不严格", "个别科室请销假手续不完整", "部分人员考勤记录缺失"]
    # (the second heading's body is one sentence: its instance, the heading alone)
    assert ch[3:] == ["学习氛围不浓厚"]


def test_an_essays_heading_over_a_one_sentence_instance_stays_alone():
    text = ("城郊社区治理的困境与出路\n一、存在的问题\n"
            "（一）公共服务供给不足。城郊新建小区至今没有一所公办幼儿园，入园难问题突出。\n"
            "（二）社区队伍力量薄弱。一名社工要服务两千多户居民，日常事务应接不暇。\n"
            "二、对策建议\n（一）加快补齐公共服务短板。\n（二）充实社区工作队伍。\n")
    assert _challenges(text) == ["公共服务供给不足", "社区队伍力量薄弱"]


def test_a_full_claim_heading_keeps_its_argued_body_as_support():
    text = ("人口变化带来的挑战\n一、主要挑战\n"
            "（一）劳动力减少，经济失去动能：全县劳动年龄人口十年间减少了两成。这意味着企业普遍面临招工难。"
            "工厂开工不足，产值持续下滑。\n（二）养老负担加重：老年人口占比超过三成。\n二、对策\n（一）完善人才引进政策。\n")
    ch = _challenges(text)
    assert not any("招工难" in p or "开工不足" in p for p in ch)


def test_the_label_and_list_readings():
    assert pts._run_in_label("制度执行不严格")
    assert not pts._run_in_label("劳动力减少，经济失去动能：全县劳动年龄人口十年间减少了两成")
    assert not pts._run_in_label("许多村集体资金薄弱，文化基础设施落后，现有的设施也没有发挥应有的作用")
    body = "个别科室请销假手续不完整；部分人员考勤记录缺失。"
    assert pts._body_lists(body, 0, len(body))
    one = "物业缺位的小区无人管理停车秩序，乱停乱放现象普遍。"
    assert not pts._body_lists(one, 0, len(one))
    # (a labelled line after the instance is no part of a list: 整改措施：…)
    labelled = "部分村卫生室的诊疗设备使用超过十年，故障频发。\n整改措施：分两年更新诊疗设备。"
    assert not pts._body_lists(labelled, 0, len(labelled))


def test_the_list_reading_is_linear():
    assert_linear(lambda n: pts._body_lists("字" * (1000 * n), 0, 1000 * n), 10, "a body without punctuation")
    assert_linear(lambda n: pts._body_lists("：。" * (1000 * n), 0, 2000 * n), 10, "many colon parts")
    assert_linear(lambda n: _challenges("一、存在的问题\n（一）制度执行不严格。" + "台账缺失。" * (100 * n) + "\n"), 2,
                  "a run-in heading over many tiny sentences")
