"""Kinds of fault in reading, cleaning, splitting, titles and summaries found by a new user's trial of 16 unseen
public documents (newuser21); each test on a small input written for it (no trial document copied)."""


import summarizer
from summarizer.clean import clean
from summarizer.essays import split_essays
from summarizer.sentences import split_sentences
from costs import assert_linear


def _texts(points):
    return [p.text for p in points]


# ---------------------------------------------------------------------------------------------- K1 essay markers
def test_a_collection_name_with_an_essay_number_is_an_essay_marker_not_a_running_header():
    text = ("2023年社区工作心得(精选2篇)\n"
            "2023年社区工作心得 篇1\n"
            "做好老旧小区加装电梯工作\n"
            "老旧小区居民年龄偏大，上下楼困难，加装电梯意愿强烈，但费用分摊难以协调。\n"
            "建议由街道牵头，制定分摊指引，引导居民协商。\n"
            "2023年社区工作心得 篇2\n"
            "推动垃圾分类落地见效\n"
            "部分居民分类意识淡薄，混投现象仍然普遍。\n"
            "应当加强入户宣传，完善督导员制度。\n")
    out = clean(text)
    assert "running_header" not in out.removed  # (2023年… is a year, not a page number)
    essays = summarizer.summarize(text).essays
    assert [e.title for e in essays] == ["做好老旧小区加装电梯工作", "推动垃圾分类落地见效"]
    assert "分摊" in essays[0].challenges[0].text
    assert "混投" in essays[1].challenges[0].text


def test_one_numbered_title_line_or_differing_names_split_nothing():
    # a single "…篇1" line over prose, and two marker lines naming different collections: no suffix markers
    body = "基层减负要落到实处。" * 30
    assert len(split_essays(f"学习体会 篇1\n{body}\n")) == 1
    text = f"学习体会 篇1\n标题甲\n{body}\n工作总结 篇2\n标题乙\n{body}\n"
    assert [e.title for e in split_essays(text)] != ["标题甲", "标题乙"]


def test_a_page_number_before_a_running_title_is_still_a_running_header():
    # negative: real running headers (page number + the same phrase on two pages) still go
    text = ("012战疫情与社会治理\n社区防控存在人手不足的问题。\n013战疫情与社会治理\n应当充实社区力量。\n")
    assert clean(text).removed.get("running_header", 0) > 0


# ------------------------------------------------------------------------------------ K1 titles under page chrome
def test_a_title_under_a_bar_menu_and_over_a_counter_line_is_kept():
    text = ("登录 | 注册 | 返回首页\n"
            "某区长在安全生产工作会议上的讲话\n"
            "字数:2100 字 浏览:35次 下载:0次\n\n"
            "今天我们召开安全生产工作会议。当前部分企业主体责任落实不到位。各单位要加强隐患排查。\n")
    out = summarizer.summarize(text)
    assert out.essays[0].title == "某区长在安全生产工作会议上的讲话"
    assert out.removed.get("page_stats", 0) > 0 and "浏览" not in clean(text).text
    # negative: the short menu items under a bar menu still go with it
    # (a title of at most BAR_MENU_ITEM_CJK characters there is still read as a menu item: the rule's known limit)
    menu = "首页 | 新闻 | 评论\n地方\n评论\n关于进一步加强社区治理的几点思考\n当前社区治理存在人手不足的问题。\n"
    assert clean(menu).text.startswith("关于进一步加强社区治理的几点思考")


def test_a_box_byline_is_no_title():
    text = "□李明远\n当前基层负担的根源在于考核过多、督查过滥。要精简考核事项。\n"
    out = summarizer.summarize(text)
    assert out.essays[0].title is None
    assert set(out.removed) == {"byline"} and "李明远" not in clean(text).text
    # negative: a box followed by a whole heading or sentence is no byline
    assert clean("□关于加强社区治理的建议\n正文。\n").removed == {}


