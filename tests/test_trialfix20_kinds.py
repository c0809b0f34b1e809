"""Kinds of fault found by a new user's trial of 11 public documents (newuser20); each test on a small input written
for it (no trial document copied)."""

import summarizer
from summarizer.clean import clean


def test_header_lines_are_never_joined_into_one_point():
    # a title holding enumeration commas, a genre line and a byline, one a line, then the body: three header lines
    text = ("“强作风、优服务、促发展”专题学习\n"
            "个人对照检查材料\n"
            "城关第二小学：李红梅\n"
            "通过这次专题学习，我对照标准找差距，收获很大。\n"
            "一、存在的主要问题\n"
            "1、学习的系统性不够。平时学习满足于读读文件，没有深入思考。\n")
    lines = clean(text).text.split("\n")
    assert lines[:3] == ["“强作风、优服务、促发展”专题学习", "个人对照检查材料", "城关第二小学：李红梅"]
    essay = summarizer.summarize(text).essays[0]
    assert essay.recommendations == []
    assert not any("专题学习" in p.text for p in essay.challenges)
    # a paragraph that wraps after a short line still joins: its next line ends a sentence
    wrapped = "近年来，我县持续推进农村改厕和污水治理\n工作，取得了明显成效。\n"
    assert clean(wrapped).text == "近年来，我县持续推进农村改厕和污水治理工作，取得了明显成效。"


def test_an_outline_heading_and_a_lone_label_between_blank_lines_stay_apart():
    text = ("论点一：深化放管服改革，激活市场主体\n\n正文\n\n"
            "营商环境是发展的生命线。部分地区审批环节繁多，企业办事难。未来要压减审批事项，推行一网通办。\n")
    lines = clean(text).text.split("\n")
    assert lines[:2] == ["论点一：深化放管服改革，激活市场主体", "正文"]
    essay = summarizer.summarize(text).essays[0]
    assert not any("正文" in p.text for p in essay.recommendations + essay.challenges)


def test_the_clauses_of_a_definition_are_no_point():
    from summarizer import aspects
    text = ("社区养老服务\n\n"
            "社区嵌入式养老，又称小规模多功能养老，是指在社区内设立的有利于满足老人需要，增加护理岗位，"
            "方便家属探望的各类养老机构。当前社区养老床位供给不足已成为制约服务发展的瓶颈。\n")
    essay = summarizer.summarize(text).essays[0]
    assert essay.recommendations == []
    assert [p.text for p in essay.challenges] == ["当前社区养老床位供给不足已成为制约服务发展的瓶颈"]
    sentence = "养老驿站，简称驿站，是指增加护理岗位的机构。"
    start = sentence.index("增加")
    assert aspects.inside_definition(sentence, start, start + 6)
    # a sentence that defines nothing, or a point with a strong modal inside a definition, is read as usual
    plain = "政府应当增加护理岗位。"
    assert not aspects.inside_definition(plain, plain.index("增加"), len(plain) - 1)


def test_advice_on_writing_a_report_is_no_point():
    from summarizer import aspects
    assert aspects.advises_writing("写困难挑战要抓住“实质”，不谈泛泛而论的“官话”")
    assert aspects.advises_writing("因此写好总结报告的建议部分要有针对性")
    assert aspects.advises_writing("发现的问题是工作报告的关键部分")
    assert not aspects.advises_writing("写字楼空置问题要尽快解决")
    assert not aspects.advises_writing("政府要加快解决停车难问题")
    text = ("怎样写好总结\n\n"
            "写困难挑战要抓住“实质”，不谈泛泛而论的“官话”。\n"
            "写整改措施要落到“实处”，不谈空洞无物的“大话”。\n")
    essay = summarizer.summarize(text).essays[0]
    assert essay.challenges == [] and essay.recommendations == []


def test_a_reviewers_notes_under_their_heading_are_no_points():
    text = ("题目：以数字赋能提升政务服务\n\n"
            "主题：以数字赋能破解办事难题，构建便民高效的服务格局。\n\n"
            "正文\n\n"
            "当前，部分窗口仍存在办事环节多、材料重复提交等问题，亟需以数字赋能推动流程再造。\n\n"
            "写作分析\n\n"
            "1.\n开篇设问：用三个反问引出话题，点明“办事难”的痛点。\n"
            "2.\n问题导向：列举“环节多”“材料多”等问题，为下文对策铺垫。\n")
    essay = summarizer.summarize(text).essays[0]
    texts = [p.text for p in essay.challenges + essay.recommendations]
    assert not any("开篇设问" in t or "问题导向" in t or "主题" in t for t in texts), texts
    assert any("办事环节多" in t for t in texts)


