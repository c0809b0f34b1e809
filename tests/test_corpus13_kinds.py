"""Fault kinds found on the held-out Part 7 documents (645-655), each on texts written for these tests."""

from aspect_helpers import points
from summarizer import aspects as asp


def test_colon_label_reads_the_label_of_a_run_in_item():
    # the words after the colon explain the label; their nouns (特点, 做法) name no section
    assert asp.colon_label("服务流程衔接不够：少数窗口未能结合群众特点设计办事指引") == "服务流程衔接不够"
    # a short tail after the colon is a subtitle, a colon inside a token ends no clause
    assert asp.colon_label("坦言集：住房问题") == "坦言集：住房问题"
    assert asp.colon_label("会议于10:30开始并持续到中午十二点整结束") == "会议于10:30开始并持续到中午十二点整结束"
    assert asp.heading_aspect("服务流程衔接不够：少数窗口未能结合群众特点设计办事指引") is None


NOTICE = (
    "各科室：\n"
    "近期对全馆窗口服务情况进行了抽查。现将有关情况通报如下：\n"
    "一、总体情况\n"
    "抽查发现，各窗口能够按时开放，服务态度总体良好，群众满意度较高。\n"
    "二、存在问题\n"
    "1.借阅流程过于繁琐：读者反映办理手续的做法复杂，排队时间较长。\n"
    "2.新书上架周期偏长：部分图书到馆两个月仍未编目。\n"
    "3.窗口衔接不够：少数窗口未能结合读者特点设计办事指引。\n"
    "三、整改要求\n"
    "1.简化借阅手续，推行自助办理。\n"
    "2.加快新书编目上架。\n"
    "3.完善窗口衔接机制。\n"
)


def test_notice_sections_and_run_in_problem_items():
    # 总体情况 is a notice's overall picture (neither), 整改要求 its measures; each run-in problem item is a challenge,
    # whatever section noun its explanation holds (做法, 特点)
    ch, rec = points(NOTICE)
    assert [p.split("：")[0] for p in ch] == ["借阅流程过于繁琐", "新书上架周期偏长", "窗口衔接不够"]
    assert rec == ["简化借阅手续，推行自助办理", "加快新书编目上架", "完善窗口衔接机制"]
    assert not any("满意度" in p for p in ch + rec)


def test_proposal_noun_after_a_verb_of_handing_in_prescribes_nothing():
    # 提出建议, 追加建议, …的建议: the noun; a problem item that ends with it stays a problem
    assert not asp.recommends_outright("材料格式不规范，以“报告”“信函”等形式提出建议")
    assert not asp.recommends_outright("手续不全，除书面建议外还向窗口口头追加建议")
    assert not asp.prescribes_only("向有关部门提出改进工作的建议")
    # 建议 opening a point still proposes
    assert asp.recommends_outright("建议增加自习座位供给")


TRAITS = (
    "优秀的社区志愿服务一般有以下特质：一是贴近群众，从居民最关心的问题入手提出服务项目。二是形式灵活，"
    "针对不同人群提出不同的服务建议。三是持续稳定，通过长期参与发现问题并推动解决。\n"
    "当前社区志愿服务存在的问题包括：一是组织松散，缺乏统一的调度平台；二是激励不足，志愿者流失严重。\n"
)


def test_a_list_announced_as_traits_is_neither():
    # 一般有以下特质：一是…: what good service is like, neither aspect; the problem list after it is read as before
    assert asp.announces_traits("优秀的社区志愿服务一般有以下特质：")
    assert asp.announces_traits("主要做法如下：")
    assert not asp.announces_traits("（一）背景：")  # a bare label announces nothing
    ch, rec = points(TRAITS)
    assert not any("贴近群众" in p or "形式灵活" in p or "持续稳定" in p for p in ch + rec)
    assert any(p.startswith("组织松散") for p in ch) and any(p.startswith("激励不足") for p in ch)


