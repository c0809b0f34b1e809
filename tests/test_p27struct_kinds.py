"""p27struct: Part 27's structure and page-furniture kinds (inputs written for these tests, not copied from the
corpus). Each kind has a positive case and a negative case (what the rule must not take)."""
import summarizer


def _essay(text):
    return summarizer.summarize(text).essays[0]


def _points(text):
    essay = _essay(text)
    return ([(p.text, p.start, p.end) for p in essay.challenges],
            [(p.text, p.start, p.end) for p in essay.recommendations])


# Kind 5a: a stored page's `date YYYY-MM-DD` field glued before the first paragraph is furniture.
DATE_FIELD = " date 2024-03-09 本市早已进入老龄社会，但养老床位周转不易。政府应尽快增加护理人员。"


def test_date_field_before_first_paragraph_is_removed():
    essay = _essay(DATE_FIELD)
    assert "date" not in essay.summary and "2024-03-09" not in essay.summary
    assert all("date" not in p.text for p in essay.challenges + essay.recommendations)
    assert "date" not in [k.text for k in essay.keyphrases]
    _, rec = _points(DATE_FIELD)
    assert ("政府应尽快增加护理人员", 38, 49) in rec
    assert DATE_FIELD[38:49] == "政府应尽快增加护理人员"


def test_date_word_inside_prose_is_kept():
    # negative: a date written into a sentence (no field name at the text's start) stays text
    text = "会议定于2024-03-09 召开。本市养老床位周转不易。政府应尽快增加护理人员。"
    essay = _essay(text)
    assert "2024-03-09" in essay.summary or "会议定于" not in essay.summary
    ch, _ = _points(text)
    assert all(text[s:e] == t for t, s, e in ch)


# Kind 5b: a Discuz forum's anti-scrape jammer: whole ASCII lines (with the forum's watermark word and its host as
# the last token) and runs with a bar glued to punctuation are removed; a table row's standalone bars are not.
JAMMER_PAGE = ("! q) k7 @\" X& T0 m\" H2 forumx,forumxnet% J W3 [* L& g$ c( }4 W\n"
               "网友投票选出十大民怨,第一名是房价过高。\n"
               "* V2 p, z% |, Q8 C\n"
               "# y$ s% h8 R, D# ]7 [# p$ F10.20.30.40\n"
               "这个问题不但没有解决,民众收入却没有增加。 9 c: e6 `- @; ~1 V* J\n"
               "+ s7 T0 d: H; R* ^# X' \\7 n政府应当加快兴建平价住宅。\n")


def test_jammer_lines_and_runs_are_removed():
    from summarizer import clean
    text = clean.clean(JAMMER_PAGE).text
    assert text == ("网友投票选出十大民怨,第一名是房价过高。\n这个问题不但没有解决,民众收入却没有增加。\n"
                    "政府应当加快兴建平价住宅。")
    ch, rec = _points(JAMMER_PAGE)
    assert all("$" not in t and "#" not in t for t, _, _ in ch + rec)
    assert all(JAMMER_PAGE[s:e] == t for t, s, e in ch + rec)


def test_table_row_and_english_line_are_not_jammer():
    # negative: a markdown table's ASCII cells (standalone bars) and an English byline stay
    from summarizer import clean
    text = ("| a | b | c | d |\n网友投票选出十大民怨。\n| 1 | 2 | 3 | 4 |\nPosted by Li at 10:30 AM\n"
            "这个问题不但没有解决。 9 c: e6 `- @; ~1 V* J\n再说到占用骑楼。 8 b: d7 `- @; ~0 U* I\n"
            "物价也过高。 7 a: c5 `- @; ~2 W* K\n")
    out = clean.clean(text).text
    assert "1\t2\t3\t4" in out and "a\tb\tc\td" in out  # (the table's cells, read as a table)
    assert "Posted by Li at 10:30 AM" in out
    assert "~1 V* J" not in out


# Kind 5c: a `label: | value |` table pasted as text: no point is a bare cell rule `|`.
LETTER_TABLE = ("信件类型: | 投诉 |\n信件标题: | 关于小区夜间施工噪音的问题 |\n信件内容: | 尊敬的领导您好!我是花园小区的居民,"
                "长期以来夜间施工的噪声给我的休息带来了严重的影响。我曾多次打电话投诉,建议施工单位调整作业时间,但都被拒绝。"
                "恳请贵局依法处理,还居民一个安静的家。 |\n留言时间: | 2025-05-12 |\n"
                "回复内容: | 该事项不在我部门管辖范围,建议您向住建部门反映。 |\n回复单位: | 区城管局 |")


