"""fix43: kinds of faults found by the thirty-fifth session's tryouts, on small texts of the tests' own.

* a prohibition word inside a noun phrase (``严禁烟火的牌子形同虚设``, the set phrase ``不得要领的培训…``): a challenge;
* a prohibition already issued, then a turn that states the fault persisting (``…多次发文严禁…，但…仍时有发生``);
* a proposal by a pronoun that stands for the speaker just named (``李科长说，她也建议社区把…``);
* a notice's agenda field (``会议内容：通报…，部署…``): no point.
"""

import pytest

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document

from costs import assert_linear


def _points(text):
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def test_prohibition_modifying_a_noun_is_a_challenge():
    ch, rec = _points("食堂的卫生管理漏洞很多。后厨门口禁止吸烟的标识形同虚设，厨师照样在灶台边抽烟。\n")
    assert any("标识形同虚设" in p for p in ch)
    assert not any("标识形同虚设" in p for p in rec)


def test_prohibition_set_phrase_opening_a_point_is_no_measure():
    ch, rec = _points("村里的技术推广效果很差。不得要领的讲座让种植户无所适从，回去还是老办法。\n")
    assert not any("讲座" in p for p in rec)
    assert any("讲座" in p for p in ch)


def test_prohibition_forbidding_stays_a_measure():
    assert asp.recommends_outright("严禁在校园周边设置网吧")
    assert asp.recommends_outright("不得以任何理由拖欠农民工工资")
    assert not asp.prohibition_names_faulted_thing("严禁领导干部插手工程项目的招投标")
    assert asp.prohibition_names_faulted_thing("禁止停车的标志形同虚设")
    # (不应 inside 供不应求 forbids nothing: only written prohibitions are read so)
    assert not asp.prohibition_names_faulted_thing("放慢建设的话，供不应求的局面还会加剧")


def test_defied_prohibition_after_turn_is_a_challenge():
    s = "前些年，主管部门三令五申禁止违规收费，但乱收费现象仍屡禁不止"
    k = asp.defied_prohibition(s)
    assert k is not None and s[k:].startswith("乱收费")
    assert asp.prose_aspect(s) == asp.CHALLENGE
    assert asp.defied_prohibition("各地要严禁违规收费，但也要保障合理的服务收入") is None
    ch, rec = _points("过去几年，学校多次下文禁止有偿补课，但一些教师仍在校外办班，补课现象时有发生。\n")
    assert any("时有发生" in p for p in ch)
    assert not any("时有发生" in p for p in rec)


def test_dated_narration_turning_to_a_persisting_wrong_is_stated():
    assert not asp.states_neither("过去五年，市里投入大量资金整治河道，但偷排污水的情况仍时有发生")
    assert asp.states_neither("过去五年，市里投入大量资金整治河道，完成了二十公里护岸建设")


def test_pronoun_speaker_proposal_is_a_recommendation():
    ch, rec = _points("小区停车越来越难。李科长说，她也建议物业把地下室改成停车场，以免车辆占用消防通道。\n")
    assert any("地下室改成停车场" in p for p in rec)
    assert asp.prose_aspect("他还建议街道把垃圾站迁到小区外面") == asp.RECOMMENDATION


def test_agenda_field_of_a_notice_is_no_point():
    assert asp.is_agenda_field_line("会议内容：通报近期巡查发现的问题，部署下一阶段整改工作")
    assert asp.is_agenda_field_line("会议议程：1.传达上级文件精神；2.研究部署防汛工作")
    assert not asp.is_agenda_field_line("会议内容：部分单位整改不到位，问题反弹严重")
    assert not asp.is_agenda_field_line("通报近期巡查发现的问题")
    text = ("关于召开防汛工作会议的通知\n各村委会：\n定于下周一上午召开防汛工作会议。\n"
            "会议内容：通报汛前检查发现的隐患，部署防汛物资储备工作。\n参会人员：各村主任\n")
    ch, rec = _points(text)
    assert not any("通报汛前检查" in p for p in ch + rec)


@pytest.mark.parametrize("unit", ["严禁烟火的牌子", "不得要领的", "多次发文严禁吃喝，但", "会议内容：通报", "他也建议"])
def test_fix43_readers_are_linear(unit):
    def run(n):
        s = unit * n
        asp.prohibition_names_faulted_thing(s)
        asp.defied_prohibition(s)
        asp.is_agenda_field_line(s)
        asp.is_agenda_field_line("会议内容：" + "通报问题，" * n)
        asp.prohibition_names_faulted_thing("严禁" + "烟" * n + "的牌子" + "形" * n)
    assert_linear(run, 200, f"fix43 readers on {unit!r}")


def test_plain_complaint_of_degree_is_a_challenge():
    assert asp.prose_aspect("楼下的健身器材太旧，孩子玩的时候不安全") == asp.CHALLENGE
    assert asp.prose_aspect("公交站离小区太远") == asp.CHALLENGE
    assert asp.prose_aspect("公交站离小区不太远") is None  # (negated: no complaint)
    ch, rec = _points("我们村的老人越来越多。村口的小路太窄，晚上出门不安全。希望村委会拓宽道路。\n")
    assert any("小路太窄" in p for p in ch)
