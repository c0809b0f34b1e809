"""Problems stated as shortfalls and page metadata lines, found on held-out web pages of 调研报告, self-inspection
reports and editorials (issue 8, benchmarks/data/aspects Part 6) and tested here on texts written for the tests: a
problem item that ends in a "still needs" modal (``…覆盖率需进一步提升``, ``…措施仍需进一步落实``, ``…水平有待提升``), a
self-criticism's 多…少 pair (``听取汇报多，深入基层少``), the nested ``一是…二是…`` items under such headings, and a
page's metadata line (``出版:更新:``) that is no point."""

import pytest

from summarizer import aspects as asp
from summarizer import points
from summarizer.pipeline import summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


@pytest.mark.parametrize("text, expected", [
    ("村庄规划编制覆盖率需进一步提升", True),
    ("便民服务措施仍需进一步落实。", True),
    ("专业人员业务水平有待提升", True),
    ("听取汇报多，深入基层少。", True),
    ("考虑机关工作多，思考给县委、政府当参谋少", True),  # a 、 list inside one side of the pair
    ("需进一步加强监管", False),  # opening with the modal it prescribes
    ("加快推进项目建设", False),
    ("部门之间沟通多", False),  # one side alone weighs nothing
    ("群众反映多，但解决得好", False),
])
def test_a_clause_that_ends_in_a_still_needs_modal_or_weighs_much_against_little_states_a_shortfall(text, expected):
    assert asp.states_shortfall(text) is expected


def test_problem_headings_that_state_shortfalls_and_their_nested_items_are_challenges():
    # an excerpt that starts inside the problems part: no section heading names the aspect of (三)…(五)
    text = ("（三）项目审批推进较慢。审批是一项便民措施，但由于部门较多，推进难度大。\n"
            "（四）人才队伍建设有待加强。一是专业人才覆盖率需进一步提升。二是部分单位对培训的积极性不高。\n"
            "（五）便民服务措施仍需进一步落实。一是部分企业无法办理证照。二是审查流程复杂，时间较长。\n"
            "三、下一步工作的建议\n"
            "（一）建立信息共享机制。一是加强部门联动。二是完善数据制度。")
    challenges, recommendations = _points(text)
    assert challenges == ["项目审批推进较慢", "人才队伍建设有待加强", "专业人才覆盖率需进一步提升", "部分单位对培训的积极性不高",
                          "便民服务措施仍需进一步落实", "部分企业无法办理证照", "审查流程复杂，时间较长"]
    assert recommendations[0] == "建立信息共享机制"


def test_a_self_criticism_pair_of_much_and_little_is_a_problem_item():
    text = ("一、存在的问题\n（一）调查研究不够深入。\n存在着“两多两少”：一是听取汇报多，深入基层少。\n"
            "对基层的情况掌握不全。二是看材料多，解决问题少。")
    challenges, _ = _points(text)
    assert challenges[:2] == ["调查研究不够深入", "听取汇报多，深入基层少"]
    assert "看材料多，解决问题少" in challenges


@pytest.mark.parametrize("point, expected", [
    ("出版:更新", True),
    ("来源： 作者： 阅读", True),
    ("作者：张三", True),
    ("原因：投入不足", False),  # a note-style point whose label names no page field
    ("出版社经营困难", False),
])
def test_a_page_metadata_line_is_no_point(point, expected):
    assert asp.is_page_label_line(point) is expected
    if expected:
        assert asp.states_neither(point)


def test_a_metadata_line_under_the_title_gives_no_measure():
    text = ("社区养老服务的困境\n\n撰文: 本报评论员\n出版:更新:\n\n"
            "当前社区养老服务仍然面临不少问题。护理人员流失严重，服务设施利用率偏低。")
    challenges, recommendations = _points(text)
    assert recommendations == []
    assert challenges == ["护理人员流失严重，服务设施利用率偏低"]


def test_shortfall_reading_handles_long_clauses():  # one split and a bounded end match per clause
    assert asp.states_shortfall("多" * 100_000 + "，" + "少" * 100_000) is True
    assert asp.states_shortfall("需" * 100_000) is False
    assert asp.states_shortfall("，".join(["需进一步"] * 10_000)) is False
    assert not asp.is_page_label_line("：" * 100_000)


