"""Part 28 kinds (helper p28d): essay starts never inside a word."""
from summarizer.clean import clean
from costs import assert_linear


# ------------------------------------------------------------------ K1 a repeated title line is cut at a word's edge
def test_a_repeated_long_title_after_a_number_is_never_cut_inside_a_word():
    # two lines "number + the same long title" read as page furniture: the header they share is capped at 16
    # characters, which ended inside 城市; it is cut back to the title's colon, never leaving "市建筑…" at a line's start
    text = ("2019乡镇工作考试参考答案(县区):城市道路拥堵_某某网\n\n"
            "2019乡镇工作考试参考答案(县区):城市道路拥堵\n\n"
            "城市道路拥堵日益严重。应当优化公交线路。\n")
    out = clean(text)
    lines = out.text.split("\n")
    assert lines[0] == "城市道路拥堵_某某网"
    assert lines[1] == "城市道路拥堵"
    assert out.text.count("县区") == 0


def test_a_short_running_header_glued_to_text_is_still_removed_whole():
    # negative: a real running head (page number + phrase, under the cap) is removed as before, body kept
    text = ("012城乡融合发展研究\n乡村人才流失严重。\n013城乡融合发展研究\n应当完善返乡创业扶持。\n")
    out = clean(text)
    assert "城乡融合发展研究" not in out.text
    assert out.text.split("\n") == ["乡村人才流失严重。", "应当完善返乡创业扶持。"]


def test_a_cap_long_header_without_a_break_inside_stays_whole():
    # negative: a 16+ Han-character shared phrase with no punctuation to cut back to keeps the old header
    text = ("012中国特色城乡融合发展路径研究报告汇编甲\n乡村人才流失严重。\n"
            "013中国特色城乡融合发展路径研究报告汇编乙\n应当完善返乡创业扶持。\n")
    out = clean(text)
    assert out.removed.get("running_header", 0) > 0
    assert "中国特色城乡融合发展路径研究" not in out.text


# ------------------------------------------------------------- K2 a <title> line "headline_site" over the headline
def test_a_title_line_with_a_site_name_over_the_headline_gives_the_headline():
    import summarizer
    text = ("乡村学校撤并之后_某某教育网\n010-12345678\n乡村学校撤并之后\n"
            "部分村小撤并后学生上学路途遥远。应当完善校车接送制度。\n")
    assert [e.title for e in summarizer.summarize(text).essays] == ["乡村学校撤并之后"]


def test_a_title_line_whose_tail_is_prose_is_not_a_site_name():
    # negative: the line below is no headline the first line repeats (a sentence with a mark follows the dash)
    from summarizer.essays import essay_title_span
    assert essay_title_span("乡村学校撤并之后-学生上学远了。\n乡村学校撤并之后\n正文。") is None
    assert essay_title_span("乡村学校撤并之后_某某教育网\n部分村小撤并\n乡村学校撤并之后\n正文。") is None


# ------------------------------------------------------- K3 a page's furniture line over the headline is no title
def test_a_skip_nav_or_edition_line_over_a_headline_gives_the_headline():
    import summarizer
    body = "部分小区停车位严重不足。建议增设公共停车场。\n"
    assert summarizer.summarize("跳过导航\n老旧小区停车难题待解\n" + body).essays[0].title == "老旧小区停车难题待解"
    assert summarizer.summarize("站点出售QQ:12345678\n老旧小区停车难题待解\n" + body).essays[0].title == "老旧小区停车难题待解"


def test_a_furniture_line_over_prose_gives_no_title_and_a_plain_first_line_stays():
    import summarizer
    body = "部分小区停车位严重不足。建议增设公共停车场。\n"
    # the line after the edition line is a sentence, not a headline: no title rather than the furniture
    assert summarizer.summarize("第A4版:评论\n" + body).essays[0].title is None
    # negative: an ordinary headline first line is the title as before
    assert summarizer.summarize("今天的停车难题\n" + body).essays[0].title == "今天的停车难题"


