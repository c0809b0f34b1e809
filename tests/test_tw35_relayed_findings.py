"""Issue 8 (Part 59): a report's or an oversight body's findings relayed by news or a correction, a correction's comma
chain of failings, a councillor's demand after an official's reply. Small texts of the tests' own."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document
from summarizer.points import demand_after_reply, relayed_finding_span, relayed_finding_start, verdict_failings


def _points(text):
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def test_relayed_finding_start_after_frame_and_after_body_clause():
    s = "审计署报告也提到,多个部门未按时提交账目。"
    assert s[relayed_finding_start(s):].startswith("多个部门未按时提交账目")
    s = "监察院今日通过调查案并纠正某市政府,认为该府对危险建筑的查处流于形式。"
    assert s[relayed_finding_start(s):].startswith("该府对危险建筑的查处流于形式")
    assert relayed_finding_start("他认为,学校的课程安排过于紧凑。") == 0  # a person's view, no body's finding


def test_relayed_finding_span_stops_before_the_demand():
    s = "监察院今日通过调查案并纠正某市政府,认为该府对危险建筑的查处流于形式,未能及时拆除,应切实检讨改进。"
    a, b = relayed_finding_span(s)
    assert s[a:b] == "该府对危险建筑的查处流于形式,未能及时拆除"
    assert relayed_finding_span("报告指出,今年的出口总额为三百亿元。") is None  # a figure, no shortcoming


def test_relayed_frame_is_no_reported_speech():
    assert not asp.excludes_prose("报告指出,部分公共设施长期闲置,维护费用逐年攀升。")
    assert asp.excludes_prose("市长指出,部分公共设施长期闲置。")
    assert not asp.states_neither("报告指出,部分公共设施长期闲置,维护费用逐年攀升")
    assert asp.states_neither("市长指出,政府会继续努力")


def test_news_relaying_an_audit_gives_its_findings_and_its_demand():
    ch, rec = _points("本报讯 审计署昨日公布年度审计报告。报告指出,部分公共图书馆长期闲置,维护费用逐年攀升。"
                      "报告也提到,主管部门未建立巡查制度,使用情况缺乏记录。\n")
    assert any("部分公共图书馆长期闲置" in p for p in ch)
    assert any("主管部门未建立巡查制度" in p for p in ch)
    ch, rec = _points("监察院今通过调查报告并纠正某县政府,认为该府对学童营养午餐的抽检流于形式,未能发现食材过期,"
                      "是食品安全的重大漏洞,应检讨改进。\n")
    assert any("检讨改进" in p for p in rec)
    assert any("抽检流于形式" in p for p in ch)


def test_verdict_failings_keep_a_comma_chain_together():
    s = ("该部办理校舍检查,未依规定每学期办理安全检查,且检查人员多未受训练,检查纪录亦流于形式,"
         "致多所校舍漏水未能及时修缮,危及学生安全,显有违失。")
    pieces = [s[a:b] for a, b in verdict_failings(s)]
    assert pieces == ["未依规定每学期办理安全检查", "且检查人员多未受训练",
                      "检查纪录亦流于形式,致多所校舍漏水未能及时修缮,危及学生安全"]  # (what it led to goes with it)
    s = "该部虽于去年订定检查手册,并办理相关讲习,然迄今各校仍各行其是,未建立统一之检查纪录,显有怠失。"
    assert [s[a:b] for a, b in verdict_failings(s)] == ["然迄今各校仍各行其是", "未建立统一之检查纪录"]  # (the concession
    # and the clause after it are what was done)
    s = "某校未依法通报、且故意将事件通报为意外、调查作业未尽周延,均有违失。"
    assert [s[a:b] for a, b in verdict_failings(s)] == ["某校未依法通报", "且故意将事件通报为意外", "调查作业未尽周延"]


def test_demand_after_reply():
    s = "卫生局长强调诊所数量足够,不过,林要求局长为看诊等候过久的问题负责。"
    assert [s[a:b] for a, b in demand_after_reply(s)] == ["林要求局长为看诊等候过久的问题负责"]
    assert demand_after_reply("局长表示会研究,但王议员建议的内容很多。") == []
    assert demand_after_reply("他表示很好,但要求的标准太高。") == []
    assert demand_after_reply("王议员要求市府增设路灯。") == []  # no reply before it: speakers_demands' case
    ch, rec = _points("市议员林小明昨日质询时担心诊所不足。卫生局长强调诊所数量足够,不过,林要求局长为看诊等候过久的问题负责。\n")
    assert any("为看诊等候过久的问题负责" in p for p in rec)


def test_readers_stay_linear():
    assert_linear(lambda n: relayed_finding_span("报告指出," + "部分设施闲置," * n + "应检讨。"), 2_000, "long findings")
    assert_linear(lambda n: demand_after_reply("局长表示" + "好,但" * n + "王要求改善。"), 2_000, "many turns")
    assert_linear(lambda n: verdict_failings("该部" + "未依规定办理,致" * n + "显有违失。"), 2_000, "long verdict")
    assert_linear(lambda n: asp.excludes_prose("报告指出" * n), 2_000, "many frames")
