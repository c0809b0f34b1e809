"""Kinds of faults found by the try48 tryout (a new user's documents), each on a small text written for the test."""

from __future__ import annotations

import summarizer
from summarizer import aspects as asp

from costs import assert_linear


def _points(text: str, **kw) -> tuple[list[str], list[str]]:
    essay = summarizer.summarize(text, **kw).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


# --- a rectification notice whose headings quote the inspectors' findings: 针对“…”的问题 ⏎ 整改措施：一是… -------------

_NOTICE = ("关于审计整改情况的通报\n\n"
           "按照审计意见，中心认真组织整改，现将有关情况通报如下。\n\n"
           "一、针对“固定资产管理不够规范”的问题\n"
           "整改措施：一是对全部固定资产开展清查盘点，逐项核对账卡物。二是修订资产管理办法，明确领用和报废的审批程序。\n"
           "整改成效：清查工作已经完成，账实相符率明显提高。\n\n"
           "二、针对“专项资金使用进度缓慢”的问题\n"
           "整改措施：一是建立资金支出月报制度，对进度滞后的项目逐一约谈负责人。二是优化项目申报流程，提前做好前期准备。\n"
           "整改成效：目前专项资金支出进度已达到年度计划的八成。\n")


def test_quoted_finding_heading_names_no_problem_section():
    assert asp.quoted_problem_heading("针对“固定资产管理不够规范”的问题") == "固定资产管理不够规范"
    assert asp.quoted_problem_heading("关于“专项资金使用进度缓慢”问题的整改情况") == "专项资金使用进度缓慢"
    assert asp.heading_aspect("针对“固定资产管理不够规范”的问题") is None
    # (a quoted phrase that states no shortcoming, or a heading that goes on to name another section, is left alone)
    assert asp.quoted_problem_heading("关于“乡村振兴”的问题") is None
    assert asp.quoted_problem_heading("关于“固定资产管理不够规范”问题的建议") is None
    assert asp.heading_aspect("存在的主要问题") == asp.CHALLENGE


def test_rectification_notice_findings_are_challenges_measures_are_recommendations():
    challenges, recommendations = _points(_NOTICE, max_points=10)
    assert len(challenges) == 2
    assert "固定资产管理不够规范" in challenges[0] and "专项资金使用进度缓慢" in challenges[1]
    # every 一是/二是 measure is a recommendation, its marker stripped; none is read as a problem
    assert len(recommendations) == 4
    assert recommendations[0].startswith("对全部固定资产开展清查盘点")
    assert recommendations[2].startswith("建立资金支出月报制度")
    assert not any(r.startswith(("一是", "二是")) for r in recommendations)
    # the work reported done (整改成效) is no point
    assert not any("清查工作已经完成" in p for p in challenges + recommendations)


def test_quoted_problem_heading_is_linear():
    assert_linear(lambda n: asp.quoted_problem_heading("针对“" + "问" * n + "”的问题"), 20_000, "unclosed long quote")
    assert_linear(lambda n: asp.quoted_problem_heading("针对“不足”" * n), 2_000, "many short quotes")
    assert_linear(lambda n: asp.heading_aspect("针对" * n), 2_000, "repeated frame word")


# --- a sentence the text repeats word for word is a summary candidate once -------------------------------------------

def _refrain_text() -> str:
    """A one-paragraph report (no line break) of about 2,000 characters whose closing sentences repeat."""
    opening = "当前，我县农村饮水安全工作取得了一定成效，但仍然面临不少困难和问题，" * 3
    items = ("主要表现在：（1）部分水厂设施老化严重，管网漏损率居高不下，一些村庄在用水高峰时段经常停水；"
             "（2）水质检测能力不足，乡镇水厂普遍缺少化验设备和专业检测人员，难以做到日常检测；"
             "（3）工程管护经费没有稳定来源，不少工程长期带病运行，群众反映比较强烈；"
             "（4）信息化水平不高，县级平台不能实时掌握各水厂的运行数据。"
             "针对上述问题，提出以下措施：①实施农村供水工程改造提升行动，更新老化管网，降低漏损率；"
             "②建设县级水质检测中心，为乡镇水厂配备必要的检测设备；"
             "③建立县级统筹的管护经费保障机制，落实工程管护责任；"
             "④建设县域供水信息平台，实现水厂运行数据实时监测。")
    closing = "总之，保障农村饮水安全是一项系统工程，需要各部门协同发力，久久为功。" * 10
    text = opening + items + closing
    refrain = "各级政府要把这项工作摆在重要位置，加强组织领导，落实工作责任，确保各项措施落地见效。"
    return text + refrain * ((2000 - len(text)) // len(refrain) + 1)


def test_summary_never_says_one_sentence_twice():
    text = _refrain_text()
    essay = summarizer.summarize(text).essays[0]
    sentences = ["".join(s.text.split()).rstrip("。；") for s in essay.summary_sentences]
    assert len(sentences) == len(set(sentences))
    assert essay.summary.count("各级政府要把这项工作摆在重要位置") == 1
    for s in essay.summary_sentences:
        assert text[s.start:s.end].startswith(s.text[:10])


# --- a .docx saved with a password: said so, not called an old .doc ---------------------------------------------------

def test_password_protected_office_document_is_named():
    import pytest
    from summarizer.errors import UnsupportedFormatError
    from summarizer.readers import read_bytes

    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    encrypted = header + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64 + "EncryptionInfo".encode("utf-16-le")
    with pytest.raises(UnsupportedFormatError, match="password-protected"):
        read_bytes(encrypted, filename="报告.docx")
    with pytest.raises(UnsupportedFormatError, match="old binary .doc"):
        read_bytes(header + "WordDocument".encode("utf-16-le"), filename="旧文件.doc")