def test_a_run_of_measures_carries_the_modal_of_its_first_item_to_a_parallel_item():
    # Hong Kong commentary: 大可 ("may well") before a phrase of time, then a sibling with the same actor and no modal
    text = ("评论：停车难\n\n"
            "市区停车位一直供不应求，当局却拖延不决。\n\n"
            "一是当局大可在两年内把旧校舍改作公共停车场，先解决旧区居民的泊车问题。"
            "二是当局改变只建大型停车楼的做法，旧区有大批空置的地皮多年来无人理会。\n")
    essay = summarizer.summarize(text).essays[0]
    assert [p.text for p in essay.recommendations] == [
        "当局大可在两年内把旧校舍改作公共停车场，先解决旧区居民的泊车问题", "当局改变只建大型停车楼的做法"]
    from summarizer import aspects
    assert aspects.prose_aspect("政府应在年底前修订条例。") == aspects.RECOMMENDATION
    assert aspects.prose_aspect("政府大可不必在短期内将土地拨作公屋之用。") is None


def test_the_two_sides_of_a_problem_named_as_a_topic_are_its_points():
    text = ("评论：青年就业\n\n"
            "本市眼下最突出的民生问题是青年就业问题。一方面是多年以来压缩职业培训的经费、关停技工学校、削减实习岗位。"
            "另一方面资金大量流入金融投机，实体企业不愿扩大招聘。\n")
    essay = summarizer.summarize(text).essays[0]
    texts = [p.text for p in essay.challenges]
    assert not any("最突出的民生问题" in t for t in texts), texts
    assert any("压缩职业培训的经费" in t for t in texts) and any("资金大量流入金融投机" in t for t in texts), texts
    from summarizer import aspects
    assert not aspects.states_after_cue("本市最大的问题是房屋问题。")
    assert aspects.states_after_cue("乡村学校面临的首要问题是师资结构失衡。")


def test_an_inclusion_phrase_is_no_lead_in():
    from summarizer import aspects
    assert aspects.opener_aspect("包括不少退休人士在内的市民之所以排队轮候，皆因私营安老院收费太高，又有甚么办法呢？") is None
    assert aspects._announces_ahead("主要问题包括：")
    # the paragraph before no longer decides whether the measure after it is read
    text = ("评论：安老宿位\n\n"
            "包括不少退休人士在内的市民之所以排队轮候，皆因私营安老院收费太高，不轮候资助宿位又有甚么办法呢？\n\n"
            "说到底，要缩短轮候时间，发放院舍券只是治标之法，惟有加快增建资助院舍才是治本之道。\n")
    essay = summarizer.summarize(text).essays[0]
    assert any("加快增建资助院舍" in p.text for p in essay.recommendations), essay.recommendations


def test_page_numbers_glued_to_contents_entries_are_dropped():
    text = ("乡村学校师资流失的成因及对策\n"
            "一、师资流失的成因3\n"
            "1.待遇偏低，生活条件艰苦3\n"
            "2.职称评聘名额偏少4\n"
            "二、稳定乡村师资的对策建议5\n"
            "1.提高乡村教师生活补助5\n"
            "2.单列乡村学校职称评聘指标6\n"
            "三、结语8\n"
            "引言\n"
            "乡村教师是乡村教育的根本。\n")
    cleaned = clean(text).text
    assert "待遇偏低，生活条件艰苦\n" in cleaned and "单列乡村学校职称评聘指标\n" in cleaned
    assert "三、结语\n" in cleaned
    essay = summarizer.summarize(text).essays[0]
    assert not any(p.text[-1].isdigit() for p in essay.challenges + essay.recommendations)
    # three such lines, or numbers that fall back, are no contents: a line that ends in a figure keeps it
    short = "工作进展\n一、完成改造项目3\n二、新建站点4\n三、培训人员5\n"
    assert clean(short).text.endswith("三、培训人员5")
    falling = "统计\n甲区新增站点9\n乙区新增站点4\n丙区新增站点7\n丁区新增站点2\n"
    assert clean(falling).text.endswith("丁区新增站点2")
    counts = "站点数\n甲区新增站点3\n乙区新增站点4\n丙区新增站点7\n丁区新增站点9\n"
    assert clean(counts).text.endswith("丁区新增站点9")


_NEWS_A = ("区政协召开民生议题协商会\n發布時間：2024-05-06 09:30\n"
           "5月6日上午，区政协召开民生议题协商会，围绕老旧小区加装电梯议题协商议政。"
           "委员们提出，应简化加装电梯审批流程，设立专项补贴资金，并由街道牵头协调低层住户的补偿。"
           "有委员建议，把加装电梯纳入老旧小区改造计划，统一设计、统一招标。会议由区政协副主席主持。\n")