def test_table_bar_is_no_point():
    ch, rec = _points(LETTER_TABLE)
    assert all(any(c.isalnum() for c in t) for t, _, _ in ch + rec)
    assert ("恳请贵局依法处理,还居民一个安静的家", 117, 135) in rec
    assert LETTER_TABLE[117:135] == "恳请贵局依法处理,还居民一个安静的家"


def test_point_with_punctuation_and_words_is_kept():
    # negative: a point that holds words besides its marks stays (the guard reads letters, digits and Han only)
    text = "调查发现:小区电梯经常故障,维修不及时!!物业应当尽快更换老旧电梯。"
    ch, rec = _points(text)
    assert ch == [("调查发现:小区电梯经常故障,维修不及时", 0, 19)]


# Kind 5d: a closing tag that lost its "<" to a broken encoding (…路灯,?!?/p>) is markup, not text.
def test_torn_closing_tag_is_removed():
    from summarizer import clean
    text = "村里至今没有路灯,不知道何时才能装上路灯,?!?/p>\n村民希望政府尽快安装太阳能路灯。"
    out = clean.clean(text).text
    assert "/p>" not in out and "村民希望政府尽快安装太阳能路灯。" in out
    _, rec = _points(text)
    assert all("/p>" not in t for t, _, _ in rec)


def test_escaped_tag_and_url_path_are_not_torn_tags():
    # negative: a URL's path segment (x.cn/p>) and an escaped tag's <\/p> are read by their own rules, not this one
    from summarizer import markup
    assert markup._TORN_CLOSING_TAG.search("见 http://x.cn/p> 一文") is None
    assert markup._TORN_CLOSING_TAG.search("内容<\\/p>结束") is None
    assert markup._TORN_CLOSING_TAG.search("结束</p>") is None
    assert markup._TORN_CLOSING_TAG.search("路灯,?!?/p>").group() == "/p>"


# Kind 5e: a blog's English date line above the post's title is furniture; the title under it is the title.
def test_english_date_line_over_title():
    text = "Sunday, March 3, 2019\n\n回应「清新空气 人人有责」\n\n1) 道路收费\n道路收费应扩展到更多地区。政府应该增加巴士路线。"
    essay = _essay(text)
    assert essay.title == "回应「清新空气 人人有责」"
    _, rec = _points(text)
    assert ("政府应该增加巴士路线", 59, 69) in rec and text[59:69] == "政府应该增加巴士路线"


def test_english_date_line_before_a_paragraph_is_left_alone():
    # negative: a date line over a paragraph (not a title) is not removed; a month and year alone is no date line
    from summarizer import clean
    text = "Saturday, 9 March 2019\n道路收费应扩展到更多地区，这是市民的普遍看法。政府应该增加巴士路线。"
    assert clean.clean(text).text.startswith("Saturday, 9 March 2019")
    assert clean._OPENING_ENGLISH_DATE.fullmatch("March 2019") is None


# Kind 4a: sections named by bare topics between a problems section and the measures section are problems sections.
TOPIC_SECTIONS = ("# 城市快递员调查\n## 一、劳动强度与收入困境\n快递员的工作压力很大,每天派件量超过两百件。\n"
                  "## 二、住房保障与子女教育\n### 2.1 住房保障\n快递员大多租住在城中村,居住条件较差。\n"
                  "### 2.2 子女教育\n快递员的子女入学困难,只能回老家上学。\n"
                  "## 三、解决方案\n企业应当合理安排派件量,政府应当将快递员纳入住房保障。")


def _section_roles(text):
    doc = summarizer.analyze(text)[0]
    st, roles = doc.structure, doc.roles
    return [(st.heading(it).strip(), r.aspect if r else None, r.role if r else None)
            for it, r in zip(st.items, roles)]


