"""fix41c (a late tryout on the merges of fix41 and fix41b): a list of short sentences under an aspect heading took
names, dates, contact fields and closing notes as points, and a signature field after a list gave one; a speech of
short headed sections was split into short titled essays; a problem | measure table lost its short measure cells.
Small texts of the tests' own."""

from costs import assert_linear

from summarizer.pipeline import summarize_document
from summarizer.points import field_line_point, field_or_note_line, short_sentence_list


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


# --- 1. names, dates, fields and notes are no items of a short-sentence list --------------------------------------

def test_fields_dates_names_and_notes_under_a_list_are_no_points():
    text = ("关于社区工作的报告\n\n一、存在的问题\n人员不足。\n经费短缺。\n设施老化。\n张三、李四、王五。\n2023年5月6日。\n"
            "详见附件。\n二、对策建议\n加强队伍建设。\n加大经费投入。\n更新设施设备。\n联系人：赵六。\n电话：88886666。\n"
            "以上建议供参考。\n")
    challenges, recommendations = _points(text)
    assert challenges == ["人员不足", "经费短缺", "设施老化"]
    assert recommendations == ["加强队伍建设", "加大经费投入", "更新设施设备"]


def test_signature_lines_after_a_list_give_no_point():
    text = ("关于社区工作的报告\n\n一、存在的问题\n人员不足。\n经费短缺。\n设施老化。\n二、对策建议\n加强队伍建设。\n"
            "加大经费投入。\n更新设施设备。\n建议人：张三（市政协委员）\n问题反映人：李四，联系电话13800000000\n")
    challenges, recommendations = _points(text)
    assert challenges == ["人员不足", "经费短缺", "设施老化"]
    assert recommendations == ["加强队伍建设", "加大经费投入", "更新设施设备"]


def test_field_or_note_line_kinds():
    for line in ["联系人：赵六", "电话：88886666", "建议人：张三（市政协委员）", "2023年5月6日", "张三、李四、王五",
                 "详见附件", "以上建议供参考"]:
        assert field_or_note_line(line), line
    for line in ["人员不足", "问题一：人员不足", "老年人：提供助餐服务", "覆盖率仅为30%", "人员、经费、设施不足"]:
        assert not field_or_note_line(line), line
    text = "甲。\n建议人：张三"
    assert field_line_point(text, 7) and field_line_point(text, 3)
    assert not field_line_point("建议加强队伍建设", 2)
    body = "村民收入偏低。乙地道路不通。联系人：赵六。丙地缺乏资金。"
    assert [body[a:b] for a, b in short_sentence_list(body, 0, len(body), "challenge", 60)] == [
        "村民收入偏低", "乙地道路不通", "丙地缺乏资金"]


# --- 2. a speech's short headed sections are one essay ------------------------------------------------------------

_SECTIONS = [("师资", "乡村学校教师流失严重，年轻教师留不住。要提高乡村教师待遇，完善轮岗交流机制。"),
             ("校舍", "部分校舍年久失修，存在安全隐患。要加大投入，尽快完成危房改造。"),
             ("课程", "音体美课程开不齐，学生发展不全面。要推进城乡学校结对，共享优质课程资源。")]


def test_a_speech_of_short_headed_sections_is_one_essay():
    body = "\n\n".join(t + "\n\n" + b for t, b in _SECTIONS)
    assert len(summarize_document(body + "\n\n同志们，让我们共同努力，把乡村教育办得更好！\n").essays) == 1
    assert len(summarize_document(body).essays) == 1  # (two-character headings name sections, not essays)


def test_four_character_titles_of_short_essays_still_split():
    titled = [("乡村师资之困", b) for _, b in _SECTIONS[:1]] + [("校舍安全之忧", _SECTIONS[1][1]),
                                                            ("课程开齐之难", _SECTIONS[2][1])]
    text = "\n\n".join(t + "\n\n" + b for t, b in titled)
    assert [e.title for e in summarize_document(text).essays] == ["乡村师资之困", "校舍安全之忧", "课程开齐之难"]
    spoken = text + "\n\n同志们，让我们共同努力，把乡村教育办得更好！\n"
    assert len(summarize_document(spoken).essays) == 1  # (a salutation: one speech)


# --- 3. short measure cells of a problem | measure table ----------------------------------------------------------

def test_short_measure_cells_of_a_problem_measure_table_are_points():
    text = ("关于校园安全隐患排查整改情况的报告\n\n"
            "| 序号 | 存在问题 | 整改措施 | 责任单位 |\n| --- | --- | --- | --- |\n"
            "| 1 | 消防器材过期 | 更换过期器材 | 后勤处 |\n| 2 | 晨检制度执行不严 | 落实晨检制度 | 保健室 |\n")
    challenges, recommendations = _points(text)
    assert challenges == ["消防器材过期", "晨检制度执行不严"]
    assert recommendations == ["更换过期器材", "落实晨检制度"]


def test_short_cells_naming_kinds_before_a_column_that_states_them_stay_labels():
    """``原因分类 | 具体表现``: the short cells (``人员不足``, though it carries a cue) name the kinds, the next column's
    longer cells state them."""
    text = ("关于热线服务的调查\n\n原因分类\t具体表现\n人员不足\t热线人手有限，高峰期难以应对大量来电\n"
            "监督缺失\t缺乏有效的监督机制，导致服务质量参差不齐\n")
    challenges, _ = _points(text)
    assert "人员不足" not in challenges and "监督缺失" not in challenges


def test_the_new_checks_stay_linear():
    assert_linear(lambda n: field_or_note_line("张三、" * n + "王五"), 2_000, "a long list of names")
    assert_linear(lambda n: short_sentence_list("联系人：赵六。" * n, 0, 7 * n, "challenge", 60), 2_000,
                  "many field lines")