_ESSAY_B = ("一方面，老旧小区加装电梯涉及低层住户利益，协调难度很大，不少项目因一户反对而搁置多年。"
            "另一方面，审批环节多、部门多，居民往往要跑七八个部门，耗时一年以上。"
            "这些问题不解决，群众的急难愁盼就难以纾解。")


def test_an_article_under_its_title_and_header_after_another_article_is_an_essay_of_its_own():
    from summarizer.essays import split_essays
    # a commentary, then a news article: its title, then the page's 發布時間 line
    text = "加装电梯难在哪里\n" + _ESSAY_B * 2 + "\n\n" + _NEWS_A
    ct = clean(text)
    essays = split_essays(ct.text, ct.breaks, ct.bylines)
    assert [e.title for e in essays] == ["加装电梯难在哪里", "区政协召开民生议题协商会"] or \
        [e.title for e in essays][1:] == ["区政协召开民生议题协商会"]
    # a title over a genre line (个人对照检查材料) after an essay
    text2 = "加装电梯难在哪里\n" + _ESSAY_B * 2 + "\n\n“强作风、优服务”专题学习\n个人对照检查材料\n" + _ESSAY_B * 2
    ct2 = clean(text2)
    titles = [e.title for e in split_essays(ct2.text, ct2.breaks, ct2.bylines)]
    assert titles[-1] == "“强作风、优服务”专题学习" and len(titles) == 2
    # an unnumbered section heading over prose splits nothing
    one = "加装电梯难在哪里\n" + _ESSAY_B * 2 + "\n破解加装电梯难题的路径\n" + _ESSAY_B * 2
    ct3 = clean(one)
    assert len(split_essays(ct3.text, ct3.breaks, ct3.bylines)) == 1


def test_a_list_put_forward_as_the_object_of_tichu_gives_one_point_per_item():
    text = ("区政协召开协商会\n\n"
            "与会委员围绕议题畅所欲言，就年度提案选题，提出了完善社区养老服务网络、扩大普惠托育供给、"
            "推进老旧小区加装电梯、加强校园周边交通整治等方面的思路。\n")
    essay = summarizer.summarize(text).essays[0]
    assert [p.text for p in essay.recommendations] == [
        "完善社区养老服务网络", "扩大普惠托育供给", "推进老旧小区加装电梯", "加强校园周边交通整治"]
    from summarizer import points
    # a list of topics that states no measure, or of two items only, is none
    topics = "报告提出了养老服务、托育服务、交通出行等方面的问题。"
    assert points.proposed_enumeration(topics, 0, len(topics)) == (None, [])


def test_praise_of_a_campaign_is_no_measure():
    from summarizer import aspects
    praise = "在全县广泛开展的“比学赶超、争创一流”专项行动，是县委作出的重要部署，是推动作风转变的重大举措和有力保障"
    assert aspects.praises_undertaking(praise)
    assert aspects.states_neither(praise)
    # a measure named by its worth stays a point
    assert not aspects.praises_undertaking("完善农村饮水安全保障制度是改善民生的重要保障")
    text = ("“比学赶超、争创一流”专项行动\n对照检查材料\n"
            "在全县广泛开展的“比学赶超、争创一流”专项行动，是县委作出的重要部署，是切实提高干部执行力的重大举措和有力保障。"
            "通过学习，我的思想收获很大。\n一、存在的主要问题\n1、学习的系统性不够。平时满足于读读文件，没有深入思考。\n")
    essay = summarizer.summarize(text).essays[0]
    assert essay.recommendations == []


def test_an_outline_label_is_no_part_of_the_point_under_it():
    body = "\n\n正文\n\n社区党组织是基层治理的主心骨。个别社区党组织软弱涣散，议事协商流于形式。\n\n"
    text = ("以共建共治激活社区活力\n\n当前，社区治理仍面临资源分散、参与不足等挑战。\n\n"
            "论点 1：强化党建引领，激活社区治理主心骨" + body + "论点 2：推动数字赋能，提升社区治理智慧度" + body)
    essay = summarizer.summarize(text).essays[0]
    assert [p.text for p in essay.recommendations] == ["强化党建引领，激活社区治理主心骨", "推动数字赋能，提升社区治理智慧度"]
    from summarizer import points
    assert points._past_outline_label("截至12:30，仍有三个站点未开放", 0, 15) == 0


def test_a_purpose_that_removes_a_burden_states_no_shortcoming():
    from summarizer import aspects
    assert aspects.opens_with_remedy("为削减安老院舍轮候压力")
    assert aspects.challenge_strength("为纾缓安老院舍轮候压力，社署早前传出检讨评分制") == 0
    assert aspects.front_aspect("为削减安老院舍轮候压力，社署早前传出检讨评分制，部分申请者将被扣分。") is None
    # a benefactive 为 (for someone) is no purpose of a remedy
    assert not aspects.opens_with_remedy("为基层减负提供数据支撑")
