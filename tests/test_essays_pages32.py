"""One-essay pages that the essay splitter cut into several (pages32): a photo credit or a note in brackets read as a
letter's signature, a repeated date, field or keyword line read as a repeated title, and a section heading read as
the next essay's title (after an essay's 引言 part, over a label line, a paper's 关键词 field). Each kind keeps one
essay; the collections the same rules split stay split."""

from costs import assert_linear

from summarizer.essays import _outline_title_bounds, signature_bounds, split_essays

# two paragraphs of one news report (each over 300 characters, so that no split is merged away as too short)
_PARA_A = ("老城区停车位长期不足，周边收费停车场到期停业后问题更加突出，居民只能把车停在路边，又常被开罚单。"
           "议员在会上指出，部分停车格被废弃车辆长期占用，交通部门迟迟没有清理，市民怨声载道。") * 3
_PARA_B = ("交通局回应说，将在一个月内提出改善计划，增设临时停车场并清理废弃车辆，同时请警方先以劝导为主。"
           "议员还建议在车站周边增设标线和交通助理员，高峰时段疏导车流，方便接送旅客的车辆临时停靠。") * 3
_PARA_C = ("社区工作人员表示，清洁行动由大厦法团和义工共同参与，清洗楼梯和公用空间，并请环卫部门加强收集垃圾。"
           "今后将定期举办同类活动，鼓励居民一起保持社区整洁，为大家创造舒适的居住环境，也欢迎青年报名参加。") * 3


def _count(text: str) -> int:
    return len(split_essays(text))


def test_a_photo_credit_in_brackets_signs_no_piece_and_the_byline_under_it_is_no_title():
    # (a caption closed by a credit, then the reporter's byline: a news page's header, one report)
    text = f"停车问题多，议员关心增设停车场等议题。（王小明提供）\n记者李大华／南部报导\n{_PARA_A}\n{_PARA_B}"
    assert signature_bounds(text) == []
    assert _count(text) == 1


def test_a_photo_credit_with_a_slash_signs_no_piece():
    text = f"{_PARA_A}\n(张三李四摄影/王五)\n2020-05-16 06:16\n{_PARA_B}"
    assert signature_bounds(text) == []
    assert _count(text) == 1


def test_a_reference_to_a_table_signs_no_piece():
    text = f"{_PARA_A}(详见下表)\n全镇各村收入明细表\n{_PARA_B}"
    assert signature_bounds(text) == []


def test_a_readers_signature_still_splits_a_page_of_letters():
    text = f"{_PARA_A}\n(广州/陈明)\n车站停车何时不再难\n{_PARA_B}"
    assert [title for _s, _b, title in signature_bounds(text)] == ["车站停车何时不再难"]
    assert _count(text) == 2


def test_a_bracketed_note_under_a_heading_signs_nothing_and_its_repetition_splits_nothing():
    text = (f"第1项提问\n(书面答复)\n老城区停车位不足\n{_PARA_A}\n"
            f"第2项提问\n(书面答复)\n车站周边交通疏导\n{_PARA_B}")
    assert signature_bounds(text) == []
    assert _count(text) == 1


def test_a_repeated_date_line_of_a_post_is_no_title():
    text = f"社区清洁大行动\n2011年1月25日暂无评论\n{_PARA_C}\n设施管理委员会会议\n2011年1月25日暂无评论\n{_PARA_A}"
    assert _count(text) == 1


def test_a_record_date_field_whose_day_differs_is_no_repeated_title():
    # (2024/12/02 and 2024/12/10 share the key 2024/12/ once the trailing digits are dropped)
    text = f"提案\n•来文日期\n•2024/12/02\n{_PARA_A}\n•发文日期\n•2024/12/10\n{_PARA_B}"
    assert _count(text) == 1


def test_a_repeated_keyword_line_of_a_tag_page_is_no_title():
    text = f"乡村环境整治工作综述\n甲镇农村_甲镇环保工作_甲镇人居环境\n{_PARA_C}\n甲镇农村_甲镇环保工作_甲镇人居环境\n{_PARA_A}"
    assert _count(text) == 1


