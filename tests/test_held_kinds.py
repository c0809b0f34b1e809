"""Fault kinds of the held-out documents 601-608 (issue 8): a page stored inside a string literal (JSON-escaped
tags, Java string concatenation), ``一要…二要…`` run-ins after a lead-in, a problem lead-in that names 弊病.
Every text here was written for these tests."""

import summarizer
from summarizer.clean import clean
from summarizer.markup import ESCAPED_MIN, escape_edits

JSON_PAGE = (
    '{"title":"社区治理调研","content":"<p style=\\"text-indent: 2em\\"><span>一、加强网格管理<\\/span><\\/p>'
    '<p><span style=\\"font-size: 16px\\">二、完善议事制度<\\/span><\\/p><p>三、\\u201c红黑榜\\u201d公开评议<\\/p>"}'
)


def test_json_escaped_tags_are_removed_like_tags_and_escapes_decoded():
    """``<\\/span>`` is a tag, ``\\"`` a quote inside one, ``\\u201c`` the character “: none reaches the cleaned text."""
    ct = clean(JSON_PAGE)
    assert "\\" not in ct.text and "<" not in ct.text and "span" not in ct.text
    assert "一、加强网格管理" in ct.text and "二、完善议事制度" in ct.text
    assert "三、“红黑榜”公开评议" in ct.text
    # offsets still point into the input: the opening quote came from the 6-character escape \u201c
    i = ct.text.index("“")
    assert JSON_PAGE[ct.offsets[i]:ct.offsets[i] + 6] == "\\u201c"
    assert ct.markup is not None and ct.markup[JSON_PAGE.index("<\\/span>")]


JAVA_LITERAL = (
    "public class Demo {\n"
    "    public static void main(String[] args) {\n"
    '        String text = "关于加强老旧小区管理的建议\\r\\n" + \n'
    '                "　　当前，老旧小区管理存在以下问题：\\r\\n" + \n'
    '                "　　一是停车位不足，占道停车普遍。车辆晚上只能停在消防通道。\\r\\n" + \n'
    '                "　　二是设施老化，维修资金短缺。\\r\\n" + \n'
    '                "　　为此，建议：\\r\\n" + \n'
    '                "　　一要挖掘潜力增加小区内部停车位。利用边角空地建设立体车库。\\r\\n" + \n'
    '                "　　二要设立小区公共设施维修基金。由街道牵头，多方筹集。\\r\\n" + \n'
    '                "　　三要引入专业物业服务公司管理。通过招投标选聘物业公司。";\n'
    "    }\n"
    "}\n"
)


def test_java_string_concatenation_joins_into_the_lines_of_the_text():
    """``"…\\r\\n" +`` ⏎ ``"…"``: each piece is one line of the text, the joins and the escapes are gone."""
    text = clean(JAVA_LITERAL).text
    assert "\\r\\n" not in text and '" +' not in text
    lines = [line.strip("　 ") for line in text.split("\n")]
    assert "一是停车位不足，占道停车普遍。车辆晚上只能停在消防通道。" in lines
    assert "二要设立小区公共设施维修基金。由街道牵头，多方筹集。" in lines


def test_yi_yao_run_ins_in_a_string_literal_are_points_with_their_topic_sentence():
    """After ``为此，建议：`` the ``一要…二要…三要…`` items are measures; each item's point is its opening sentence, not
    the sentences under it; the ``一是…二是…`` problems after ``存在以下问题`` are challenges."""
    essay = summarizer.summarize(JAVA_LITERAL).essays[0]
    recommendations = [p.text for p in essay.recommendations]
    challenges = [p.text for p in essay.challenges]
    assert recommendations == ["挖掘潜力增加小区内部停车位", "设立小区公共设施维修基金", "引入专业物业服务公司管理"]
    assert challenges[:2] == ["停车位不足，占道停车普遍", "设施老化，维修资金短缺"]
    for p in essay.challenges + essay.recommendations:
        assert JAVA_LITERAL[p.start:p.end] == p.text


