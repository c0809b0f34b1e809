"""k81: Part 81's kinds on small texts of the tests' own: a thesis page's table of contents without leaders, a
structured abstract's method line, a literature review's further studies (还有研究发现…), an illustrative case's
story."""


from summarizer.aspects import narrates_case, states_study_method
from summarizer.clean import _headed_toc_entry, clean as clean_text
from summarizer.pipeline import summarize_document
from costs import assert_linear


def _points(text):
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def test_headed_toc_without_leaders_is_removed():
    text = ("目录\n一、社区养老服务的现状\n二、社区养老服务存在的问题\n(一)护理人员流失严重\n(二)活动场地紧张\n"
            "三、完善社区养老服务的建议\n内容摘要\n本文以某街道为例,发现社区养老服务的护理人员流失严重,老人满意度不高。\n")
    cleaned = clean_text(text).text
    assert "护理人员流失严重\n" not in cleaned and "三、完善" not in cleaned
    assert "内容摘要" in cleaned and "老人满意度不高" in cleaned
    ch, rec = _points(text)
    assert "护理人员流失严重" not in ch and "活动场地紧张" not in ch
    assert not any("完善社区养老服务的建议" in p for p in rec)


def test_contents_heading_without_entries_stays():
    # a report's own 目录 line over prose, or over fewer than three entry lines: nothing is removed
    text = "目录\n一、总体情况\n本季度全市新增就业岗位三千个。\n"
    assert "一、总体情况" in clean_text(text).text


def test_headed_toc_entry_shapes():
    assert _headed_toc_entry("(二)活动场地紧张")
    assert _headed_toc_entry("第三章 研究设计")
    assert _headed_toc_entry("• 2.1 第一课时 活动的目标")
    assert not _headed_toc_entry("一、护理人员流失严重,老人满意度不高。")
    assert not _headed_toc_entry("内容摘要")


def test_structured_abstract_method_line_is_no_measure():
    assert states_study_method("方法:采用半结构式访谈法,对六名社区护士进行访谈")
    assert states_study_method("研究采用文献研究法和案例分析法")
    assert not states_study_method("应采用案例教学法,提高学生的学习兴趣")
    assert not states_study_method("采用案例教学法,激发学生兴趣")
    text = ("目的:了解社区护士的职业倦怠状况。方法:采用问卷调查法,对两百名社区护士进行调查。结果:社区护士职业倦怠"
            "检出率较高,工作负荷过重是主要原因。结论:应合理配置护理人力,减轻工作负荷。\n")
    _ch, rec = _points(text)
    assert any("合理配置护理人力" in p for p in rec)
    assert not any("问卷调查法" in p for p in rec)


def test_review_further_study_is_reported():
    text = ("二、文献回顾\n已有研究多关注城市社区。也有研究指出,乡镇养老机构床位空置率偏高。另有研究发现,"
            "农村老人对机构养老的接受度较低,护理人员专业水平不高。\n")
    ch, rec = _points(text)
    assert not ch and not rec


def test_illustrative_case_story_gives_no_point():
    text = ("职业学校的心理辅导长期缺位:专职辅导教师编制不足,多由班主任兼任,难以及时发现学生的心理危机。\n"
            "阿杰是一名中职二年级的学生。开学后他的出勤越来越差,经常旷课上网,与父母争吵不断。\n"
            "到了期中,阿杰的成绩一落千丈,宿舍里也和室友矛盾频发。\n")
    ch, _rec = _points(text)
    assert any("编制不足" in p for p in ch)
    assert not any("旷课" in p or "成绩一落千丈" in p or "争吵" in p for p in ch)


def test_narrates_case_needs_an_introduction():
    text = "学校心理辅导教师不足。他上课经常睡觉,成绩下滑。"
    assert not narrates_case(text, text.index("他"), len(text))
    story = "小芳是个初三学生。她经常失眠,成绩下滑。"
    assert narrates_case(story, story.index("她"), len(story))


def test_new_rules_linear():
    long_line = "问" * 100_000
    assert not _headed_toc_entry(long_line)
    assert not states_study_method("方法:采用" + long_line)
    assert not narrates_case(long_line, 50_000, 100_000)
    assert_linear(lambda n: _headed_toc_entry("问" * n), 2_000, "a long toc entry")
    assert_linear(lambda n: states_study_method("方法:采用" + "问" * n), 2_000, "a long method line")
    assert_linear(lambda n: narrates_case("问" * n, n // 2, n), 2_000, "a long story line")
    assert_linear(lambda n: clean_text("\n".join(["目录"] + ["一、问"] * n)), 200, "toc entry lines")

    def stories(n):
        story = "小明是个学生。" + "他很累。" * n
        for k in range(0, len(story), 400):
            narrates_case(story, k, min(len(story), k + 4))
    assert_linear(stories, 500, "a long story")


def test_review_section_gives_no_point():
    from summarizer.aspects import review_section_spans
    text = ("一、社区养老的相关研究\n1.服务供给研究\n服务供给不足主要表现为养老床位紧张,护理人员流动性大,"
            "服务项目单一,难以满足老人的多样化需求。\n二、某街道社区养老的问题\n街道日间照料中心床位不足,"
            "老人排队等候时间长。\n")
    spans = review_section_spans(text)
    assert len(spans) == 1 and text[spans[0][0]:spans[0][1]].startswith("一、社区养老的相关研究")
    assert "二、" not in text[spans[0][0]:spans[0][1]]
    ch, _rec = _points(text)
    assert not any("护理人员流动性大" in p or "服务项目单一" in p for p in ch)
    # an unnumbered title that names a review opens no section; a heading with the author's problem neither
    assert review_section_spans("托育服务发展与研究现状\n托育机构数量不足。\n") == ()
    assert review_section_spans("一、问题提出与文献综述\n托育机构数量不足。\n") == ()


def test_review_section_linear():
    from summarizer.aspects import review_section_spans
    assert_linear(lambda n: review_section_spans("一、相关研究\n" + "研" * n), 2_000, "a long review line")
    assert_linear(lambda n: review_section_spans("\n".join(["一、相关研究", "二、相关研究"] * n)), 200,
                  "review headings")
