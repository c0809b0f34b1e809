"""fix61b (check61's report): deeply nested HTML read in linear time; essay splits at a ``…的建议`` title, at a closing
``作者单位：`` line; a markdown headline ending in ``！`` is the title. Texts written for these tests."""
from costs import assert_linear

from summarizer.formats.html import MAX_DEPTH

PAGE_BODY = "<p>一、面临的困难</p><p>乡村医生老龄化，待遇偏低。</p><p>二、几点建议</p><p>提高补助标准，定向培养医学生。</p>"
PAGE_TEXT = "一、面临的困难\n乡村医生老龄化，待遇偏低。\n二、几点建议\n提高补助标准，定向培养医学生。"


def _read_html(page: str) -> str:
    from summarizer.readers import read_bytes

    return read_bytes(page.encode(), filename="page.html").text


def test_divs_nested_past_the_depth_keep_the_text_in_linear_time():
    # between the kept depth and libxml2's limit, and far past the limit: the text is read whole
    for depth in (MAX_DEPTH + 50, 1500, 6000):
        assert _read_html("<div>" * depth + PAGE_BODY + "</div>" * depth) == PAGE_TEXT
    assert_linear(lambda n: _read_html("<div>" * n + PAGE_BODY + "</div>" * n), 2000, "divs nested n deep")
    # thousands of small elements side by side below the kept depth (each held its parent's children searched)
    assert_linear(lambda n: _read_html("<div>" * (MAX_DEPTH + 5) + "<span><b>乡村</b></span>" * n + PAGE_BODY
                                       + "</div>" * (MAX_DEPTH + 5)), 2000, "siblings below the depth")


# ------------------------------------------------------------------ a proposal's title after a drawn rule

RULED = ("提高农村饮水安全水平的思考\n\n"
         "我镇农村饮水工程建成年代早，管网老化漏损严重，部分村水质检测不达标，群众反映强烈。"
         "对此，建议加快管网改造，建立水质定期检测制度，落实工程管护经费。\n\n"
         "————————————\n\n"
         "完善乡镇卫生院人才引进机制的建议\n\n"
         "乡镇卫生院普遍存在人才引不进、留不住的问题，全科医生缺口较大，现有医务人员年龄偏大。"
         "建议提高基层医务人员薪酬待遇，推行县管乡用，为定向培养的医学生提供编制保障。")


def test_a_proposal_title_after_a_rule_starts_an_essay():
    import summarizer

    essays = summarizer.summarize(RULED).essays
    assert [e.title for e in essays] == ["提高农村饮水安全水平的思考", "完善乡镇卫生院人才引进机制的建议"]
    assert any("全科医生缺口较大" in p.text for p in essays[1].challenges)


def test_titles_proposal_reads_the_genre_not_a_section():
    from summarizer.essays import _titles_proposal

    assert _titles_proposal("完善乡镇卫生院人才引进机制的建议")
    assert _titles_proposal("關於加強社區長者照顧服務的建議")
    assert not _titles_proposal("几点建议")  # a section heading: no topic
    assert not _titles_proposal("对下一步工作的建议")  # a report's closing section, addressed to its reader
    assert not _titles_proposal("我们的建议")  # too short a topic


# ------------------------------------------------------------------ an affiliation line closes a piece

AFFILIATED = ("加强乡村学校体育师资建设\n"
              "不少乡村学校没有专职体育教师，体育课常被文化课挤占，学生体质健康水平下降。建议通过定向招聘、走教等方式补齐体育师资。\n"
              "作者单位：某县教育局\n"
              "盘活农村闲置宅基地\n"
              "一些村庄闲置宅基地较多，退出机制不健全，土地资源浪费明显。建议探索有偿退出和入股经营等办法，盘活闲置资源。\n"
              "（作者系某镇党委书记）\n"
              "做好汛期地质灾害防范\n"
              "山区村组地质灾害隐患点多面广，监测预警手段落后，群众避险意识不强。建议加密监测网络，定期组织避险演练。\n"
              "作者单位：某县自然资源局")