def test_a_forum_page_head_and_its_chrome_go_and_the_thread_title_is_the_title():
    text = ("某某论坛\n\n搜索\n查看: 120|回复: 3\n打印 上一主题 下一主题\n\n"
            "停车难何时能解决\n\n[复制链接]\n跳转到指定楼层\n楼主\n"
            "发表于 2024-3-1 09:12:30 | 只看该作者 |倒序浏览 |阅读模式\n"
            "小区车位太少，晚上回来根本找不到车位。希望物业把闲置绿地改成停车位。\n\n"
            "回复\n\n使用道具 举报\n\n您需要登录后才可以回帖 登录 | 立即注册\n\n快速回复 返回顶部 返回列表\n")
    out = summarizer.summarize(text)
    essay = out.essays[0]
    assert essay.title == "停车难何时能解决"
    assert out.removed["forum_chrome"] > 0
    assert not any(k.text in ("搜索", "楼主", "回帖") for k in essay.keyphrases)
    # negative: a head above [复制链接] that holds sentences is text, kept
    prose = "这是一段正文。\n标题\n[复制链接]\n正文继续。\n"
    assert clean(prose).text.startswith("这是一段正文。")


# ----------------------------------------------------------------------------------- K1 notices, spam, references
def test_a_document_sites_download_notice_goes():
    text = ("农村饮水安全调研报告\n\n合集下载\n"
            "  1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑服务。\n"
            "  2. 2、\"仅部分预览\"的文档,如存在完整性等问题,可反馈申请退款。\n\n"
            "一、存在的问题\n部分村庄供水设施老化,水质不稳定。\n二、建议\n加大管网改造投入。\n")
    out = summarizer.summarize(text)
    assert out.removed["site_notice"] > 0
    essay = out.essays[0]
    assert _texts(essay.challenges) == ["部分村庄供水设施老化,水质不稳定"]
    assert "预览" not in essay.summary and "下载" not in essay.summary


def test_a_keyword_stuffing_bar_goes_but_a_hyphenated_date_stays():
    text = "<div>精品推荐-热门视频-在线观看-高清免费</div><h1>社区治理</h1><p>当前社区治理存在人手不足的问题。</p>"
    out = summarizer.summarize(text)
    assert out.removed.get("keyword_bar") and "在线观看" not in out.essays[0].summary
    assert clean("2024-03-15\n正文。\n").removed == {}
    assert "keyword_bar" not in clean("治理-服务\n正文。\n").removed  # (two phrases: no bar)


def test_reference_entries_numbered_without_brackets_and_wrapped_lines_go():
    text = ("# 结论\n\n农业节水面临投入不足的问题。应当加大财政投入。\n\n# 参考文献\n\n"
            "1张三.节水农业研究.农业学报,2010,3(2):1-5.\n"
            "2李四,王五.灌溉效率分析.水利\n\n学报,2012.\n"
            "13 赵六.地下水超采治理.北京:科学出版社,2015.\n")
    out = clean(text)
    assert out.text.rstrip().endswith("应当加大财政投入。")
    # negative: a line opening with a date after the heading is no entry (12月…)
    kept = clean("# 参考文献\n\n1张三.研究.学报,2010,3(2):1-5.\n12月以来,各地加快推进节水改造。\n")
    assert "12月以来" in kept.text


# ------------------------------------------------------------------------------------------- K1 HTML in a str
def test_a_pasted_page_source_loses_its_declaration_and_head():
    text = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>减负要减到实处_某某网</title></head>\n"
            "<body><h1>减负要减到实处</h1><p>一、存在的问题</p><p>基层会议过多，文件过滥。</p>"
            "<p>二、对策</p><p>要精简会议文件，减少督查检查。</p></body></html>")
    essay = summarizer.summarize(text).essays[0]
    assert "DOCTYPE" not in essay.summary and "某某网" not in essay.summary
    assert essay.title == "减负要减到实处"
    assert _texts(essay.challenges) == ["基层会议过多，文件过滥"]
    assert text[essay.challenges[0].start:essay.challenges[0].end] == "基层会议过多，文件过滥"
    # negative: a <header> element is no <head>: its text stays
    assert "栏目导语" in clean("<header><p>栏目导语</p></header><p>正文一。</p><p>正文二。</p><div>x</div>").text


