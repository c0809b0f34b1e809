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


def _widened(sentence: str, opener: str, max_chars: int = 60) -> str:
    from summarizer.points import subject_clause_start
    start = sentence.index(opener)
    a, b = subject_clause_start(sentence, start, len(sentence), max_chars)
    return sentence[a:b]


def test_a_point_opening_with_a_subjectless_modal_takes_the_subject_clause_before_it():
    # 街道办事处作为主办单位，| 理应承担…: the modal clause has no subject; the point is the whole statement
    assert _widened("对此，街道办事处作为主办单位，理应承担起日常监管责任，定期检查", "理应") \
        == "街道办事处作为主办单位，理应承担起日常监管责任，定期检查"
    # a scope clause (在…上) is the measure's too
    assert _widened("按照上级的要求，在垃圾的转运处理上，应实行城乡一体化", "应实行") == "在垃圾的转运处理上，应实行城乡一体化"


def test_a_subjectless_point_after_a_condition_purpose_or_long_clause_stays_as_it_is():
    assert _widened("为了减轻食堂的经营压力，应给予适当的水电费补贴", "应给予") == "应给予适当的水电费补贴"
    assert _widened("如果经费继续不足，难以保证按时供餐", "难以") == "难以保证按时供餐"
    long_clause = "街道办事处作为辖区内所有社区食堂共同的主办单位和日常管理单位，理应承担起监管责任"
    assert _widened(long_clause, "理应") == "理应承担起监管责任"
    # a point that opens with no such word is left alone
    assert _widened("人手紧张，保证供餐很难", "保证") == "保证供餐很难"


def test_a_consequence_cut_from_its_problem_clause_is_a_point_with_it():
    # 厨师年龄偏大、人手紧张，| 难以保证…: the window opened at the cue clause 难以…; the problem is the clause before
    text = ("社区食堂运营的几点思考\n一、存在的问题\n不少食堂的厨师年龄偏大、人手紧张，难以保证每天按时供应午餐和晚餐，"
            "很多老人只好自己做饭，时间长了也就不再来食堂了，食堂的就餐人数因此持续下降。\n二、对策建议\n"
            "1.为了减轻食堂的经营压力，应给予适当的水电费补贴，同时鼓励周边餐饮企业参与运营，拓宽食堂的收入来源。\n")
    challenges, recommendations = _points(text)
    assert challenges[0].startswith("不少食堂的厨师年龄偏大、人手紧张，难以保证每天按时供应午餐和晚餐")
    assert recommendations[0].startswith("为了减轻食堂的经营压力，应给予适当的水电费补贴")


def test_the_result_a_problem_sentence_concludes_with_is_a_challenge_too():
    # …，正是这种频繁的流动，才使得 | 许多村小只能靠临时代课人员维持教学。: the window took the causes; the result that
    # 才使得 opens is the problem they lead to
    text = ("乡村小学师资问题的调查\n一、存在的问题\n由于乡村小学的教师工资待遇偏低，住房、交通和子女上学的条件也比较差，"
            "不少年轻教师往往工作两三年就想方设法调回城区，正是这种频繁的流动，才使得许多村小只能靠临时代课人员维持正常教学。"
            "\n二、对策建议\n1.提高乡村教师的工资待遇，落实乡村教师生活补助政策。\n")
    challenges, _ = _points(text)
    assert challenges == ["由于乡村小学的教师工资待遇偏低，住房、交通和子女上学的条件也比较差，不少年轻教师往往工作两三年就想方设法调回城区",
                          "许多村小只能靠临时代课人员维持正常教学"]


def test_result_clause_reads_the_first_conclusion_word_after_a_clause_end():
    from summarizer.points import result_clause
    s = "担保体系不完善，企业难以提供抵押物，这使得企业获取贷款十分困难。"
    a, b = result_clause(s, 0, len(s))
    assert s[a:b] == "企业获取贷款十分困难"
    # not inside a clause (the word must open one), and none in a sentence without it
    assert result_clause("他说这使得问题更难了", 0, 10) is None
    assert result_clause("企业难以提供抵押物，贷款困难。", 0, 15) is None