def test_a_lone_backslash_escape_in_prose_is_left_alone():
    """Fewer than ESCAPED_MIN escaped tags or joins: the text is not a string literal and keeps its backslashes."""
    text = '文件保存在 C:\\new\\data 目录，标签写作 <\\/b> 一次，引号 \\" 一次。'
    assert ESCAPED_MIN == 3
    assert escape_edits(text) == []
    assert "C:\\new\\data" in clean(text).text


def test_a_double_backslash_is_one_backslash_not_a_line_end():
    """``\\\\n`` is an escaped backslash followed by an n: no line break comes out of it."""
    text = '"甲\\\\n乙<\\/p>" + \n"丙<\\/p>" + \n"丁<\\/p>"'
    first = sorted(escape_edits(text))[0]  # the first edit: the escaped backslash after 甲
    assert text[first[0]:first[1]] == "\\\\" and first[2] == "\\"
    out = clean(text).text
    assert "甲\\n乙" in out


def test_bipo_names_problems_like_biduan():
    """``均存在诸多弊病，主要体现在：`` announces the problems that follow, as ``弊端`` does."""
    text = ("提升住宅小区物业服务\n\n"
            "近年来，各小区虽实行了物业管理，但均存在诸多弊病，主要体现在：一是收费标准不透明，业主意见大。"
            "二是维修响应慢，报修多日无人处理。\n")
    challenges = [p.text for p in summarizer.summarize(text).essays[0].challenges]
    assert challenges == ["收费标准不透明，业主意见大", "维修响应慢，报修多日无人处理"]


# --- source code around a text, a JSON list of articles -----------------------------------------------------------

def test_source_code_lines_around_a_text_are_dropped():
    """Statements, block braces, imports, annotations, javadoc tags and ``//`` comments are no text of the essay;
    a Chinese sentence that ends in a full stop stays."""
    from summarizer.clean import is_code_line
    for line in ("import java.util.List;", "package com.example.demo;", "public class Demo {", "}", "    }}",
                 "private int pageSize;", "@Override", "• @param size 需要的句子个数", "// 我们来排个序吧",
                 "• @return 关键句列表*/", '","id":14,"title":"某市经济运行分析","content":"'):
        assert is_code_line(line), line
    for line in ("一要加强物业监管力度。", "二是观念陈旧，服务不主动；", "Created by the team on 2017/6/6.", "",
                 "具体做法如下{详见附件}", "他说：“我们要把这件事办好。”"):
        assert not is_code_line(line), line


JSON_LIST = (
    "package com.example.bean;\n"
    "/**\n * 文章列表\n */\n"
    "public class ArticlesBean {\n"
    '/** list : [{"id":"1","column":"分析","content":"<p>乡镇财政运行情况分析<\\/p>'
    "<p>今年以来，全镇财政收入稳中有升，但刚性支出增长较快，收支矛盾仍然突出，需要进一步开源节流，"
    "统筹安排各项资金，确保基层运转和重点民生支出。<\\/p>"
    '<p>一是要培植地方税源。二是要压减一般性支出。三是要盘活存量资金。<\\/p>","id":2,"column":"分析","content":"'
    "<p>农村集体经济发展情况分析<\\/p>"
    "<p>全县集体经济收入总体偏低，空壳村仍占一定比例，发展路子窄、带头人缺乏的问题比较普遍，需要持续用力加以解决。<\\/p>"
    '<p>一是要选好带头人。二是要盘活集体资源。三是要发展特色产业。<\\/p>","time":1496563243000}]\n'
    " */\n"
    "    private int id;\n"
    "}\n"
)


def test_a_json_list_of_articles_is_one_essay_per_article_and_the_code_none():
    """Each article of a JSON list stored in a javadoc is an essay titled by its first line; the class around it and
    the list's preamble are no essay."""
    doc = summarizer.summarize(JSON_LIST)
    assert [e.title for e in doc.essays] == ["乡镇财政运行情况分析", "农村集体经济发展情况分析"]
    assert [p.text for p in doc.essays[1].recommendations] == ["要选好带头人", "要盘活集体资源", "要发展特色产业"]


# --- statistics and counts of what was done are findings, not points --------------------------------------------