def test_negative_condition_names_the_measure_it_argues_for():
    from summarizer.points import negated_conditions

    def acts(s):
        return [s[a:b] for a, b in negated_conditions(s)]

    assert acts("如果我们不尽快扩建公立托育中心，双职工家庭只会越来越难兼顾工作。") == ["尽快扩建公立托育中心"]
    # more negated clauses before the consequence: one action each, a trailing 的话 dropped
    assert acts("倘若政府一直不修订收费标准，不公开成本核算的话，市民就会继续质疑。") == ["修订收费标准", "公开成本核算"]
    assert acts("若没有同步提高护理员待遇，扩大床位只是在加速人员流失。") == ["同步提高护理员待遇"]
    # no negated action (不是, 不同), or no consequence after it: no measure
    assert acts("如果不是志愿者帮忙，活动不会这么顺利。") == []
    assert acts("如果不同意这个方案，可以再讨论。") == []
    assert acts("如果不尽快扩建托育中心，大家可以再讨论。") == []


def test_negative_condition_in_a_speech_gives_a_recommendation():
    text = ("主席，托育服务长期供不应求，轮候名单越来越长。"
            "如果政府不及早规划托育设施，不增加培训名额的话，年轻家庭只会更加不敢生育。")
    ch, rec = points(text)
    assert "及早规划托育设施" in rec and "增加培训名额" in rec
    assert not any("如果政府不及早" in p for p in ch)


def test_negated_conditions_are_linear_on_long_input():
    from summarizer.points import negated_conditions
    assert negated_conditions("如果不" + "改" * 100_000) == []
    assert negated_conditions("如果不改，只会更糟，" * 10_000) == []  # 改 is shorter than an action
    assert len(negated_conditions("如果不改善管理，只会更糟。" * 10_000)) == 10_000


def test_need_nouns_and_conditions_open_no_modal_clause():
    # 需要扶助者众 ("those needing help are many"), 要做的话 ("if one is to do it"): no modal clause
    assert asp.modal_strength("城市贫困人口正在扩大，需要扶助者众") == 0
    assert asp.modal_strength("其实一年时间说短也不短，要做的话，可做的事很多") == 0
    assert asp.sentence_aspect("城市贫困人口正在扩大，需要扶助者众") != asp.RECOMMENDATION
    # a modal that opens a clause still counts
    assert asp.modal_strength("需要加强监管，要建立台账") == 2
    # a proposal the speaker denies making is no modal
    assert not asp.strong_modal("很可惜，我们不是建议削减总裁的薪酬")
    assert asp.strong_modal("我们建议削减总裁的薪酬")


def test_upper_case_ascii_roman_numerals_are_list_markers():
    from summarizer.structure import parse
    upper = "本會促請政府：\n\n(I) 檢討安老服務的規劃；及\n\n(II) 增加資助院舍宿位；及\n\n(III) 設立照顧者津貼。"
    mixed = upper.replace("(II)", "(ii)").replace("(III)", "(iii)")  # a typed list that mixes the cases
    for text in (upper, mixed):
        st = parse(text)
        assert [(it.family, it.run) for it in st.items] == [("roman", 0)] * 3
        _, rec = points(text)
        assert [p.split("；")[0] for p in rec] == ["檢討安老服務的規劃", "增加資助院舍宿位", "設立照顧者津貼"]
    # an upper-case letter list stays a letter list
    st = parse("(A)加强监管。(B)完善制度。(C)强化考核。")
    assert [it.family for it in st.items] == ["letter"] * 3


def test_criticised_over_emphasis_is_no_reported_speech():
    # 一味强调 (over-emphasising) is a shortcoming the author names, not someone's words reported
    assert not asp.excludes_prose("一味强调硬件投入，软件建设严重滞后")
    assert asp.excludes_prose("专家强调要加大硬件投入")
    text = ("当前社区养老服务存在的问题包括：一是规划滞后，缺乏统一的设施布局；一味强调硬件投入，服务内容单一；"
            "过于依赖财政补贴，没有形成可持续的运营模式。二是人才短缺，护理人员流失严重。")
    ch, _ = points(text)
    assert any(p.startswith("规划滞后") for p in ch)
    assert any(p.startswith("过于依赖财政补贴") for p in ch)
