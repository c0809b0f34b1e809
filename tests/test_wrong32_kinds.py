"""Kinds of wrong points (given, matching no gold point) that wrong32 fixed, written as small texts of the tests' own:
one-character verbs of saying read inside longer words (说 in 说明 or 小说, 称 in 名称) as the report of a problem or
of a measure, and a text announcing its own plan read as a measure."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points as P


def test_inside_word_reads_the_characters_around_a_one_character_verb():
    assert asp.inside_word("说", "居民", "明了")  # (说明: explains, reports no words)
    assert asp.inside_word("说", "这部小", "里")  # (小说: a novel)
    assert asp.inside_word("称", "单位名", "")  # (名称: a name)
    assert asp.inside_word("望", "令人失", "")  # (失望, as before)
    assert not asp.inside_word("说", "局长", "，")
    assert not asp.inside_word("说", "据", "")  # (据说: hearsay, still a report)
    assert not asp.inside_word("指出", "小", "明")  # (a longer verb is a word of its own)


def test_verb_alternation_fences_one_character_verbs():
    import re
    saying = re.compile(asp.verb_alternation(("说", "表示")))
    assert saying.search("他说，路面不平") and saying.search("他表示路面不平")
    assert not saying.search("这份说明写得清楚") and not saying.search("一部小说")
    assert asp.verb_alternation(()) == "(?!)"


def _split(sentence):
    found = P.problem_then_appeal(sentence)
    return found and [sentence[a:b] for a, b in found if (a, b)]


def test_a_report_verb_inside_a_word_does_not_start_the_problem():
    # (说 of 说明 stood after 反映 and cut the problem to 明牌破损严重)
    assert _split("有居民反映，路灯说明牌破损严重，建议尽快更换") == ["路灯说明牌破损严重", "尽快更换"]
    assert _split("居民说，路灯破损严重，建议尽快更换") == ["路灯破损严重", "尽快更换"]
    assert P._last_report_end("他说明了情况，小说里写过") == -1
    assert P._last_report_end("他说，说明书丢了") == 2


def test_saying_inside_a_word_does_not_guard_a_measure_tail():
    assert P._tail_guarded("局长说，", "应当尽快修复")
    assert not P._tail_guarded("居民说明了情况，", "应当尽快修复")  # (说明: no one's words reported)


def test_a_text_announcing_its_plan_gives_no_measure():
    # (the text as the subject of the clauses before the wish: its plan and aim, no measure; wrong32)
    assert P._tail_guarded("因此，本文想要探讨大学生的压力来源，并在结语说明笔者观点，", "希望可以让教育接住更多的同学")
    assert not P._tail_guarded("结论表明，论文质量问题是系统性缺陷，", "唯有构建质量监控体系，方能实现可持续发展")


def test_last_report_end_is_linear():
    assert_linear(lambda n: P._last_report_end("说明" * n), 20_000, "many 说明 and no verb of saying")


def test_an_office_holders_reply_is_reported():
    # (司长, 署长, 市长 … answering with a verb of saying: the government's reply, neither aspect; wrong32)
    text = "去年八月，行政法务司司长在立法会回答质询时称，政府不会就改革提出任何方案，因为社会尚未达成共识。"
    start = text.index("政府不会")
    assert asp.reports_scholar_view(text, start, text.index("，因为"))
    text = "有市民投诉道路损坏，市长回应，会请工务部门研究，尽快增加补助。"
    assert asp.reports_scholar_view(text, text.index("会请"), len(text) - 1)


def test_an_office_holders_directive_is_not_a_reply():
    # (副市长…要求，各地要…: a meeting's directive, whose items a work report keeps as measures)
    text = "副市长在会上要求，各地要完善留守人员信息数据库，开展大走访。"
    assert not asp.reports_scholar_view(text, text.index("完善"), len(text) - 1)
    # (the title as the subject of a problem, no words relayed)
    text = "个别局长作风漂浮，说一套做一套。"
    assert not asp.reports_scholar_view(text, 0, len(text) - 1)


LETTER = ("致小区物业的一封信\n"
          "路灯问题：小区北门的路灯坏了半年，晚上出行很不方便，希望物业能尽快更换路灯。\n"
          "停车问题：地下车库的照明不足，车位划线模糊，希望物业重新划线并增加照明。\n"
          "卫生问题：楼道垃圾经常两三天才清理一次，希望物业加强保洁。\n")


def test_a_wish_that_names_who_is_to_act_is_a_measure_tail():
    assert P.measure_tail_clause("希望物业重新划线并增加照明")  # (the one asked, then the act)
    assert P.actor_then_act("政府加强监管") and not P.actor_then_act("以再次发声回报社会")
    assert not P.measure_tail_clause("希望以再次发声回报社会")  # (a means and a personal aim, as before)


def test_a_problem_labels_run_ends_before_its_measure_tail():
    aspect, items = P.colon_comma_items("停车问题：地下车库的照明不足，车位划线模糊，希望物业重新划线并增加照明。")
    assert aspect is None and items == []  # (two problems left: no run of three; the wish is no problem)


def test_each_labelled_line_of_a_letter_gives_its_problem_and_its_wish():
    from aspect_helpers import points
    challenges, recommendations = points(LETTER)
    assert challenges == ["小区北门的路灯坏了半年，晚上出行很不方便", "地下车库的照明不足，车位划线模糊",
                          "楼道垃圾经常两三天才清理一次"]
    assert recommendations == ["希望物业能尽快更换路灯", "希望物业重新划线并增加照明", "希望物业加强保洁"]


def test_a_heading_over_another_places_practices_names_no_measures():
    assert asp.heading_aspect("一、发达国家乡村振兴的实施路径") == asp.OTHER
    assert asp.heading_aspect("（二）国外的应对措施") == asp.OTHER
    # (lessons drawn for the essay's own place, and its own country's measures, stay recommendations)
    assert asp.heading_aspect("二、国外经验及启示") == asp.RECOMMENDATION
    assert asp.heading_aspect("（三）国外经验对我国的启示") == asp.RECOMMENDATION
    assert asp.heading_aspect("我国乡村振兴的实施路径") == asp.RECOMMENDATION
    assert asp.heading_aspect("日本应对老龄化的对策") == asp.RECOMMENDATION  # (an essay about Japan)


def test_another_places_practices_under_such_a_heading_give_no_measures():
    from aspect_helpers import points
    text = ("乡村振兴的国际经验与中国路径\n一、发达国家乡村振兴的实施路径\n1. 甲国立法保护农地。\n"
            "甲国通过立法严格保护耕地，设立农地整理基金。\n2. 乙国加大乡村基础设施投入。\n乙国持续投资乡村道路和宽带网络。\n"
            "二、我国推进乡村振兴的对策\n1. 加强法律制度建设，完善制度性供给。\n2. 加强乡村基础设施建设，促进城乡互联互通。\n")
    assert points(text)[1] == ["加强法律制度建设，完善制度性供给", "加强乡村基础设施建设，促进城乡互联互通"]


def test_the_authorities_reply_is_reported():
    # (政府/当局 … with a verb of replying: the reply to a question, neither aspect; wrong32)
    text = "就这一提问，政府重复其观点回复说，在未有共识之前，政府不会提出具体方案。"
    assert asp.reports_scholar_view(text, text.index("在未有"), len(text) - 1)
    text = "当局回应指，现有的停车位足以应付需求。"
    assert asp.reports_scholar_view(text, text.index("现有"), len(text) - 1)
    # (a modal over the reply prescribes it: the author's measure, 政府应对质询作出积极回应)
    text = "为此，政府应对书面质询作出积极回应，立法会可定期召开质询会议。"
    assert not asp.reports_scholar_view(text, text.index("政府应"), text.index("，立法会"))
    # (政府表示… alone may announce a plan: not read as a reply)
    text = "政府表示，明年将增建三所长者日间护理中心。"
    assert not asp.reports_scholar_view(text, text.index("明年"), len(text) - 1)
