"""p31struct: titles of the newest Parts (29-31): page furniture over the headline, question headlines, comma
bylines; inputs written for these tests (Part 31 trial kind G). No timed assertions."""
from summarizer.pipeline import summarize

BODY = "近年来,养老服务需求不断增长,社区服务设施仍显不足。\n政府应当加大投入。\n"


def _title(text: str):
    return summarize(text).essays[0].title


# kind G1: a menu, login or link line above the headline is furniture; the headline after it is the title
def test_furniture_lines_above_headline_pass_to_the_headline():
    assert _title("联系我们\n|\n会员中心\n\n社区养老服务调查报告\n" + BODY) == "社区养老服务调查报告"
    assert _title("登 入\n\n加入最愛\n社區長者照顧服務檢討\n" + BODY) == "社區長者照顧服務檢討"
    assert _title("正文复制\n在全市养老工作推进会上的讲话\n" + BODY) == "在全市养老工作推进会上的讲话"


def test_furniture_line_over_a_lead_in_gives_no_title():
    # negative: a lead-in ending in a colon after the furniture line is no headline
    assert _title("产品介绍\n某某官网入口:\n" + BODY) is None


def test_furniture_run_stops_at_a_date_line():
    # negative: the headline is not read past a date line (the column name and author after it are no title)
    assert _title("友善列印\n2015-11-18 00:00\n夾心人 卓文\n" + BODY) is None


# kind G2: a headline asked as a question (also a Markdown `# …?`) is the title
def test_question_headline_is_the_title():
    assert _title("養老院床位為何一位難求?\n" + BODY) == "養老院床位為何一位難求?"
    assert _title("# 业委会为何总在物业纠纷中缺席？\n\n" + BODY) == "业委会为何总在物业纠纷中缺席？"


def test_question_lines_that_are_no_headline():
    # negative: a dialogue's question, a list of questions, a too-short rhetorical opening
    assert _title("问:如何申请养老补贴?\n" + BODY) is None
    assert _title("床位为何一位难求?\n补贴为何迟迟不到?\n" + BODY) is None
    assert _title("怎么办?\n" + BODY) is None


# kind G3: a line of two or more full names in a comma list is the authors' byline, never the title
def test_comma_byline_is_no_title():
    assert _title("王明,李华\n" + BODY) is None
    assert _title("王明、李华、张国强\n" + BODY) is None


def test_comma_line_of_words_stays_a_title():
    # negative: two nouns with no surname opening are a headline's words
    assert _title("養老,醫療\n" + BODY) == "養老,醫療"


def test_question_headline_keeps_the_points():
    doc = summarize("養老院床位為何一位難求?\n" + BODY).essays[0]
    assert [p.text for p in doc.challenges] == ["养老服务需求不断增长,社区服务设施仍显不足"]
    assert [p.text for p in doc.recommendations] == ["政府应当加大投入"]


def test_question_headline_is_linear():
    # a 100k-character first line and 10,000 tiny lines: the reading looks at two short lines only
    assert summarize("為何" * 50000 + "?\n" + BODY).essays[0].title is None
    assert summarize("為何?\n" * 10000).essays


# kind L: an exam page's model-answer label (【解析参考】, a site's name before it) does not mask the answer
ANSWER = "基层工作负担沉重,严重影响了工作效率。要从根子上减轻基层负担。"


def _points(text: str):
    essay = summarize(text).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


def test_model_answer_label_lets_the_answer_be_read():
    expected = (["基层工作负担沉重,严重影响了工作效率"], ["要从根子上减轻基层负担"])
    assert _points("【解析参考】\n" + ANSWER) == expected
    assert _points("【某某网解析参考】\n" + ANSWER) == expected


def test_bare_analysis_label_stays_a_comment():
    # negative: a bare 【解析】 is the reviewer's comment (other_section), its body no point
    assert _points("【解析】\n" + ANSWER) == ([], [])


def test_model_answer_label_gives_the_essay_title():
    text = "问题:请结合材料,谈谈如何为基层减负。\n【某某网解析参考】\n破解小马拉大车难题\n" + ANSWER
    assert summarize(text).essays[0].title == "破解小马拉大车难题"


# kind U: an example lead (诸如, 例如) that opens a framed 、 list is no part of its first item
def test_example_lead_left_out_of_the_first_item():
    challenges, _ = _points("现有教学存在诸如选题不够明确、内容过于单一、缺乏系统性等问题。")
    assert challenges == ["选题不够明确", "内容过于单一", "缺乏系统性"]


def test_framed_list_without_a_lead_unchanged():
    # negative: with no lead the first item is cut after the frame verb as before; a 例如 that leaves under four
    # characters keeps its item whole (and the item is no problem then)
    challenges, _ = _points("现有教学存在选题不够明确、内容过于单一、缺乏系统性等问题。")
    assert challenges == ["选题不够明确", "内容过于单一", "缺乏系统性"]
    assert _points("现有教学存在例如等问题、内容过于单一、缺乏系统性等问题。")[0] == ["内容过于单一", "缺乏系统性"]


# kind G4: a site's banner over a breadcrumb (which the cleaning removes), or the crumb's last segment repeated
# under it, is furniture: the headline after it is the title
def test_banner_over_breadcrumb_gives_the_headline():
    assert _title("某某範文網\n位置:首頁 > 行政範文 > 調查報告\n農村養老服務調查報告\n" + BODY) == "農村養老服務調查報告"
    assert _title("首页 > 专委会工作 > 提案委\n提案委\n政协召开委员提案反馈座谈会\n" + BODY) == "政协召开委员提案反馈座谈会"


def test_short_first_line_without_breadcrumb_stays_the_title():
    # negative: no breadcrumb under it, the short first line is the headline
    assert _title("農村養老服務調查\n2024-05-01\n" + BODY) == "農村養老服務調查"


def test_weather_widget_and_breadcrumb_above_headline_pass():
    assert _title("晴時多雲\n評論 > 投書\n長照服務不能淪為口號\n" + BODY) == "長照服務不能淪為口號"
    # negative: a date line under the widget stops the reading (no headline read past it)
    assert _title("晴時多雲\n2025/09/04 05:30\n長照服務不能淪為口號\n" + BODY) is None