def test_an_affiliation_line_closes_a_piece():
    from summarizer.essays import bare_separator_bounds

    bounds = bare_separator_bounds(AFFILIATED)
    assert [title for _s, _b, title in bounds] == ["盘活农村闲置宅基地", "做好汛期地质灾害防范"]
    # negative: an affiliation line in a paper's header (no sentence ends above it) closes nothing
    header = "乡村治理研究\n张某\n作者单位：某大学\n摘要\n" + "乡村治理面临人才流失、资金不足等问题。" * 5
    assert bare_separator_bounds(header) == []


def test_affiliation_lines_are_read_in_linear_time():
    from summarizer.essays import bare_separator_bounds

    assert_linear(lambda n: bare_separator_bounds(AFFILIATED * n), 50, "affiliated pieces")
    assert_linear(lambda n: bare_separator_bounds("作者单位：" + "某" * n + "\n标题\n正文。"), 20000, "one long line")


# ------------------------------------------------------------------ a headline written as an exclamation

EXCLAIMED = ("# 必须给乡镇干部松绑减负！\n\n"
             "一些乡镇干部反映，上级部门层层要台账、要材料，同一项工作重复报送多次，干部疲于应付。"
             "这种做法挤占了干部下村入户的时间。\n\n"
             "减轻基层负担，关键要精简材料报送。要统一数据报送口径，推动部门间信息共享；要严格控制检查考核频次。\n")


def test_an_exclaimed_markdown_headline_is_the_title_and_no_point():
    import summarizer

    essay, = summarizer.summarize(EXCLAIMED).essays
    assert essay.title == "必须给乡镇干部松绑减负！"
    assert not any("松绑减负" in p.text for p in essay.recommendations)  # (its call was a point)
    assert any(p.text.startswith("要统一数据报送口径") for p in essay.recommendations)


def test_exclaimed_headline_needs_a_headline():
    from summarizer.pipeline import _exclaimed_headline

    assert _exclaimed_headline("必须给乡镇干部松绑减负！", "一些乡镇干部反映，材料太多。")
    assert not _exclaimed_headline("同志们，朋友们！", "今天我们召开会议。")  # a speech's salutation
    assert not _exclaimed_headline("加油！", "今天我们召开会议。")  # too short
    assert not _exclaimed_headline("撸起袖子加油干！", "不忘初心向前进！")  # a string of slogans
    assert not _exclaimed_headline("莫让材料围城困住干部", "正文。")  # no exclamation: the heading rule's own case


# ------------------------------------------------------------------ a reply letter after the proposal it answers

PROPOSAL_AND_REPLY = ("关于改善老旧小区加装电梯条件的建议\n"
                      "我市老旧小区多为六层以下住宅，老年住户上下楼困难。加装电梯存在低层住户意见不一、资金筹措难、审批环节多等问题。"
                      "已建成的电梯也面临维护保养费用分摊不清、后续管理无人负责的困境。\n"
                      "建议简化加装电梯审批流程，提高财政补贴标准，允许使用住房公积金支付加装费用。\n"
                      "代表：李某某\n"
                      "市住房和城乡建设局关于市人大代表第0056号建议的答复函\n"
                      "李某某代表：\n"
                      "您提出的建议收悉。目前加装电梯工作仍面临低层住户协调难、管线迁改费用高等困难。\n"
                      "下一步，我局将会同有关部门推行联合审批，研究出台管线迁改费用分担办法。\n"
                      "市住房和城乡建设局\n"
                      "2026年5月8日\n")


def test_a_reply_letter_after_a_proposal_is_an_essay_of_its_own():
    from summarizer.essays import _letter_title_bounds

    assert [t for _s, _b, t in _letter_title_bounds(PROPOSAL_AND_REPLY)] == [
        "市住房和城乡建设局关于市人大代表第0056号建议的答复函"]
    # negative: the same letter heading the text, after no prose (a page's header), opens no second essay
    assert _letter_title_bounds(PROPOSAL_AND_REPLY[PROPOSAL_AND_REPLY.index("市住房"):]) == []
    assert_linear(lambda n: _letter_title_bounds(PROPOSAL_AND_REPLY * n), 50, "letters after proposals")


def test_the_reply_letter_is_summarized_apart():
    import summarizer

    essays = summarizer.summarize(PROPOSAL_AND_REPLY).essays
    assert [e.title for e in essays] == ["关于改善老旧小区加装电梯条件的建议", "市住房和城乡建设局关于市人大代表第0056号建议的答复函"]
    assert any("管线迁改费用高" in p.text for p in essays[1].challenges)