# ------------------------------------------------------------------------------------------ K2 sentence splitting
def test_an_ellipsis_that_cuts_a_list_short_before_deng_ends_no_sentence():
    text = "养老被看作福利支出,而不是与国防、教育、交通…等同等重要的基础投资。这是根本问题。"
    assert [s.text for s in split_sentences(text)] == [
        "养老被看作福利支出,而不是与国防、教育、交通…等同等重要的基础投资。", "这是根本问题。"]
    # negative: an ellipsis after a clause with no 、 list still ends its sentence, 等 as a verb or not
    assert [s.text for s in split_sentences("他沉默了……等了很久才开口。")] == ["他沉默了……", "等了很久才开口。"]
    assert [s.text for s in split_sentences("我们走访了三个村……大家都很支持。")] == ["我们走访了三个村……", "大家都很支持。"]


# -------------------------------------------------------------------------------------------------- K8 summaries
def test_a_colon_lists_points_carry_their_sentences_score_and_the_summary_states_the_problems():
    text = ("工作报告摘录(三)\n"
            "各位代表、各界人士和离退休老同志,向驻地部队官兵、公安干警和驻地单位,向所有关心支持本市建设的朋友们,"
            "致以衷心的感谢和崇高的敬意!\n"
            "在肯定成绩的同时,我们也清醒地认识到工作中存在的问题,主要表现在:产业转型面临较大压力,发展质量有待提高;"
            "部分小微企业经营困难,财政收入增长趋缓;空气质量有待改善,减排任务依然繁重。对此,我们一定高度重视,认真加以解决。\n")
    essay = summarizer.summarize(text).essays[0]
    assert _texts(essay.challenges) == ["产业转型面临较大压力,发展质量有待提高", "部分小微企业经营困难,财政收入增长趋缓",
                                        "空气质量有待改善,减排任务依然繁重"]
    assert all(p.score > 0 for p in essay.challenges)
    assert essay.summary.startswith("在肯定成绩的同时")
    assert "敬意" not in essay.summary


# --------------------------------------------------------------------------------- README: markers, shapes
def test_a_list_marker_the_structure_did_not_read_is_stripped_from_a_point():
    text = ("# 4对策\n\n# （1）明确流域的最大农业耗水量。灌溉效\n\n率提高了。\n\n"
            "# （4）政府需要制定合理的政策框架\n\n的有机结合。\n")
    essay = summarizer.summarize(text).essays[0]
    assert all(not p.text.startswith(("（", "(")) for p in essay.recommendations + essay.challenges)
    assert "明确流域的最大农业耗水量" in _texts(essay.recommendations)


def test_a_markdown_text_whose_only_html_is_tables_is_shape_markdown():
    from summarizer.evaluation.corpus import infer_shape
    md = ("# 1 引言\n\n正文。\n\n# 2 方法\n\n<html><body><table><tr><td>甲</td><td>乙</td></tr></table></body></html>\n")
    assert infer_shape(md) == "markdown"
    page = "<div><p>正文。</p><p>二。</p><span>三</span></div>\n# 标题\n\n**粗体**\n"
    assert infer_shape(page) == "html"


# --------------------------------------------------------------------------------------------------- linear cost
def test_the_new_rules_are_linear_on_long_lines_and_many_short_ones():
    # at the full size (n = 10,000): a 100k-character line, 18,000 short lines, 10,000 links, 50,000 open tags
    cases = {"a long list line": lambda n: "交通、" * (3 * n) + "…等" + "-甲乙" * (n // 2) + "\n",
             "many short lines": lambda n: "参考文献\n" + "1张三.研究\n" * (n // 2) + "篇1\n标题\n" * (n // 5)
             + "□张三\n" * (n // 10),
             "many links": lambda n: "[复制链接]\n" * n,
             "open tags": lambda n: "<!" * (5 * n)}
    for what, make in cases.items():
        assert_linear(lambda n: (clean(make(n)), split_sentences(make(n))), 600, what)