def test_topic_sections_between_problems_and_measures_are_problems():
    roles = _section_roles(TOPIC_SECTIONS)
    assert ("住房保障与子女教育", "challenge", "section") in roles
    assert ("解决方案", "recommendation", "leaf") in roles
    ch, _ = _points(TOPIC_SECTIONS)
    texts = [t for t, _, _ in ch]
    assert "快递员大多租住在城中村,居住条件较差" in texts and "快递员的子女入学困难,只能回老家上学" in texts
    assert "住房保障" not in texts and "子女教育" not in texts


def test_plan_part_between_problems_and_measures_is_not_carried():
    # negative: a plan's part named by a topic-head noun (理论框架) and a section after the measures keep their reading
    text = TOPIC_SECTIONS.replace("## 二、住房保障与子女教育", "## 二、理论框架") + "\n## 四、结语与展望\n快递行业前景广阔。"
    roles = _section_roles(text)
    assert ("理论框架", None, "none") in roles
    assert ("结语与展望", None, "none") in roles


# Kind 5f: a news agency's bare dateline opening a paragraph is furniture; the summary still reads the report as news.
def test_bare_agency_dateline_is_removed():
    from summarizer import clean
    text = "某某新闻网6月2日电 市政府正研究提高公交票价。\n评论员指出,票价上涨会加重市民负担。政府应当先公开成本。"
    out = clean.clean(text).text
    assert out.startswith("市政府正研究提高公交票价。")
    assert clean.clean("某某社广州6月2日電(評論員 王某)市政府正研究。").text == "市政府正研究。"
    essay = _essay(text)
    assert "6月2日电" not in essay.summary
    _, rec = _points(text)
    assert all(text[s:e] == t for t, s, e in rec)


def test_date_before_dianhua_is_kept():
    # negative: 电 opening 电话/电视 after a date is a word of the sentence, never a dateline
    from summarizer import clean
    for text in ("他在6月2日电话中表示不满。", "这台机器6月2日电源故障。"):
        assert clean.clean(text).text == text


# Kind 5g (K7): the pieces of a web address are no keyphrases.
def test_url_pieces_are_no_keyphrases():
    text = ("住房问题是民间疾苦。相关报道见 http://news.example.sg/News/Local%20News/Li-Wen-Zhu-Fang 一文。"
            "年轻家庭买不起组屋,婚姻和家庭凝聚力受到影响。政府应当增加组屋供应,稳定组屋价格。住房问题必须解决。")
    kps = [k.text.lower() for k in _essay(text).keyphrases]
    for piece in ("http", "news", "li", "example", "sg", "local"):
        assert piece not in kps
    assert any("组屋" in k for k in kps)


def test_latin_word_outside_url_may_be_keyphrase():
    # negative: a Latin word written in the prose (not inside an address) is still a candidate
    from summarizer import keyphrases
    hay = "政府推出telegram频道。见 www.example.com/telegram 页面。"  # (searchable: lower-cased)
    class S:  # a unit over the whole text
        start, end = 0, len(hay)
    out = keyphrases._without_urls(hay, [S()], [["政府", "telegram", "频道", "example", "telegram", "页面"]])
    assert out == [["政府", "telegram", "频道", "页面"]]


