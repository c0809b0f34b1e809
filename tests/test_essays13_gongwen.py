"""A 公文 (official notice) with its furniture (trial13 L2): the title is the ``关于…的通知`` line, not the masthead;
``工作要求`` is a measures section whose full-width ``１．`` items are the recommendations; the masthead, document
number, addressee line, attachment list, sign-off, publication note, copy-to and printing lines are no text."""

import pytest

import summarizer
from summarizer.clean import clean

NOTICE = """YY县教育局文件
Y教发〔2025〕8号
YY县教育局关于加强中小学校车安全管理的通知
各乡镇中心学校，县直各学校：
近期，外地接连发生校车交通事故，我县校车安全管理也存在一些隐患。为切实保障学生出行安全，现就有关事项通知如下。
一、存在的主要问题
１．车辆技术状况差。部分校车使用年限较长，制动和灯光系统老化，年检合格后带病运行。
２．驾驶人管理松散。个别学校聘用的驾驶人没有校车驾驶资格，也没有定期开展安全培训。
二、工作要求
１．开展校车安全大检查。各学校要在本月底前完成校车技术状况排查，发现问题立即停运整修。
２．规范驾驶人聘用管理。各学校要核查驾驶人资格，每学期至少组织一次安全培训。
３．落实随车照管制度。每辆校车要配备照管人员，清点上下车学生人数。
附件：1．校车安全检查表
2．驾驶人信息登记表
YY县教育局
2025年4月2日
（此件主动公开）
抄送：县人民政府办公室，县交通运输局。
YY县教育局办公室　　　　　2025年4月2日印发
"""


def test_the_notice_title_is_its_subject_line_and_its_requirements_are_the_measures():
    # (with the learned model on by default: its occasion 近期，外地接连发生校车交通事故，我县校车安全管理也存在一些隐患
    # is an announcement after a framing clause, points.only_announces, and no challenge)
    (essay,) = summarizer.summarize(NOTICE).essays
    assert essay.title == "YY县教育局关于加强中小学校车安全管理的通知"
    assert [p.text for p in essay.challenges] == ["车辆技术状况差", "驾驶人管理松散"]
    assert [p.text for p in essay.recommendations] == ["开展校车安全大检查", "规范驾驶人聘用管理", "落实随车照管制度"]


def test_the_furniture_lines_are_removed_and_counted():
    ct = clean(NOTICE)
    for line in ("YY县教育局文件", "Y教发〔2025〕8号", "各乡镇中心学校，县直各学校：", "附件", "校车安全检查表",
                 "驾驶人信息登记表", "2025年4月2日", "此件主动公开", "抄送", "印发"):
        assert line not in ct.text
    assert ct.text.startswith("YY县教育局关于加强中小学校车安全管理的通知\n")
    assert ct.text.endswith("清点上下车学生人数。")
    for rule in ("gongwen_masthead", "gongwen_number", "gongwen_addressee", "gongwen_attachment", "gongwen_cc",
                 "gongwen_issued"):
        assert ct.removed.get(rule, 0) > 0, rule
    # offsets still map every kept character to the input
    for i, ch in enumerate(ct.text):
        if ch != "\n":
            assert NOTICE[ct.offsets[i]] == ch


@pytest.mark.parametrize("line", [
    "各地要从以下三个方面入手：",  # a lead-in that announces a list, not an addressee line
    "本文件自印发之日起施行。",
    "相关政策文件",
    "附件材料显示，问题主要集中在农村地区。",
])
def test_body_lines_that_look_like_furniture_stay(line):
    text = "关于改进作风的几点思考\n" + line + "\n一是加强学习，提高认识。\n"
    assert line in clean(text).text


def test_furniture_rules_are_linear_on_a_long_line():
    text = "各" + "县" * 100_000 + "：\n" + "附件：" + "表" * 100_000
    assert clean(text).text == "各" + "县" * 100_000 + "："  # (longer than any addressee line: kept)


def test_a_publication_note_without_an_attachment_list_goes_by_its_own_rule():
    text = NOTICE.replace("附件：1．校车安全检查表\n2．驾驶人信息登记表\n", "")
    ct = clean(text)
    assert "此件主动公开" not in ct.text and ct.removed.get("gongwen_note", 0) == len("（此件主动公开）")


def test_the_issuer_of_the_title_and_the_furniture_give_no_keyphrase():
    (essay,) = summarizer.summarize(NOTICE).essays
    words = [k.text for k in essay.keyphrases]
    assert words and not any("教育局" in w or "YY" in w for w in words)
    assert "校车" in "".join(words)


@pytest.mark.parametrize(("title", "chars"), [
    ("YY县教育局关于加强中小学校车安全管理的通知", 6),
    ("XX市人民政府办公室关于印发燃气安全整治方案的通知", 10),
    ("关于加强中小学校车安全管理的通知", 0),  # no issuer
    ("YY县教育局关于校车安全的几点思考", 0),  # no kind of 公文
    ("县里发出关于校车安全的通知。", 0),  # a sentence, no title
])
def test_issuer_chars(title, chars):
    from summarizer.essays import issuer_chars
    assert issuer_chars(title) == chars
    assert issuer_chars("治" * 100_000 + "通知") == 0
