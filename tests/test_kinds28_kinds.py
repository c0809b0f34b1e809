"""Kinds of Parts 31-32 fixed in general (kinds28): small inputs written for these tests."""

from summarizer.essays import split_essays


def _count(text):
    return len(split_essays(text))


# ------------------------------------------------------------------ K1 the page's title printed a second time
def test_the_page_title_printed_again_over_the_article_is_one_essay():
    # a cover (title, a list of demands) and the same title again over the article's text
    cover = "社区服务中心意见书\n" + "\n".join(f"{i} 增加社区服务经费 改善服务设施" for i in range(1, 19))
    body = "本中心长期关注社区居民的生活，提出以下意见。" * 12
    text = f"{cover}\n\n社区服务中心意见书\n\n{body}"
    assert _count(text) == 1


def test_an_seo_page_repeating_its_title_between_paragraphs_is_one_essay():
    one = "街道工作是治理的末梢，联系着千家万户的日常生活。" * 12
    two = "专家认为，干部素养直接影响政策落地的效率。" * 12
    text = f"街道工作总结范文内容\n\n{one}\n\n街道工作总结范文内容\n\n{two}"
    assert _count(text) == 1


def test_numbered_or_thrice_repeated_titles_still_split_a_collection():
    one, two = "乡村振兴要坚持农民主体地位。" * 16, "基层治理要发挥群众的作用。" * 16
    assert _count(f"乡村振兴的思考1\n{one}\n乡村振兴的思考2\n{two}") == 2
    assert _count(f"学习心得体会\n{one}\n学习心得体会\n{two}\n学习心得体会\n{one}") == 3
    # the repeated line is not the page's opening line: a collection under the site's own header
    assert _count(f"某某范文网\n学习心得体会\n{one}\n学习心得体会\n{two}") == 2


# ------------------------------------------------------------------ K2 a reader widget's buttons under the text
def test_reader_widget_buttons_alone_on_a_line_are_removed():
    from summarizer.clean import clean
    text = "学校食堂存在严重问题。\n饭菜供应量严重不足。\n分享\n1参与\n1评论\n回复 3\n收藏(12)\n評論\n评论员文章写得很好。"
    assert clean(text).text == "学校食堂存在严重问题。\n饭菜供应量严重不足。\n评论员文章写得很好。"


def test_a_sites_browser_note_is_removed_and_a_recommendation_kept():
    from summarizer.clean import clean
    text = ("政府应加强管理。\n为达最佳浏览效果,建议使用 Chrome、Firefox 或 Edge 的浏览器。\n建议使用IE9以上版本浏览器访问本站\n"
            "本站最佳分辨率1280×800\n建议学校使用新的教材。")
    assert clean(text).text == "政府应加强管理。\n建议学校使用新的教材。"


# ------------------------------------------------------------------ K3 a plain-fact problem under a problems heading
def test_spoken_degree_and_negated_cue_words_state_a_problem():
    from summarizer import aspects as asp
    for s in ("人手紧缺。", "宣传教育没有到位。", "执法人员配备未到位。", "机关工作人员太少。", "农民很少参与决策。"):
        assert asp.sentence_aspect(s) == asp.CHALLENGE, s


def test_plain_fact_problems_under_a_problems_heading_are_points():
    from summarizer import summarize
    text = ("乡村供水调研报告\n今年我们对全县供水情况进行了调研，走访了十二个乡镇。\n二、存在的问题\n"
            "人手紧缺，技术人员只有三名。\n宣传教育没有到位。\n管网老化，漏损率达到百分之三十。\n三、对策建议\n"
            "加强队伍建设，招聘专业技术人员。\n加大投入，推进管网改造。\n")
    challenges = [p.text for e in summarize(text, aspect_model=False).essays for p in e.challenges]
    assert "宣传教育没有到位" in challenges
    assert any(c.startswith("人手紧缺") for c in challenges)


# ------------------------------------------------------------------ K4 a demand addressed to the central or local government
def test_a_wish_addressed_to_the_central_or_county_government_is_an_appeal():
    from summarizer import aspects as asp
    for s in ("一是希望中央支持特区发展会展产业；", "议员为交通改善发声，希望县府对离岛投入更多关注。", "居民希望议会提供更好的服务。",
              "吁请中央提升现有的短讯系统功能。"):
        assert asp._appeal(s), s
        assert asp.prose_aspect(s) == asp.RECOMMENDATION, s
    # reported by a third party, or 失望 (disappointed) before the addressee: no appeal of the text's own
    assert not asp._appeal("他希望中央支持特区发展。")
    assert not asp._appeal("我们失望县府没有回应。")
    assert asp.appeal_start("议员为交通改善发声，希望县府对离岛投入更多关注。") == len("议员为交通改善发声，")
