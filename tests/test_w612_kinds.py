"""w612 (issue 8): a lay speaker's quoted complaint in a news report is his problem, a challenge
(points.quoted_complaints; Part 61's 3170), on texts of the test's own."""

from costs import assert_linear

from summarizer.pipeline import summarize_document
from summarizer.points import lay_complainant, quoted_complaints


def _points(text):
    return {side: [p.text for e in summarize_document(text).essays for p in getattr(e, side)]
            for side in ("challenges", "recommendations")}


def test_quote_then_speaker_gives_its_first_sentence():
    s = "“每到晚上就停电,冰箱里的东西都坏了。我们只好买了台发电机。”住户刘先生说。"
    assert quoted_complaints(s) == [(1, 18)]
    assert s[1:18] == "每到晚上就停电,冰箱里的东西都坏了"


def test_speaker_then_quote():
    s = "对此,业主张先生抱怨道:“小区的电梯三天两头出故障,供暖也不正常。”"
    spans = quoted_complaints(s)
    assert [s[a:b] for a, b in spans] == ["小区的电梯三天两头出故障,供暖也不正常"]


def test_official_or_staff_quote_and_wish_give_none():
    # a staff member's account of the work, an office holder's reply, a resident's plea (read as a demand elsewhere)
    assert quoted_complaints("“管道老化,经常停水,我们已经安排人员维修。”村委会主任李先生说。") == []
    assert quoted_complaints("“我们希望供水公司尽快恢复正常供水。”村民王女士说。") == []
    assert quoted_complaints("“今年的收成很好,大家都很高兴。”村民王女士说。") == []
    assert quoted_complaints("“这不是我第一次在网上留言反映问题。”业主梁先生说。") == []  # (the act, no problem)
    assert not lay_complainant("镇长王先生") and lay_complainant("村民陈大伯") and lay_complainant("业主")


def test_news_report_quotes_become_challenges():
    text = ("本报讯 近日,新华小区多位居民向本报反映,小区停水已有一周。\n"
            "“一到晚上就没水,只能到邻居家去打水。”居民赵阿姨说。\n"
            "居民们希望供水公司尽快修复管道。\n")
    points = _points(text)
    assert any("一到晚上就没水" in p and "赵阿姨" not in p for p in points["challenges"])
    assert any("尽快修复管道" in p for p in points["recommendations"])


def test_quoted_complaints_stay_linear():
    assert_linear(lambda n: quoted_complaints("“" + "没水" * n + "”村民说"), 20_000, "one long quote")
    assert_linear(lambda n: quoted_complaints("“没水了,停电了。”村民说," * n), 2_000, "many quotes")
    assert_linear(lambda n: quoted_complaints("村民说“" * n), 5_000, "openings without close")


def test_enumerated_lacks_are_one_challenge():
    from summarizer.points import enumerated_lacks
    s = "他说,造成这种局面一是缺资金,二是缺技术,三是缺人才。"
    assert [s[a:b] for a, b in enumerated_lacks(s)] == ["造成这种局面一是缺资金,二是缺技术,三是缺人才"]
    assert enumerated_lacks("一是加强管理,二是完善制度。") == []
    assert enumerated_lacks("一是少开会,二是少发文。") == []  # (fewer meetings: a measure, no lack)
    assert enumerated_lacks("一是缺钱的困难比较多,二是缺人的问题也普遍存在。") == []  # (items too long: a clause each)
    points = _points("调研发现,村卫生室运转困难。村医们认为,出现这种情况一是缺钱,二是缺人。\n")
    assert any("一是缺钱,二是缺人" in p for p in points["challenges"])
    assert_linear(lambda n: enumerated_lacks("一是缺钱," * n), 5_000, "a long run of lacks")


def test_harder_still_states_a_problem():
    # 难上加难 ("harder still") is a verdict on what the sentence names, no measure (Part 61's 3178)
    from summarizer.aspects import prose_aspect
    assert prose_aspect("在这些学校,经费只能维持基本运转,引进和留住教师更是难上加难。") == "challenge"


def test_sequence_paragraph_body_problems():
    text = ("一、物流业发展面临的挑战\n"
            "首先,人才短缺仍然是制约物流企业发展的关键因素之一。目前许多中小物流企业的信息化水平偏低,管理方式落后。"
            "此外,物流成本依然较高,严重影响了企业的利润空间。\n"
            "其次,基础设施建设滞后也是一大难题。偏远地区的配送网点严重不足,且分布不均。\n")
    ch = _points(text)["challenges"]
    assert any("信息化水平偏低" in p for p in ch)
    assert any("配送网点严重不足" in p for p in ch)


def test_stacked_burden_is_a_challenge():
    from summarizer.aspects import sentence_aspect, stacked_burden
    s = "教师的工作压力很大,下班后不但要批改作业,还要参加各种培训。"
    assert stacked_burden(s) and sentence_aspect(s) == "challenge"
    # with no heavy load before it, 不仅要…更要… prescribes
    assert not stacked_burden("我们不仅要加强管理,更要完善制度。")
    assert sentence_aspect("我们不仅要加强管理,更要完善制度。") == "recommendation"
    assert_linear(lambda n: stacked_burden("时间很长," + "不但要" * n), 5_000, "many correlatives")


def test_problem_reported_solved_states_no_shortcoming():
    from summarizer.aspects import challenge_strength, sentence_aspect
    assert sentence_aspect("目前管道已经修好,小区停水问题已经得到解决。") is None
    assert challenge_strength("这些问题已经解决了吗？") == 1  # (asked, not reported over)
    assert challenge_strength("群众反映的问题至今没有得到解决。") == 1


def test_marked_item_line_ending_in_a_comma_goes_on():
    # a numbered item broken after a comma (a blog's line breaks, Part 59's 3026): its sentence goes on below
    from summarizer.clean import clean
    text = ("以下为议员质询要点:\n1、偏乡与市区学校的差距大、师资不足、设备老旧,\n希望教育处正视此问题。\n"
            "2、加强管理\n提高效率。\n")
    out = clean(text).text
    assert "设备老旧,希望教育处正视此问题。" in out
    assert "2、加强管理\n提高效率。" in out  # (a heading with no comma stays its own line)


def test_status_section_marked_trait_stating_a_shortcoming():
    # a status section's listed trait that states a shortcoming by the looser reading (Part 58's 2970)
    text = ("一、基本情况和主要特点\n今年以来,我局共受理来信来访1200件次。从来信来访情况综合分析,呈现以下两个特点:\n"
            "(1)、来访总量高位运行,集体访持续上升,形势仍十分严峻。\n")
    ch = _points(text)["challenges"]
    assert any(p.startswith("来访总量高位运行") and "十分严峻" in p for p in ch)
