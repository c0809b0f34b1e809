"""neg38: issue 8, precision: descriptions, a paper's outline and measures narrated as taken read as points, by kind,
on small inputs written for these tests (each kind with a negative case)."""

from aspect_helpers import points, roles
from costs import assert_linear
from summarizer import aspects as asp


# Kind 1: a section that describes a thing's merits or a post's roles (…的核心优势 ⏎ - 责任到人：…; …的角色定位 ⏎ - 信息
# 采集员：…) lists what it is, not problems or measures

MERITS = ("网格员是社区治理的基础力量。\n"
          "一、网格化治理的核心优势\n"
          "- 责任到人：每个网格有专人负责，避免推诿扯皮\n"
          "- 响应快速：网格员能第一时间发现问题、上报问题、协调解决\n"
          "二、网格员的角色定位\n"
          "- 安全巡查员：排查消防、治安等安全隐患\n"
          "- 应急处置员：在突发事件中先期处置、及时上报\n"
          "三、存在的问题\n"
          "- 人手紧缺：一名网格员要管五百多户，难以精细服务\n"
          "四、对策建议\n"
          "- 充实队伍：按每三百户配备一名专职网格员\n")


def test_merits_and_roles_sections_give_no_points():
    ch, rec = points(MERITS)
    found = ch + rec
    assert not any(p.startswith(("责任到人", "响应快速", "安全巡查员", "应急处置员", "排查消防", "在突发事件"))
                   for p in found), found
    assert asp.heading_aspect("一、网格化治理的核心优势") == asp.OTHER
    assert asp.heading_aspect("社区书记的优点") == asp.OTHER
    assert asp.heading_aspect("二、网格员的角色定位") == asp.OTHER


def test_the_problems_and_measures_beside_them_are_kept():
    ch, rec = points(MERITS)
    assert any("一名网格员要管五百多户" in c for c in ch), ch
    assert any("每三百户配备一名专职网格员" in r for r in rec), rec


def test_a_merit_word_in_a_measure_is_no_section():
    # (充分考虑…的特殊地位和优势: 优势 without 的 right before it, and inside a statement, names no section)
    assert asp.heading_aspect("发挥资源优势，壮大特色产业") != asp.OTHER
    assert asp.heading_aspect("充分考虑澳门的特殊地位和优势") != asp.OTHER


# Kind 2: a paper's outline of its parts (目录概览 ⏎ 一、文献回顾 ⏎ 二、研究设计 ⏎ 三、研究结果与分析) names parts

def test_a_papers_outline_gives_no_measures():
    _, rec = points("本研究通过问卷调查发现，当下乡村教师参与乡村文化建设的意愿总体偏低。\n"
                    "目录概览\n一、文献回顾\n二、研究设计\n三、研究结果与分析\n四、结论与建议\n"
                    "乡村振兴战略赋予了乡村教师新的角色。")
    assert not any(r in ("文献回顾", "研究设计", "研究结果与分析") for r in rec), rec


def test_findings_after_a_result_label_are_still_read():
    # (研究结果显示：/ 研究发现： opens an abstract's findings: no part name)
    assert asp.heading_aspect("研究发现") != asp.OTHER
    assert asp.heading_aspect("研究结果") != asp.OTHER


# Kind 3: a lead-in that narrates measures as taken (…政府采取了一系列严厉措施，包括：) lists what was done

TAKEN = ("二〇〇三年非典疫情暴露了公共卫生体系的薄弱环节。\n"
         "面对疫情，政府采取了一系列严厉措施，包括：\n"
         "- 建立全国性的疫情监测和报告系统；\n"
         "- 实施隔离和交通管制，控制疫情扩散。\n"
         "疫情最终在当年七月得到控制。")


def test_measures_narrated_as_taken_are_no_recommendations():
    _, rec = points(TAKEN)
    assert not any("疫情监测和报告系统" in r or "隔离和交通管制" in r for r in rec), rec
    assert asp.lead_in_aspect("面对疫情，政府采取了一系列严厉措施，包括：") == asp.OTHER
    assert asp.lead_in_aspect("我们采取了以下措施：") == asp.OTHER
    assert asp.takes_measures_done("面对疫情，政府采取了一系列严厉")


def test_measures_to_take_and_a_turn_after_taken_ones_are_kept():
    assert asp.lead_in_aspect("针对上述问题，应采取以下措施：") == asp.RECOMMENDATION
    assert asp.lead_in_aspect("针对上述问题，提出以下措施：") == asp.RECOMMENDATION
    assert asp.lead_in_aspect("虽然采取了多项措施，但仍存在以下问题：") == asp.CHALLENGE
    assert not asp.takes_measures_done("各地要推广已采取了的")  # a modal prescribes
    # (进行了 is no verb of adopting measures: the members discussed, then proposed)
    assert asp.lead_in_aspect("会上，委员们对工作报告进行了讨论，并提出了具体整改建议：") == asp.RECOMMENDATION
    _, rec = points(TAKEN.replace("政府采取了一系列严厉措施，包括：", "政府应采取以下措施："))
    assert any("疫情监测和报告系统" in r for r in rec), rec


def test_taken_measures_test_is_linear():
    assert_linear(lambda n: asp.takes_measures_done("采" * n + "取了"), 20_000, "a long run before 取了")
    assert_linear(lambda n: asp.lead_in_aspect("政府采取了" + "严" * n + "措施，包括："), 5_000, "a long lead-in")


# Kind 4: the author's own thanks (笔者更要感谢…的教师，他们…) are ceremony, whatever hardship the thanked bore

def test_the_authors_thanks_are_ceremony():
    assert asp.is_ceremony("笔者更要感谢过去多年坚守岗位的教师，他们在艰苦的条件下兢兢业业地工作")
    assert asp.is_ceremony("在此特别感谢各位同工的付出")
    assert not asp.is_ceremony("教师流失的情况令人担忧，学校面对收生困难的压力")



# Kind 5: inside a page titled with its problems, a numbered section naming a part of neither (一、了解的基本情况) over a
# list of its own is that part: what was found in place (1、责任落实到位。…), no problems and no measures

FOUND_IN_PLACE = ("社区疫情防控存在问题和困难情况\n"
                  "社区疫情防控存在问题和困难情况1\n"
                  "一、了解的基本情况\n"
                  "通过摸查统计，各街道把疫情防控当作头等大事来抓。\n"
                  "1、责任落实到位。各街道组织人员对返乡人员进行全面排查，建立信息互通机制。\n"
                  "2、宣传动员到位。深入居委会进行广泛宣传，利用宣传车、广播等形式宣传防疫知识。\n")


def test_a_part_of_neither_inside_a_problems_page_gives_no_points():
    assert points(FOUND_IN_PLACE) == ([], [])
    assert ("了解的基本情况", asp.OTHER, "other") in roles(FOUND_IN_PLACE)


def test_a_measure_heading_with_a_part_noun_stays_a_point_of_its_section():
    # (加强…的重要作用 states a measure: its item vote keeps it a point of the enclosing recommendations)
    text = ("对策建议\n一、发挥社区组织的重要作用\n1. 建立居民议事会。\n2. 培育社区志愿队伍。\n"
            "二、完善经费保障\n1. 设立专项资金。\n2. 落实以奖代补。\n")
    assert ("发挥社区组织的重要作用", asp.RECOMMENDATION, "point") in roles(text)
    assert points(text)[1] == ["发挥社区组织的重要作用", "建立居民议事会", "培育社区志愿队伍", "完善经费保障", "设立专项资金",
                               "落实以奖代补"]
