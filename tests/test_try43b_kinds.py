"""try43b: today's rules probed as a new user would, on small texts of the tests' own: a copyright article's prose
(版权所有人, 未经著作权人许可) is no footer; a work plan's 目录 whose every entry is a measure keeps its entries."""


from summarizer.clean import _headed_toc_measure, clean as clean_text
from summarizer.pipeline import summarize_document
from costs import assert_linear


def _points(text):
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def test_copyright_law_prose_is_no_footer():
    for line in ("网络侵权屡禁不止,版权所有人维权成本过高,亟需修法。",
                 "現行條例規管不足,版權所有者維權成本過高。",
                 "根据著作权法,未经著作权人许可,不得转载他人作品,但不少自媒体仍随意搬运。"):
        assert line in clean_text(line + "\n").text
    for footer in ("本站文章版权所有，未经授权禁止转载。", "某某日报社 版權所有", "版权所有：某某网",
                   "版权作品，未经某某网书面授权，严禁转载", "未經本網授權，不得轉載。"):
        assert footer not in clean_text("正文一句。\n" + footer + "\n").text


def test_copyright_article_keeps_its_points():
    text = ("網絡侵權問題\n不少創作者表示,網上侵權猖獗,作品被轉載卻難以追討。現行條例對網上轉載的規管不足,"
            "版權所有人維權成本過高。政府應盡快修訂條例,降低維權門檻。\n")
    ch, rec = _points(text)
    assert any("維權成本過高" in p for p in ch)
    assert any("修訂條例" in p for p in rec)


def test_work_plan_contents_of_measures_stays():
    text = ("2027年社区治理工作方案\n目录\n一、加强网格员队伍建设\n二、完善居民议事协商机制\n三、推进老旧小区加装电梯\n"
            "四、健全矛盾纠纷调解制度\n各街道要按照以上安排抓好落实。\n")
    assert "三、推进老旧小区加装电梯" in clean_text(text).text
    _ch, rec = _points(text)
    assert any("加强网格员队伍建设" in p for p in rec)
    assert _headed_toc_measure("四、健全矛盾纠纷调解制度")
    assert not _headed_toc_measure("三、完善社区养老服务的建议")
    assert not _headed_toc_measure("二、社区养老服务存在的问题")


def test_thesis_contents_still_removed():
    text = ("目录\n一、加强队伍建设的意义\n二、队伍建设的现状\n三、完善队伍建设的对策\n内容摘要\n本文讨论队伍建设。\n")
    assert "二、队伍建设的现状" not in clean_text(text).text


def test_new_rules_linear():
    assert_linear(lambda n: clean_text("版权所有人未经著作权人许可" * n + "\n"), 100, "a long copyright-law line")
    assert_linear(lambda n: clean_text("目录\n" + "一、加强队伍建设\n" * n), 100, "contents lines")


def test_one_sentence_bullet_heads_no_body():
    # a post whose first line opens with a flag or an emoji read as a bullet: the lines after it are the text's own
    for text in ("🇨🇳假期景区人满为患,停车难问题突出。\n应实行景区预约限流。\n",
                 "- 景区停车难问题突出。\n应实行景区预约限流。\n要加强游客引导。\n"):
        ch, rec = _points(text)
        assert any("停车难问题突出" in p for p in ch)
        assert any("预约限流" in p for p in rec)


def test_one_bullet_heading_keeps_its_body():
    ch, _rec = _points("- 存在的问题\n景区停车难,如厕难,游客怨声载道。\n")
    assert any("停车难" in p for p in ch)


def test_own_survey_section_is_no_review():
    from summarizer.aspects import review_section_spans
    own = ("一、我市社区养老服务现状研究\n调查显示,我市养老床位严重不足,护理人员流失严重。\n二、对策建议\n"
           "应增加养老床位,提高护理人员待遇。\n")
    assert review_section_spans(own) == ()
    ch, _rec = _points(own)
    assert any("养老床位严重不足" in p for p in ch)
    review = "二、文献回顾\n已有研究多关注城市社区。也有研究指出,乡镇养老机构床位空置率偏高。\n三、结论\n"
    assert review_section_spans(review)
    assert_linear(lambda n: review_section_spans(("一、相关研究\n" + "调查显示" * 100 + "\n") * n), 20,
                  "review headings with reports")


def test_emoji_ending_a_line_ends_its_paragraph():
    text = "今天菜场又涨价了,老人根本买不起😢\n建议街道多开几家平价菜店🙏\n"
    assert clean_text(text).text == "今天菜场又涨价了,老人根本买不起\n建议街道多开几家平价菜店"
    _ch, rec = _points(text)
    assert any("平价菜店" in p for p in rec)
    assert_linear(lambda n: clean_text("老人买不起😢\n" * n), 100, "lines ending in an emoji")
