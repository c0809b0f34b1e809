"""Kinds of the new user's trial (Part 24 of the aspect corpus) on page structure, each on a text written for the test
(none copies a corpus string).

A1. A forum post's byline line (``USER 发表于 2015-3-2 09:10:11``, ``… | 显示全部楼层``) was taken as the title and, with
    no sentence end on the post above it, glued the posts together: it is a post separator (boilerplate rule
    ``forum_byline``, a hard break in ``clean._remove_lines``).
A2. A date line that opens the text above the title line (``2020-03-14`` ⏎⏎ ``城市停车难的五个问题``) lost the title, which
    was then read as a heading naming the essay's problems, its measures lost: it is furniture
    (``clean._remove_opening_date_line``).
A3-A5. More page furniture of a pasted page (boilerplate rules): a ``您当前的位置:`` / ``首頁 ->`` breadcrumb, a site's
    ``X 首页`` line, an unclosed ``【字号:`` widget, a date-time counter line, an unfilled ``[!--…--]`` placeholder.
M.  A pasted page's bullet navigation lists above its article were read as an essay of their own
    (``clean._remove_opening_nav_lists``).
P.  A news crosshead reporting an appeal (``吁缩小城乡收入差距``) headed a section of problems that switched off the
    measures under it, and was a challenge itself (``aspects.appeal_crosshead``, ``points._drop_appeal_crossheads``).
C.  A Q&A page (``市民X反映:`` / ``X局答复:``): the replies' accounts of work were read as measures, the residents'
    complaints missed (``points._qa_page_points``).
"""

from __future__ import annotations


import summarizer
from summarizer import aspects as asp
from summarizer.clean import clean
from costs import assert_linear


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarizer.summarize(text)
    return ([p.text for e in doc.essays for p in e.challenges], [p.text for e in doc.essays for p in e.recommendations])


# A1 --------------------------------------------------------------------------------------------------------------

_FORUM = ("老王 发表于 2015-3-2 09:10:11\n\n小区停车乱象谁来管\n\n晚上回家根本找不到车位,消防通道也被私家车占满了\n\n"
          "阿明 发表于 2015-3-2 09:40:05 | 显示全部楼层\n\n物业只收钱不管事,门口的车越停越多\n\n"
          "小李子 发表于 2015-3-2 10:02:44\n\n物业应该划定停车位,严禁占用消防通道。\n")


def test_forum_bylines_separate_posts_and_are_no_title():
    assert clean(_FORUM).text == ("小区停车乱象谁来管\n晚上回家根本找不到车位,消防通道也被私家车占满了\n"
                                  "物业只收钱不管事,门口的车越停越多\n物业应该划定停车位,严禁占用消防通道。")
    doc = summarizer.summarize(_FORUM)
    assert [e.title for e in doc.essays] == ["小区停车乱象谁来管"]
    assert [p.text for p in doc.essays[0].recommendations] == ["物业应该划定停车位,严禁占用消防通道"]
    assert "发表于" not in doc.essays[0].summary


def test_published_in_inside_a_sentence_stays():
    text = "这篇评论发表于2019年3月5日的报纸上,引起了不少讨论。\n"
    assert clean(text).text == text.strip()


# A2 --------------------------------------------------------------------------------------------------------------

_DATED = ("城市停车难的五个问题\n\n城市停车难,已经成为市民的一块心病。\n\n第一个问题是规划。老城区的停车位缺口很大,新建小区配建不足。"
          "政府要加快建设公共停车场,不应把停车位交给开发商自己定价。\n")


def test_date_line_above_the_title_is_furniture():
    for date in ("2020-03-14", "3/14/2020", "2020年3月14日 星期六"):
        doc = summarizer.summarize(f"{date}\n\n{_DATED}")
        assert [e.title for e in doc.essays] == ["城市停车难的五个问题"]
        assert [p.text for p in doc.essays[0].recommendations] == ["政府要加快建设公共停车场,不应把停车位交给开发商自己定价"]
    assert _points("2020-03-14\n\n" + _DATED) == _points(_DATED)


def test_date_line_above_a_paragraph_stays():
    text = "2020-03-14\n\n今天上午,市里召开了停车治理工作会议,会议持续了两个小时。\n"
    assert clean(text).text.startswith("2020-03-14\n")


# A3-A5 -----------------------------------------------------------------------------------------------------------

def test_page_furniture_lines_are_removed():
    for furniture in ("德育素材网 首页", "【字号:", "您当前的位置:首页>>新闻", "首頁 -> 評論 ->來論",
                      "2016-04-12 18:13:48申论真题854 收藏", "[!--smalltext--]"):
        assert clean(f"{furniture}\n\n某县推进垃圾分类工作。\n").text == "某县推进垃圾分类工作。", furniture


def test_homepage_word_in_a_sentence_stays():
    assert clean("我们把网站首页改版了,字号也调大了。\n").text == "我们把网站首页改版了,字号也调大了。"


# M ---------------------------------------------------------------------------------------------------------------