def test_a_field_value_under_its_label_is_no_title_when_the_page_repeats_it_over_the_text():
    text = f"公报\n法规:\n第5/2019号决议\n刊登日期:\n2019.8.7\n{_PARA_A}\n第5/2019号决议\n{_PARA_B}"
    assert _count(text) == 1


def test_a_repeated_title_line_still_splits_a_collection():
    text = f"停车难的几点思考\n{_PARA_A}\n停车难的几点思考\n{_PARA_B}"
    assert _count(text) == 2


_INTRO = ("引言\n随着县域经济进入高质量发展阶段，各地都在推动产业升级和城乡融合。"
          "本文通过几个县的实地调研，总结成功经验和面临的问题，并提出相应的对策建议。\n")
_SECTION = ("本次调研选取了东部、中部和西部的几个县作为研究对象，采用定量分析与定性访谈相结合的方式，"
            "从经济增长、产业结构、城乡融合和生态保护等方面进行考察，收集了大量第一手资料。\n")


def test_a_title_shaped_section_heading_after_an_essays_introduction_starts_no_essay():
    text = _INTRO + "调研背景与方法\n" + _SECTION
    assert _outline_title_bounds(text) == []
    assert _count(text) == 1


def test_two_papers_each_with_an_introduction_are_still_two_essays():
    text = _INTRO + _SECTION + "县域经济发展的调研报告\n" + _INTRO + _SECTION
    assert [title for _s, _b, title in _outline_title_bounds(text)] == ["县域经济发展的调研报告"]


def test_a_keywords_field_run_together_with_its_value_is_no_title():
    text = ("面对海洋捕捞业的发展趋势，我国应当发展资源养护型渔业，从生态系统角度考虑捕捞管理措施。\n"
            "关键词海洋捕捞业发展趋势启示\n" + _SECTION)
    assert _outline_title_bounds(text) == []


def test_a_heading_over_a_label_line_is_a_section_not_an_essays_title():
    outline = ("一、救助现状\n1.对象：低收入家庭和残疾人等群体。\n二、改进建议\n1.强化监管：建立健全监督机制。\n"
               "2.提高知晓度：加强宣传，使困难群体了解救助资源。\n")
    text = outline + "开头结尾怎么写\n开头：\n" + _SECTION
    assert _outline_title_bounds(text) == []
    # (over prose, the same line after a closed outline is still an essay's title)
    assert [t for _s, _b, t in _outline_title_bounds(outline + "开头结尾怎么写\n" + _SECTION)] == ["开头结尾怎么写"]


def test_the_new_checks_are_linear():
    assert_linear(lambda n: split_essays("(备注说明)\n" * n), 2_000, "many bracketed note lines")
    assert_linear(lambda n: split_essays(("2011年1月25日暂无评论\n" + " \n" * 3) * n), 2_000, "many dated lines")
    assert_linear(lambda n: signature_bounds("好。\n" * n + "(广州/陈明)"), 5_000, "a signature after many lines")


def test_a_sentence_that_ends_with_a_colon_under_a_title_is_prose():
    text = ("下面是整理的学校自查报告，仅供参考。\n学校办学条件的自查报告1\n"
            "根据上级督导标准的评定细则，现将我校办学条件的自查情况汇报如下：\n" + _SECTION)
    assert [t for _s, _b, t in _outline_title_bounds(text)] == ["学校办学条件的自查报告1"]


_EDITORIAL = ("教育改革告别配额制\n2025/09/25 某某日报/社论\n"
              "州政府表示将增加教育拨款，不论肤色与宗教信仰，所有学生都将获得公平对待，这是提升社会公信力的好消息。\n")


def test_a_title_shaped_sub_heading_of_a_dated_article_starts_no_essay():
    text = _EDITORIAL + "文凭争议与政治格局变化的启示\n" + _SECTION
    assert _outline_title_bounds(text) == []


def test_the_same_line_after_an_undated_article_still_starts_an_essay():
    undated = _EDITORIAL.replace("2025/09/25 某某日报/社论\n", "")
    assert [t for _s, _b, t in _outline_title_bounds(undated + "文凭争议与政治格局变化的启示\n" + _SECTION)] == [
        "文凭争议与政治格局变化的启示"]
