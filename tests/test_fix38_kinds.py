"""fix38 (a new user's faults on main): a table's cells read by their header's columns in every row, an essay of
chapter sections after another essay, a marker alone on its line and a second list after a section's own list,
a PDF's running heads beside its page numbers, points and summaries cut inside a word, and an
interview's summary made of its questions. Small texts of the tests' own."""

from costs import assert_linear

from summarizer.clean import clean
from summarizer.pipeline import summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


_TABLE = ("关于农村供水工作的调研报告\n序号\t主要问题\t对策建议\n"
          "1\t部分水厂设备老化，供水水压不稳\t更新水厂设备，建设加压泵站\n"
          "2\t水质检测频次低，检测项目少\t增加检测频次，扩大检测项目\n")


def test_every_table_row_gives_its_problem_and_its_measure_by_column():
    ch, rec = _points(_TABLE)
    assert ch == ["部分水厂设备老化，供水水压不稳", "水质检测频次低，检测项目少"]
    assert rec == ["更新水厂设备，建设加压泵站", "增加检测频次，扩大检测项目"]
    assert not set(ch) & set(rec)  # (no span under both aspects)


_FIRST = ("关于完善社区养老服务的思考\n\n社区养老服务供给不足的问题长期存在，一是服务设施少，床位紧张，二是护理人员缺乏，"
          "专业水平不高。对此，一是要增加服务设施投入，二是要加强护理人员培训，提高专业化水平，三是要完善补贴政策。\n\n")
_CHAPTERS = ("城市内涝治理调研报告\n\n第一章 存在的问题\n部分城区排水管网建设标准偏低，雨水排放能力明显不足。\n"
             "老旧小区地势低洼，积水点多且分布散，每逢暴雨居民出行困难。\n河道清淤不及时，行洪断面被挤占，排涝泵站老化失修。\n\n"
             "第二章 对策建议\n提高排水管网建设标准，扩大雨水排放能力，推进雨污分流改造。\n"
             "实施低洼小区改造，逐个消除积水点，完善应急排涝预案。\n定期开展河道清淤，清理侵占河道行为，更新排涝泵站设备。\n")


def test_an_essay_of_chapter_sections_keeps_its_title_after_another_essay():
    doc = summarize_document(_FIRST + _CHAPTERS)
    assert [e.title for e in doc.essays] == ["关于完善社区养老服务的思考", "城市内涝治理调研报告"]
    # (the same essay with 一、/二、 sections splits alike)
    numbered = _CHAPTERS.replace("第一章 ", "一、").replace("第二章 ", "二、")
    assert [e.title for e in summarize_document(_FIRST + numbered).essays] == [
        "关于完善社区养老服务的思考", "城市内涝治理调研报告"]


_BARE_MARKERS = ("关于加强校园安全管理的建议\n\n存在的问题\n（一）\n安保人员配备不足，巡查不到位。\n（二）\n"
                 "安全教育流于形式，学生应急能力弱。\n\n对策建议\n1. 充实安保力量，落实日常巡查。\n"
                 "2. 改进安全教育，定期开展应急演练。\n")


def test_a_marker_alone_on_its_line_ends_its_entry_before_the_next_section():
    ch, rec = _points(_BARE_MARKERS)
    assert ch == ["安保人员配备不足，巡查不到位", "安全教育流于形式，学生应急能力弱"]
    assert rec == ["充实安保力量，落实日常巡查", "改进安全教育，定期开展应急演练"]


def test_a_second_list_of_measures_after_the_problems_list_is_read_as_measures():
    text = ("关于加强校园安全管理的建议\n\n存在的问题\n（一）安保人员配备不足，巡查不到位。\n"
            "（二）安全教育流于形式，学生应急能力弱。\n\n1. 充实安保力量，落实日常巡查。\n"
            "2. 改进安全教育，定期开展应急演练。\n")
    ch, rec = _points(text)
    assert ch == ["安保人员配备不足，巡查不到位", "安全教育流于形式，学生应急能力弱"]
    assert rec == ["充实安保力量，落实日常巡查", "改进安全教育，定期开展应急演练"]
    assert all(not p[0].isdigit() for p in ch + rec)  # (no marker left in a point's text)


def test_running_heads_beside_page_numbers_are_removed_and_the_sentence_rejoined():
    text = ("乡村振兴人才问题研究\n当前乡村人才工作中存在的主要问题有：一是青壮年劳动力外流严重，村里留下的多为老人；"
            "二是返乡创业扶持政策落实不够\n— 21 —\n农村经济研究 2023年第5期\n到位；三是技术人才引进难。\n— 22 —\n"
            "农村经济研究 2023年第5期\n对此建议：一是完善返乡创业扶持政策；二是建立技术人才引进补贴制度。\n")
    cleaned = clean(text).text
    assert "农村经济研究" not in cleaned and "— 21 —" not in cleaned
    assert "落实不够到位" in cleaned
    ch, _rec = _points(text)
    assert "返乡创业扶持政策落实不够到位" in ch


def test_a_decorated_page_number_and_running_head_on_one_line_leave_the_text():
    text = ("· 31 ·      农村经济研究\n当前乡村人才工作中存在的主要问题是青壮年劳动力外流严重，村里留下的多为老人，"
            "产业发展缺少人手。\n· 32 ·      农村经济研究\n对此建议完善返乡创业扶持政策，吸引青年回乡创业。\n")
    cleaned = clean(text).text
    assert "农村经济研究" not in cleaned and "31" not in cleaned
    doc = summarize_document(text)
    assert doc.essays[0].summary.startswith("当前乡村人才工作中")


def test_a_point_cut_at_the_limit_ends_before_a_split_noun_compound():
    text = ("乡村教育的现实困境\n\n建议各地设立乡村教师专项补贴资金并引导社会力量加大乡村学校办学条件投入力度同时建立健全"
            "乡村教师交流轮岗长效机制和专业技术人员培训体系以全面提升乡村学校教育教学水平。\n")
    _ch, rec = _points(text)
    assert rec and rec[0].endswith("长效机制")  # (not …长效机制和专业: 专业技术人员 is one compound)


def test_an_interview_summary_is_made_of_the_answers():
    text = ("访谈：如何破解老旧小区加装电梯难题\n\n主持人：老旧小区加装电梯难在哪里？\n"
            "李所长：难点主要有两个。一是低层住户意见不一，协商成本很高。二是资金分摊办法不明确，居民出资意愿低。\n"
            "主持人：您有什么建议？\n李所长：应当建立协商议事平台，引导居民达成共识。同时要明确资金分摊标准，加大财政补贴。\n"
            "主持人：感谢李所长。\n")
    summary = summarize_document(text).essays[0].summary
    assert "？" not in summary and "感谢" not in summary and "主持人" not in summary
    assert "应当建立协商议事平台，引导居民达成共识" in summary
    qa = ("问：加装电梯难在哪里？\n答：低层住户意见不一，协商成本很高，资金分摊办法也不明确。\n问：有什么建议？\n"
          "答：应当建立协商议事平台，明确资金分摊标准。\n问：谢谢。\n")
    summary = [p.text for p in summarize_document(qa).essays[0].summary_sentences]
    assert summary and not any(p.startswith(("问", "答")) for p in summary)


def test_the_page_head_pass_is_linear():
    def page(n: int) -> str:
        return "".join(f"— {k} —\n某某研究 2023年第5期\n第{k}页的正文，说明情况。\n" for k in range(n))

    assert_linear(lambda n: clean(page(n)), 200, "running heads beside page numbers")
