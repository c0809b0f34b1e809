"""Trial 8: ordinary documents that the session's new rules misfired on (JSON record lines, news cues)."""

import pytest

from summarizer import summarize
from summarizer.clean import is_code_line, is_json_record_line
from summarizer.news import news_opening


def test_a_sentence_quoting_a_json_record_is_text_not_a_record_line():
    line = '例如有的部门返回 {"name": "张三", "id": 12, "dept": "民政"} 这样的记录，数据难以互通共享。部门之间存在数据壁垒。'
    assert not is_json_record_line(line)
    assert not is_code_line(line)
    # the metadata between two records still is one
    assert is_json_record_line('","id":14,"title":"某市经济运行分析","content":"')
    assert is_json_record_line('/ list : [{"id":"1","column":"分析","content":"')


def test_the_challenge_beside_an_inline_json_record_is_kept():
    text = ("数字政府建设中的数据孤岛问题\n\n"
            '在数字政府建设中，各部门系统接口格式不一，例如有的部门返回 {"name": "张三", "id": 12, "dept": "民政"} '
            "这样的记录，数据难以互通共享。部门之间存在数据壁垒，信息重复采集，群众需要多次提交材料。\n\n"
            "对此，要制定统一的数据标准，建设全市一体化数据共享平台，推动数据跨部门流动。\n")
    doc = summarize(text)
    assert "source_code" not in doc.removed
    challenges = [p.text for e in doc.essays for p in e.challenges]
    assert any(c.startswith("各部门系统接口格式不一") for c in challenges), challenges
    for e in doc.essays:
        for p in e.challenges + e.recommendations:
            assert "".join(text[p.start:p.end].split()) == "".join(p.text.split())  # README: whitespace aside


@pytest.mark.parametrize("text", [
    "近年来，一些地方的新闻宣传工作存在形式主义问题。有的记者下基层走马观花，稿件千篇一律。",  # 记者 mentioned
    "基层宣传报道脱离群众，传播效果不佳。要创新报道方式。",  # 报道 as a noun
    "过去，地方报纸的消息常常以“本报讯（记者张三）”开头。如今，传统的电头逐渐淡出。",  # a byline quoted
    "本报讯这样的开头为什么越来越少\n过去，地方报纸的消息常常以电头开头。",  # 本报讯 named in a title
    "宣传工作要接地气\n（记者的职责是记录真实）宣传报道脱离群众，传播效果不佳。",  # a bracket that is no byline
])
def test_a_body_that_mentions_a_reporter_or_a_report_does_not_open_like_news(text):
    assert not news_opening(text)


@pytest.mark.parametrize("opening", ["（记者王明）", "（记者 张三 李四）", "本报讯（记者王明）", "本报讯 ", "本报记者 王明 ",
                                     "记者张三 李四北京报道 ", "据新华社报道，"])
def test_a_byline_still_opens_like_news(opening):
    assert news_opening(opening + "全国政协十三届二次会议7日下午举行第二次全体会议。")


def test_a_report_whose_byline_cleaning_removed_still_keeps_its_lead():
    """clean.news_byline removes the dateline before the summary stage reads the essay: the lead is still kept."""
    body = ("全国政协十三届二次会议7日下午举行第二次全体会议，十位委员围绕民营企业发展作大会发言。"
            "委员们认为，民营企业融资难、融资贵的问题仍然存在。"
            "委员们建议，银行要加大对民营企业的信贷支持，解决民营企业融资难、融资贵的问题。"
            "有委员表示，融资难、融资贵的问题要靠银行和民营企业共同解决，民营企业也要规范经营。"
            "会议由全国政协副主席主持。")
    for opening in ("新华社北京3月7日电（记者王明）", "本报讯（記者王明）"):
        doc = summarize(opening + body, summary_chars=80)
        assert doc.removed.get("news_byline") == len(opening)
        first = doc.essays[0].summary_sentences[0]
        assert first.text == "全国政协十三届二次会议7日下午举行第二次全体会议，十位委员围绕民营企业发展作大会发言。"
        assert first.start == len(opening)
    # the same body without a byline is no news: TextRank picks the central sentence
    plain = summarize(body, summary_chars=80).essays[0].summary_sentences
    assert [p.text for p in plain] == ["委员们建议，银行要加大对民营企业的信贷支持，解决民营企业融资难、融资贵的问题。",
                                       "会议由全国政协副主席主持。"]  # (the budget filled: summary18)


def test_a_plan_measure_after_an_adverb_of_effort_is_a_clause():
    from summarizer.points import plan_clauses
    s = "明年，我县将坚持稳中求进，力争地区生产总值增长7%，着力推进产业升级，持续优化营商环境，深入实施创新驱动战略。"
    assert [s[a:b] for a, b in plan_clauses(s)] == ["坚持稳中求进", "着力推进产业升级", "持续优化营商环境", "深入实施创新驱动战略"]
    # a goal clause (使…) is still no measure
    s = "明年，我县将坚持稳中求进，使群众生活更加幸福，持续优化营商环境。"
    assert [s[a:b] for a, b in plan_clauses(s)] == ["坚持稳中求进", "持续优化营商环境"]


def test_a_work_summary_plan_gives_each_measure():
    text = ("某县2023年工作总结\n\n一年来，全县上下攻坚克难，完成地区生产总值150亿元，同比增长6.5%。\n\n"
            "但也要看到，发展中还存在一些困难和问题：产业层次不高，创新能力不强，民生领域还有不少短板。\n\n"
            "明年，我县将坚持稳中求进，着力推进产业升级，加快补齐民生短板，持续优化营商环境。\n")
    recs = [p.text for p in summarize(text).essays[0].recommendations]
    assert recs == ["坚持稳中求进", "着力推进产业升级", "加快补齐民生短板", "持续优化营商环境"]


def test_escaped_tags_cited_in_prose_are_no_string_literal():
    from summarizer.markup import escape_edits
    prose = '开发者常在字符串里写 "<\\/div>"、"<\\/span>" 和 “<\\/p>” 这样的转义标签，以免提前闭合。'
    assert escape_edits(prose) == []
    doc = summarize("网页开发中的转义问题\n\n" + prose + "初学者常常不理解这种写法，导致页面解析错误。\n")
    assert "escape" not in doc.removed and "html" not in doc.removed
    # a page inside a JSON string still is decoded: its escaped tags close text, not a quote
    page = '"content":"<p>财政收入下降<\\/p><p>支出刚性增长<\\/p><p>要开源节流<\\/p>"'
    assert [e[2] for e in escape_edits(page)] == ["/", "/", "/"]