def test_reports_statistic_reads_figures_and_counts_without_a_plan_or_shortcoming():
    from summarizer.aspects import reports_statistic, states_neither
    for s in ("全县工业增加值同比下降3.2%", "税收收入完成12.5亿元，比上年增加8000万元", "新建乡村公路46条，惠及3.1万人",
              "改造老旧小区27个", "社会消费品零售总额增长6.1%"):
        assert reports_statistic(s) and states_neither(s), s
    for s in ("力争新建乡村公路50条", "要把税收收入增长5%作为底线", "全县仅有3所职业学校", "闲置长达25年的厂房无人问津",
              "污水处理能力不足，处理率只有40%", "加强乡村公路养护"):
        assert not reports_statistic(s), s


WORK_SUMMARY = (
    "前三季度全市工业经济运行情况\n\n"
    "今年以来，全市工业经济总体平稳。规模以上工业增加值同比下降1.8%，降幅比上半年收窄0.6个百分点。\n"
    "重点项目建设加快。新开工亿元以上项目37个，完成投资46.2亿元。\n"
    "企业用电量持续回升。全市工业用电量12.4亿千瓦时，同比增长3.5%。\n"
    "但也要看到，工业经济仍面临不少困难，部分企业订单不足，融资难问题依然突出。\n"
    "下一步，要加大助企纾困力度，帮助企业拓展市场，着力破解企业融资难题。\n"
)


def test_a_work_summary_gives_its_problems_and_measures_not_its_figures():
    """A work summary's figures (同比下降1.8% reads like a shortcoming, a count of projects like a measure) are no point;
    the problems it admits and the measures it plans are."""
    essay = summarizer.summarize(WORK_SUMMARY).essays[0]
    challenges = [p.text for p in essay.challenges]
    assert len(challenges) == 1 and challenges[0].endswith("部分企业订单不足，融资难问题依然突出"), challenges
    assert [p.text for p in essay.recommendations] == ["下一步，要加大助企纾困力度，帮助企业拓展市场，着力破解企业融资难题"]


# --- interviews: speaker labels and the interviewer's questions ---------------------------------------------------

INTERVIEW = (
    "专访：乡村学校如何留住教师\n\n"
    "**记者：**不少乡村学校反映教师留不住，您怎么看？\n\n"
    "**王校长：**最突出的问题是乡村教师待遇偏低，年轻教师工作两三年就想调走。另外，学校周转房严重不足。\n\n"
    "**记者：**那么应该从哪些方面入手？\n\n"
    "**王校长：**我认为应当提高乡村教师生活补助标准，同时要加快建设教师周转宿舍。\n"
)


def test_interview_turns_find_the_speakers_and_who_asks():
    from summarizer.points import interview_turns
    text = clean(INTERVIEW).text
    turns = interview_turns(text)
    assert [(t.label, t.asks) for t in turns] == [("记者", True), ("王校长", False), ("记者", True), ("王校长", False)]
    assert text[turns[1].content_start:].startswith("最突出的问题是")
    # a text with one repeated run-in label is no interview
    assert interview_turns("对策：加强管理。\n对策：完善制度。\n") == []


def test_interview_points_carry_no_speaker_label_and_no_question():
    """A point never starts with ``王校长：`` and the reporter's question (``应该从哪些方面入手？``) is never a point."""
    essay = summarizer.summarize(INTERVIEW).essays[0]
    points = [p.text for p in essay.challenges + essay.recommendations]
    assert points, "the interviewee's problems and measures are points"
    assert not any("王校长" in p or "记者" in p or "入手" in p or "怎么看" in p for p in points), points
    assert any("乡村教师待遇偏低" in p for p in (q.text for q in essay.challenges))
    assert any("提高乡村教师生活补助标准" in p for p in (q.text for q in essay.recommendations))
    for p in essay.challenges + essay.recommendations:
        assert INTERVIEW[p.start:p.end] == p.text


# --- a 、 enumeration that a point's window would cut -------------------------------------------------------------

SURVEY = (
    "社区养老服务调查报告\n\n一、基本情况\n本市六十岁以上老人已超过八十万，居家养老是多数老人的选择。今年三月，课题组走访了十二个社区。\n"
    "二、存在的问题\n走访中我们看到，当前社区养老服务存在的问题包括助餐服务覆盖面明显不足、日间照料中心利用率普遍偏低、"
    "专业护理人员严重短缺、服务收费标准不统一、老人需求底数不清等。\n"
    "三、对策建议\n一是扩大社区助餐服务覆盖面。二是加快培养专业护理人员。\n"
)


