"""Fault kinds found on the held-out Part 7 documents (645-655), each on texts written for these tests."""

from aspect_helpers import points
from summarizer import aspects as asp


def test_colon_label_reads_the_label_of_a_run_in_item():
    # the words after the colon explain the label; their nouns (特点, 做法) name no section
    assert asp.colon_label("服务流程衔接不够：少数窗口未能结合群众特点设计办事指引") == "服务流程衔接不够"
    # a short tail after the colon is a subtitle, a colon inside a token ends no clause
    assert asp.colon_label("坦言集：住房问题") == "坦言集：住房问题"
    assert asp.colon_label("会议于10:30开始并持续到中午十二点整结束") == "会议于10:30开始并持续到中午十二点整结束"
    assert asp.heading_aspect("服务流程衔接不够：少数窗口未能结合群众特点设计办事指引") is None


NOTICE = (
    "各科室：\n"
    "近期对全馆窗口服务情况进行了抽查。现将有关情况通报如下：\n"
    "一、总体情况\n"
    "抽查发现，各窗口能够按时开放，服务态度总体良好，群众满意度较高。\n"
    "二、存在问题\n"
    "1.借阅流程过于繁琐：读者反映办理手续的做法复杂，排队时间较长。\n"
    "2.新书上架周期偏长：部分图书到馆两个月仍未编目。\n"
    "3.窗口衔接不够：少数窗口未能结合读者特点设计办事指引。\n"
    "三、整改要求\n"
    "1.简化借阅手续，推行自助办理。\n"
    "2.加快新书编目上架。\n"
    "3.完善窗口衔接机制。\n"
)


def test_notice_sections_and_run_in_problem_items():
    # 总体情况 is a notice's overall picture (neither), 整改要求 its measures; each run-in problem item is a challenge,
    # whatever section noun its explanation holds (做法, 特点)
    ch, rec = points(NOTICE)
    assert [p.split("：")[0] for p in ch] == ["借阅流程过于繁琐", "新书上架周期偏长", "窗口衔接不够"]
    assert rec == ["简化借阅手续，推行自助办理", "加快新书编目上架", "完善窗口衔接机制"]
    assert not any("满意度" in p for p in ch + rec)