def test_a_sentence_that_turns_from_its_problems_to_the_measures_gives_both():
    text = ("【摘要】本文梳理了某市社区养老政策。作者认为，护理人员薪酬偏低是主要原因，为此，政府应提高护理人员待遇，"
            "社区可通过设立志愿服务站、建立邻里互助机制等措施完善养老服务。\n\n【关键词】养老；社区")
    challenges, recommendations = _points(text)
    assert challenges == ["护理人员薪酬偏低是主要原因"]
    assert recommendations == ["政府应提高护理人员待遇", "设立志愿服务站", "建立邻里互助机制"]


@pytest.mark.parametrize("sentence, expected", [
    ("服务人员不足，为此，政府应加强管理，社区可通过设立站点、建立机制等方式完善服务。",
     (6, ["政府应加强管理", "设立站点", "建立机制"])),
    ("服务人员很多，为此，政府应加强管理。", None),  # no shortcoming before the turn: no turn from problems
    ("服务人员不足，因此，群众意见很大。", None),  # nothing prescribed after it
    ("为此，政府应加强管理。", None),  # a turn that opens the sentence links it to the one before
])
def test_turn_parts_reads_the_turn_and_the_measures_after_it(sentence, expected):
    found = points.turn_parts(sentence)
    if expected is None:
        assert found is None
    else:
        turn, spans = found
        assert (turn, [sentence[a:b] for a, b in spans]) == expected


def test_turn_parts_handles_long_clauses():  # bounded patterns: a clause of many 通过 costs linear time
    assert points.turn_parts("通过、" * 30_000) is None
    turn, spans = points.turn_parts("服务不足，为此，" + "政府应通过、" * 30_000)
    assert turn == 4 and len(spans) == 1


LISTING = ("养老金不足 长者生活困苦\n\n文：某某\n\n本港长者贫穷率高企，退休保障严重不足。政府一直未能提供全民退休保障。\n\n"
           "Continue reading “养老金不足 长者生活困苦” »\n\n公屋轮候太长 基层苦不堪言\n\n"
           "公屋轮候时间不断延长，基层家庭长期居于劏房。政府应增加公屋供应，并设立轮候时间上限。")


def test_a_blog_listing_page_gives_one_essay_per_post_after_each_read_more_link():
    essays = summarize_document(LISTING).essays
    assert [e.title for e in essays] == ["养老金不足 长者生活困苦", "公屋轮候太长 基层苦不堪言"]
    assert [p.text for p in essays[0].challenges] == ["本港长者贫穷率高企，退休保障严重不足", "政府一直未能提供全民退休保障"]
    assert [p.text for p in essays[1].recommendations] == ["政府应增加公屋供应，并设立轮候时间上限"]


@pytest.mark.parametrize("after", [
    "",  # the link closes the page
    "\n\n分享到：微信 微博",  # a share widget, no post title with text after it
])
def test_a_read_more_link_without_a_next_post_splits_nothing(after):
    text = "养老金不足\n\n本港长者贫穷率高企，退休保障严重不足。政府一直未能提供全民退休保障。\n\n阅读全文 »" + after
    assert len(summarize_document(text).essays) == 1


def test_the_read_more_link_line_is_removed_by_cleaning():
    from summarizer.clean import clean
    ct = clean(LISTING)
    assert "Continue reading" not in ct.text
    assert ct.breaks and ct.text[ct.breaks[-1]:].startswith("公屋轮候太长")


@pytest.mark.parametrize("point, expected", [
    ("在整改工作中，给予党纪处分2人；诫勉谈话3人；组织处理0人", True),  # a count of people dealt with
    ("召开专题会议5次，办结信访件8件", True),
    ("全镇仍有危房户120户", False),  # what remains is a shortcoming
    ("专职人员不足5人", False),
])
def test_a_rectification_reports_count_of_people_and_cases_dealt_with_is_no_point(point, expected):
    assert asp.reports_statistic(point) is expected


def test_a_heading_that_quotes_the_inspectors_finding_is_a_challenge():
    # (a heading too long to name a section, over no list of problems: no section gave it an aspect)
    text = ("现将巡察整改情况予以公布。\n\n（一）在“贯彻落实上级重大决策部署不够有力，党组领导核心作用发挥不足”方面\n\n"
            "1.关于“理论学习不够深入系统”问题的整改\n\n已组织集中学习5次，制定学习计划。")
    challenges, _ = _points(text)
    assert challenges[0] == "在“贯彻落实上级重大决策部署不够有力，党组领导核心作用发挥不足”方面"
    assert points.own_heading_aspect("在“贯彻落实上级部署不够有力”方面") == asp.CHALLENGE  # 贯彻 opens no measure here
    assert points.own_heading_aspect("在“加强队伍建设”方面") != asp.CHALLENGE  # a quoted measure states no shortcoming
