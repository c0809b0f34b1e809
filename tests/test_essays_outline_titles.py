"""A collection whose second essay is not numbered (issue 8, kind 6): a title line right after a closed numbered
outline starts a new essay; a closing part, a sub-heading and a line the outline goes on after do not."""

import summarizer
from summarizer.essays import split_essays

REPORT = """关于社区居家养老服务的调研报告

今年以来，我们走访了城区十二个社区，召开座谈会八次，对居家养老服务的开展情况进行了调研。

一、存在的主要问题
（一）服务供给不足。社区养老服务站点少，助餐、助浴等项目覆盖面窄，很多老人排不上号。
（二）专业人才短缺。护理员年龄偏大、流动性强，持证上岗的比例不到一半。
（三）运营经费紧张。站点主要依靠财政补贴维持，社会资本参与的积极性不高。

二、对策建议
（一）扩大服务供给。依托社区闲置用房增设养老服务站点，把助餐服务延伸到每个小区。
（二）加强人才培养。与职业院校合作开设护理专业，对持证护理员给予岗位补贴。
（三）创新运营模式。引入品牌养老机构连锁运营，对微利项目实行以奖代补。
"""

ESSAY = """
农村生活垃圾分类工作的几点思考

垃圾分类关系到农村人居环境的改善。近几年各地农村都在推行垃圾分类，但效果参差不齐，有的村搞了一阵就停了下来。

一是村民分类意识淡薄，很多人觉得分不分都一样。二是收运设施配套滞后，分好的垃圾又被混装混运。三是长效投入机制缺乏，保洁员工资和设施维护经费没有着落。

推动农村垃圾分类走深走实，需要久久为功。首先，要加强宣传引导，把垃圾分类写进村规民约，发挥党员和村干部的带头作用。其次，要完善收运体系，按照分类标准配齐收集桶和转运车辆。最后，要建立稳定的经费保障机制，将保洁经费纳入县级财政预算。
"""


def test_an_unnumbered_essay_after_a_numbered_report_is_a_second_essay_with_its_own_points():
    result = summarizer.summarize(REPORT + ESSAY)
    assert [e.title for e in result.essays] == ["关于社区居家养老服务的调研报告", "农村生活垃圾分类工作的几点思考"]
    report, essay = result.essays
    assert [p.text for p in report.challenges] == ["服务供给不足", "专业人才短缺", "运营经费紧张"]
    assert [p.text for p in report.recommendations] == ["扩大服务供给", "加强人才培养", "创新运营模式"]
    challenges = [p.text for p in essay.challenges]
    for point in ("村民分类意识淡薄，很多人觉得分不分都一样", "收运设施配套滞后，分好的垃圾又被混装混运",
                  "长效投入机制缺乏，保洁员工资和设施维护经费没有着落"):
        assert point in challenges
    recommendations = [p.text for p in essay.recommendations]
    for point in ("要加强宣传引导，把垃圾分类写进村规民约，发挥党员和村干部的带头作用",
                  "要完善收运体系，按照分类标准配齐收集桶和转运车辆", "要建立稳定的经费保障机制，将保洁经费纳入县级财政预算"):
        assert point in recommendations
    assert not set(challenges) & {p.text for p in report.recommendations}


def test_the_split_keeps_offsets_of_the_cleaned_text():
    text = (REPORT + ESSAY).replace("\n\n", "\n")
    first, second = split_essays(text)
    assert text[second.marker_start:second.start] == "农村生活垃圾分类工作的几点思考\n"
    assert text[first.start:first.end].endswith("对微利项目实行以奖代补。")
    assert text[second.start:].startswith("垃圾分类关系到农村人居环境的改善。")


def test_a_title_without_a_title_word_over_prose_also_starts_an_essay():
    text = REPORT + ESSAY.replace("农村生活垃圾分类工作的几点思考", "让农村生活垃圾分类落地见效")
    assert [e.title for e in summarizer.summarize(text).essays] == ["关于社区居家养老服务的调研报告", "让农村生活垃圾分类落地见效"]


def test_a_numbered_second_essay_after_the_title_line_splits_too():
    second = ("\n基层减负工作的几点思考\n一、当前存在的问题\n（一）考核名目繁多。各类检查评比层层加码，基层干部疲于应付迎检，真正用在服务群众上的时间越来越少。\n"
              "（二）报表台账重复。同一组数据要向多个部门重复填报，格式各不相同，占去基层干部大量工作时间。\n二、对策建议\n"
              "（一）精简考核事项。把各类督查检查合并为年终一次综合考核，让基层干部把精力放到抓落实上。\n（二）打通数据系统。建立统一的基层数据平台，一次采集、多方共享，不再让基层重复填报同一组数据。\n")
    essays = summarizer.summarize(REPORT + second).essays
    assert [e.title for e in essays] == ["关于社区居家养老服务的调研报告", "基层减负工作的几点思考"]
    assert [p.text for p in essays[1].challenges] == ["考核名目繁多", "报表台账重复"]
    assert [p.text for p in essays[1].recommendations] == ["精简考核事项", "打通数据系统"]


def test_a_closing_part_after_the_outline_stays_in_the_report():
    closing = ("\n结语\n居家养老是大多数老年人的选择，社区是居家养老服务的主阵地。只要各方形成合力，持续加大投入，"
               "社区居家养老服务的短板一定能够补齐，老年人的获得感、幸福感、安全感也会不断增强。" * 3 + "\n")
    assert len(split_essays(REPORT + closing)) == 1


def test_an_appendix_after_the_outline_stays_in_the_report():
    appendix = ("\n附录 东城社区老年食堂运营情况\n东城社区把闲置的自行车棚改造成老年食堂，每天为一百多位老人供餐，"
                "还为行动不便的老人送餐上门，受到群众欢迎。" * 3 + "\n")
    assert len(split_essays(REPORT + appendix)) == 1


def test_a_line_the_outline_goes_on_after_is_no_title():
    more = ("\n典型社区的做法和经验摘编情况\n东城社区把闲置的自行车棚改造成老年食堂，每天为一百多位老人供餐，"
            "还为行动不便的老人送餐上门，受到群众欢迎。" * 3 + "\n三、下一步工作打算\n（一）开展示范站点评选。每年评选十个示范站点。\n")
    assert len(split_essays(REPORT + more)) == 1


def test_a_sub_heading_over_numbered_items_in_the_last_section_is_no_title():
    more = ("\n强化组织保障工作要求\n1. 各街道要成立工作专班，明确分管领导和具体责任人。\n"
            "2. 民政部门要会同财政部门制定补贴办法，确保资金按时足额拨付到位。\n" * 4)
    assert len(split_essays(REPORT + more)) == 1


def test_outline_title_search_is_linear_on_long_lines_and_many_lines():
    long_line = "一、问题\n二、对策\n（一）加强管理。\n" + "治" * 100_000
    assert len(split_essays(long_line)) == 1
    many = "一、问题\n二、对策\n" + "（一）加强。\n乡村振兴工作的几点思考\n" * 10_000
    assert split_essays(many)
