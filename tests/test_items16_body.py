"""Body sentences of titled items and other clauses of a point's sentence (issue 8, round 16). Every essay here is
written for the test (none is copied from a dev document)."""

from aspect_helpers import points as _points

_MEASURES = ("关于社区养老服务的调研报告\n一、存在的问题\n"
             "(一)服务人员数量不足。一是护理员队伍年龄偏大,流动性较强。二是专业社工缺口较大,难以满足需求。\n"
             "(二)设施利用率不高。部分站点开放时间短,居民知晓率低。\n二、对策建议\n")


def test_an_enumeration_opening_a_titled_measure_body_gives_its_measures():
    # (一)建立…机制。一是加强…。二是提高…。: the heading names the measure, the 一是/二是 sentences right after it
    # are the concrete measures, each a point besides the heading
    text = _MEASURES + ("(一)建立人员培养机制,稳定服务队伍。一是加强与本地职业院校的合作,定向培养护理人员。"
                        "二是提高护理员薪酬待遇,建立岗位补贴制度。\n(二)加强站点运营管理。延长开放时间,加大宣传力度。\n")
    _, recommendations = _points(text)
    assert recommendations == ["建立人员培养机制,稳定服务队伍", "加强与本地职业院校的合作,定向培养护理人员",
                               "提高护理员薪酬待遇,建立岗位补贴制度", "加强站点运营管理"]


def test_an_enumeration_after_a_lead_in_sentence_of_the_body_stays_the_headings():
    # a sentence of the body between the heading and 一是… gives reasons or steps: the heading alone is the point
    text = _MEASURES + ("(一)建立人员培养机制,稳定服务队伍。这项工作涉及多个部门,需要统筹推进。一是加强与本地职业院校"
                        "的合作,定向培养护理人员。二是提高护理员薪酬待遇,建立岗位补贴制度。\n"
                        "(二)加强站点运营管理。延长开放时间,加大宣传力度。\n")
    _, recommendations = _points(text)
    assert "加强与本地职业院校的合作,定向培养护理人员" not in recommendations
    assert recommendations[0] == "建立人员培养机制,稳定服务队伍"