# ------------------------------------------------- K4 a bracketed dateline and a meeting's time field are no title
def test_a_bracketed_dateline_and_a_time_field_line_give_no_title():
    import summarizer
    body = "部分小区停车位严重不足。建议增设公共停车场。\n"
    assert summarizer.summarize("【新华社杭州五月六日电】" + body).essays[0].title is None
    assert summarizer.summarize("会议时间:2024年5月6日上午9:30\n" + body).essays[0].title is None


def test_a_bracketed_headline_running_into_the_text_is_still_the_title():
    # negative: a bracketed headline that is no dateline stays the title
    import summarizer
    body = "部分小区停车位严重不足。建议增设公共停车场。\n"
    assert summarizer.summarize("【老旧小区停车调查】" + body).essays[0].title == "老旧小区停车调查"


# ----------------------------------------------- K5 a forum host stamped before an anti-scrape run goes with it
def test_a_forum_host_glued_before_a_jammer_run_is_removed_with_it():
    text = ("居民反映停车难。www9.example.com) q' [2 K( u- p6 n/ W\n"
            "正文一。a) b[ c( d- e6 f/ g\n正文二。a) b[ c( d- e6 f/ g\n正文三。a) b[ c( d- e6 f/ g\n")
    out = clean(text)
    assert out.text.split("\n")[0] == "居民反映停车难。"
    assert "example" not in out.text


def test_a_web_address_in_a_sentence_without_a_jammer_run_stays():
    # negative: a host named in a sentence (no random-token run after it) is kept
    text = ("详见网站www.example.com 了解办理流程。\n"
            "正文一。a) b[ c( d- e6 f/ g\n正文二。a) b[ c( d- e6 f/ g\n正文三。a) b[ c( d- e6 f/ g\n")
    assert "www.example.com" in clean(text).text


def test_jammer_host_reading_is_linear():
    jammed = "停车难。www9.example.com) q' [2 K( u- p6 n/ W\n" * 3
    assert_linear(lambda n: clean(jammed + "a.com " * (2 * n) + "\n" + "句。\n" * n), 2500)


# ---------------------------------------------------- K6 a clause that only announces a comparison is no point
def test_a_clause_announcing_a_comparison_is_no_point():
    from summarizer.aspects import states_neither
    assert states_neither("打个不恰当的比喻")
    assert states_neither("举个例子")
    assert states_neither("打個比方來說")


def test_a_comparison_with_its_content_is_still_read():
    # negative: a clause that carries the comparison's content is no bare lead-in
    from summarizer.aspects import states_neither
    assert not states_neither("基层干部疲于应付各类检查,好比陀螺一样转个不停")
    import summarizer
    r = summarizer.summarize("打个不恰当的比喻,基层就像一个陀螺。基层干部疲于应付各类检查台账。应当精简督查检查事项。\n")
    texts = [p.text for e in r.essays for p in (*e.challenges, *e.recommendations)]
    assert "打个不恰当的比喻" not in texts
    assert any("精简督查检查事项" in t for t in texts)


# ------------------------------------------------------------- K7 a 申论 prompt's own words make no point
def test_an_exam_prompt_gives_no_point_and_the_essay_after_it_does():
    import summarizer
    text = ("三、请以“……是乡村之本”为题,写一篇议论文。\n"
            "要求:(1)主题应与“给定资料”相关。(2)用恰当的词语补全文章标题。\n"
            "参考例文\n乡村人才流失严重,留守老人无人照料。应当完善返乡创业扶持政策。\n")
    r = summarizer.summarize(text)
    texts = [p.text for e in r.essays for p in (*e.challenges, *e.recommendations)]
    assert not any("为题" in t or "给定资料" in t or "文章标题" in t for t in texts)
    assert any("返乡创业" in t for t in texts)


def test_a_sentence_about_an_essay_topic_without_prompt_words_is_still_a_point():
    # negative: 题 alone (问题, 难题) is no prompt word
    import summarizer
    r = summarizer.summarize("乡村人才流失问题突出,留守老人照料成为难题。应当完善返乡创业扶持政策。\n")
    assert r.essays[0].challenges and r.essays[0].recommendations