# K7: `summarizer evaluate` names each document on stderr only at a terminal; a captured stderr holds no file names.
def _evaluate_tiny(tmp_path):
    import json
    from typer.testing import CliRunner
    from summarizer.cli import app
    root = tmp_path / "tiny"
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "x.txt").write_text("小区停车难。物业应当增建车位。", encoding="utf-8")
    gold = {"source": "t", "essays": [{"id": "x", "file": "x.txt", "essay_count": 1, "source": "t",
                                       "challenges": ["小区停车难"], "recommendations": ["物业应当增建车位"]}]}
    (root / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    try:
        runner = CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        runner = CliRunner()
    return runner.invoke(app, ["evaluate", "--task", "aspects", str(root)])


def test_evaluate_prints_no_file_names_when_stderr_is_captured(tmp_path):
    # (CliRunner's stderr is no terminal; errors still go there: tests/test_evaluate_corpus.py)
    result = _evaluate_tiny(tmp_path)
    assert result.exit_code == 0, result.output
    assert "x.txt" not in result.stderr and "Aspect points: 1 document(s)" in result.stdout


# Kind 5h: a site's channel label on the first line (over its URL slug, or a column's name over the title) and a
# publish line that opens with the issuer's name are page furniture, never the title.
def test_channel_label_and_publish_line_are_furniture():
    text = ("政务\n\ngovernor\n某某市某某区人民政府   2023-05-10 09:43:00   来源: 区政府办公室\n"
            "群众反映问题共十二件,已办结十件。各单位要及时回应群众关切。")
    essay = _essay(text)
    assert essay.title is None
    assert "governor" not in essay.summary and "2023-05-10" not in essay.summary
    _, rec = _points(text)
    assert [t for t, _, _ in rec] == ["各单位要及时回应群众关切"]
    column = "言论\n\n公交服务何时改善/某某\n\n公交车班次太少,市民等车要半小时。公交公司应当增加班次。"
    assert _essay(column).title == "公交服务何时改善/某某"


def test_short_title_over_a_paragraph_is_kept():
    # negative: an essay's own short title over its paragraph, and a column word over a paragraph, stay
    assert _essay("乡愁\n故乡的路灯坏了很久,一直没有人修。政府应当尽快修好路灯。").title == "乡愁"
    from summarizer import clean
    text = "社论\n公交车班次太少,市民等车要半小时。公交公司应当增加班次。"
    assert clean.clean(text).text.startswith("社论")


# Kind 5i: an outline's contents label (目录/提纲:……) over heading lines closed by an ellipsis line is no title; the
# outline stays (behind a paywall it is the only copy of the hidden headings).
OUTLINE = ("目录/提纲:……\n一、社区食堂存在的问题\n(一)布局不合理\n(二)价格偏高\n二、改进社区食堂的建议\n(一)优化布局\n……\n"
           "关于社区食堂建设的调研报告\n社区食堂方便了老人就餐。(一)布局不合理。多数食堂离老旧小区太远。")


def test_outline_label_is_removed_outline_kept():
    from summarizer import clean
    out = clean.clean(OUTLINE).text
    assert not out.startswith("目录") and "(二)价格偏高" in out
    assert _essay(OUTLINE).title != "目录/提纲:……"


def test_outline_label_without_closing_ellipsis_stays():
    # negative: an essay's own 提纲 label over a paragraph (no closing ellipsis line) is left alone
    from summarizer import clean
    text = "提纲:\n一、问题\n社区食堂离老旧小区太远,老人就餐不便。政府应当增设食堂。"
    assert clean.clean(text).text.startswith("提纲:")


# Kind 5j: a related-articles list under the page's bracketed title + 相关文章:, and an app's 打开…查看精彩图片 prompt,
# are page furniture.
def test_related_list_and_app_prompt_are_furniture():
    from summarizer import clean
    text = ("快递不上门,驿站爆仓。\n打开某某新闻 查看精彩图片\n丢件难寻。\n\n【社区快递调查报告范文】相关文章:\n\n"
            "1.社区快递调查报告范文\n\n2.快递驿站调查报告\n")
    assert clean.clean(text).text == "快递不上门,驿站爆仓。\n丢件难寻。"
    assert all("查看" not in k.text and "范文" not in k.text for k in _essay(text).keyphrases)


def test_sentence_about_related_articles_is_kept():
    # negative: prose that mentions related articles or opening an app is no furniture line
    from summarizer import clean
    text = "【提示】相关文章很多,但读者打开网页后查看不到全文。网站应当改进。"
    assert clean.clean(text).text == text


# Kind 5k: a 范文 page's piece number (【篇一】) is no title; a title's closing bracket whose opening the page lost goes.
def test_piece_marker_and_stray_bracket_in_titles():
    text = "【篇一】\n社区食堂离老旧小区太远,老人就餐不便。政府应当增设社区食堂。"
    assert _essay(text).title is None
    assert _essay("社区食堂调查报告3000字】\n社区食堂离老旧小区太远,老人就餐不便。政府应当增设社区食堂。").title \
        == "社区食堂调查报告3000字"


def test_bracketed_title_is_kept_whole():
    # negative: a title in a bracket pair keeps both marks; a title naming a chapter (第一篇章) is no piece number
    assert _essay("【社区食堂调查】\n社区食堂离老旧小区太远,老人就餐不便。政府应当增设社区食堂。").title == "【社区食堂调查】"
    from summarizer import pipeline
    assert pipeline._PIECE_MARKER.fullmatch("第一篇章") is None