def test_an_enumeration_cut_by_the_point_window_gives_every_item():
    """``存在的问题包括A、B、C、D、E等`` is longer than a point: each item is a challenge, the last ones included, 等 dropped."""
    essay = summarizer.summarize(SURVEY).essays[0]
    assert [p.text for p in essay.challenges] == ["助餐服务覆盖面明显不足", "日间照料中心利用率普遍偏低", "专业护理人员严重短缺",
                                                  "服务收费标准不统一", "老人需求底数不清"]
    assert [p.text for p in essay.recommendations] == ["扩大社区助餐服务覆盖面", "加快培养专业护理人员"]


def test_enumeration_items_needs_items_that_state_the_aspect():
    from summarizer.points import enumeration_items
    text = "社区要完善服务设施、培育志愿队伍、健全运营机制，不断提升服务水平。"
    spans = enumeration_items(text, 0, len(text), "recommendation", 60)
    assert [text[a:b] for a, b in spans] == ["社区要完善服务设施", "培育志愿队伍", "健全运营机制"]
    nouns = "资金、场地、人员等要素保障都很重要。"
    assert enumeration_items(nouns, 0, len(nouns), "recommendation", 60) == []  # items shorter than 4 characters
    topics = "人口结构、产业布局和公共服务设施的变化趋势值得研究。"
    assert enumeration_items(topics, 0, len(topics), "challenge", 60) == []  # no item states a shortcoming


# --- a work summary's closing plan: several measures after one 将 --------------------------------------------------

PLAN = (
    "全县文化旅游工作总结\n\n一、主要成绩\n今年全县接待游客同比增长12%，旅游收入完成18亿元。新建旅游厕所26座。\n"
    "二、存在的问题\n一是旅游产品同质化严重，游客停留时间短。二是景区管理水平不高，服务质量参差不齐。\n"
    "三、下一步打算\n明年，我县将继续深化文旅融合发展，着力打造乡村旅游精品线路，加快完善景区配套设施，使旅游业成为县域经济的重要支柱。\n"
)


def test_a_closing_plan_gives_one_measure_per_clause_and_no_figure():
    """``明年，我县将继续A，着力B，加快C，使D``: A, B and C are measures (the goal 使… is none); the 成绩 figures are no point."""
    essay = summarizer.summarize(PLAN).essays[0]
    assert [p.text for p in essay.recommendations] == ["继续深化文旅融合发展", "着力打造乡村旅游精品线路", "加快完善景区配套设施"]
    assert [p.text for p in essay.challenges] == ["旅游产品同质化严重，游客停留时间短", "景区管理水平不高，服务质量参差不齐"]


def test_plan_clauses_needs_a_verb_after_jiang():
    from summarizer.points import plan_clauses
    s = "我市将继续坚持绿色发展，着力推进园区建设，力争实现产值翻番，使经济持续向好。"
    assert [s[a:b] for a, b in plan_clauses(s)] == ["继续坚持绿色发展", "着力推进园区建设", "力争实现产值翻番"]
    assert plan_clauses("将来的发展，还要看人才储备，看资金投入。") == []  # 将来 is no marker: no verb follows
    assert plan_clauses("我市将重点项目纳入督查，效果明显。") == []  # the disposal 将 (将X纳入): no verb follows


def test_a_figure_with_a_named_shortcoming_is_a_problem_not_a_finding():
    """A point that reports a change and also names a shortcoming states a problem (lead's review of the held rules:
    the statistics rule used to drop it); the change verb of the figure itself (下降, 减少) is not that shortcoming."""
    from summarizer.aspects import reports_statistic

    assert not reports_statistic("县级财政收入同比下降12%，收支矛盾十分突出")
    assert not reports_statistic("养老床位比上年增加300张，但护理人员严重不足")
    assert reports_statistic("粮食总产量比上年下降1.2%")
    assert reports_statistic("全年完成社会消费品零售总额86亿元，同比增长7.5%")