_NAV = ("栏目\n  • 本地新闻\n  • 财经\n  • 体育\n  • 娱乐\n专题\n  • 春季赏花指南\n  • 老城改造进行时\n  • 高考倒计时一百天\n"
        "  • 社区食堂开张\n  • 地铁新线试运行\n\n县政协委员:社区养老需补短板\n\n【本报讯】县政协委员张某在调研中指出,社区养老服务设施不足,"
        "护理人员流失严重。她建议政府加大对社区养老机构的补贴力度。\n")


def test_opening_navigation_lists_are_no_essay():
    doc = summarizer.summarize(_NAV)
    assert [e.title for e in doc.essays] == ["县政协委员:社区养老需补短板"]
    assert [p.text for p in doc.essays[0].challenges] == ["社区养老服务设施不足,护理人员流失严重"]
    assert "本地新闻" not in clean(_NAV).text


def test_a_short_bullet_list_or_one_of_sentences_stays():
    short = "  • 设备老化\n  • 人手不足\n  • 经费紧张\n\n以上问题亟待解决。\n"
    assert clean(short).text == "•设备老化\n•人手不足\n•经费紧张\n以上问题亟待解决。"
    sentences = "".join(f"  • 第{k}条意见已经办结。\n" for k in range(10)) + "\n全部办结。\n"
    assert "第0条意见已经办结" in clean(sentences).text
    # an essay that opens with its sections' bullet lists (labels that name aspects), or one list with no menu label
    sections = ("存在问题\n" + "".join(f"  • 问题{k}仍然突出\n" for k in range(5))
                + "对策建议\n" + "".join(f"  • 加强措施{k}\n" for k in range(5)) + "\n以上供参考。\n")
    assert "问题0仍然突出" in clean(sections).text
    one_list = "".join(f"  • 加强第{k}项工作\n" for k in range(10)) + "\n以上供参考。\n"
    assert "加强第0项工作" in clean(one_list).text


# P ---------------------------------------------------------------------------------------------------------------

_CROSS = ("前日,经济学者王教授在论坛上发表演讲。\n\n吁缩小城乡收入差距\n\n王教授要求政府提高农村最低工资标准,同时完善农村养老保险。\n\n"
          "他指出农村青年大量外流。因此,有必要推动县域产业升级。\n")


def test_appeal_crosshead_keeps_its_section_measures():
    challenges, recommendations = _points(_CROSS)
    assert recommendations == ["王教授要求政府提高农村最低工资标准,同时完善农村养老保险", "有必要推动县域产业升级"]
    assert "吁缩小城乡收入差距" not in challenges
    assert asp.appeal_crosshead("呼吁缩小薪资差距") and asp.appeal_crosshead("籲政府檢討房屋政策")


def test_a_problem_crosshead_is_no_appeal():
    assert not asp.appeal_crosshead("城乡收入差距持续扩大")
    assert not asp.appeal_crosshead("促进乡村振兴")  # (促 alone is no appeal opener: 促进 is a measure's verb)
    assert not asp.appeal_crosshead("吁请各方,共同努力")  # a clause mark: a sentence, not a crosshead


# C ---------------------------------------------------------------------------------------------------------------

_QA = ("市民刘先生反映:\n我是东湖花园小区的业主。小区门口的路灯已经坏了两个月,但至今没有人来维修。希望尽快修好路灯。\n"
       "区城管局答复:\n接到反映后,我局已安排维修人员到现场查看,将尽快更换灯具,加强日常巡查。\n"
       "市民赵女士咨询:\n我是西街社区居民,最近楼下的餐馆油烟直排,导致住户无法开窗。请问该向哪个部门投诉?\n"
       "区生态环境局回复:\n我局已责成餐馆安装油烟净化设备,并将加强执法检查。\n")


def test_qa_page_reads_complaints_and_wishes_not_replies():
    challenges, recommendations = _points(_QA)
    assert challenges == ["至今没有人来维修", "最近楼下的餐馆油烟直排,导致住户无法开窗"]
    assert recommendations == ["希望尽快修好路灯"]


def test_reply_label_without_a_residents_label_is_no_qa_page():
    text = "区城管局答复:\n下一步,要加强日常巡查,及时更换损坏灯具。\n"
    _challenges, recommendations = _points(text)
    assert recommendations  # an office's own text with no resident's block: read as usual


# linear cost -----------------------------------------------------------------------------------------------------

def test_new_readers_are_linear():
    # at the full size (n = 2,500): a 100k-character line, 10,000 tiny lines, 20,000 navigation lines
    cases = {"a long line": lambda n: "某" * (40 * n) + "\n",
             "tiny lines": lambda n: "市民反映:\n问题。\n区局答复:\n好。\n" * n,
             "navigation lines": lambda n: "  • 新闻\n" * (8 * n) + "正文。\n",
             "a date and a long line": lambda n: "2020-01-01\n" + "某" * (40 * n) + "\n"}
    for what, make in cases.items():
        assert_linear(lambda n: clean(make(n)), 300, what)
    assert_linear(lambda n: summarizer.summarize(cases["tiny lines"](n)), 40, "tiny lines, summarized")
