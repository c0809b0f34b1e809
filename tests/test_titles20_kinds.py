"""titles20: titles and essay boundaries (inputs written for these tests).

1. A ``title|tag`` headline under a site name or greeting line is the essay's title (essays.tagged_title_span).
2. A reporting frame (``记者…时发现，``) that opens a point is no part of it (points._finding_frame_end).
3. A title with a site's essay number (``…报告篇1``, ``…报告（一）``) after a closed paragraph starts an essay
   (essays._without_title_number).
"""

import summarizer
from summarizer.essays import _without_title_number, tagged_title_span
from summarizer.points import unlinked_start

SITE_PAGE = ("某某公共政策研究会\n欢迎光临某某公共政策研究会\n时事评论20210301\n\n城市治理之要|政府施政须抓住重点\n\n"
             "王某/研究会研究员\n\n近年来城市人口不断增加，交通拥堵问题日益突出，公共服务供给不足。"
             "政府应当加快轨道交通建设，完善公共服务体系。")
QUESTION_TAG = ("新政府将面对哪些难题?|编辑部\n\n2020.05.01\n\n当前经济增长放缓，就业压力加大，年轻人收入偏低的问题十分突出。"
                "政府应当扩大公共投资，稳定就业。")
NEWS = ("市政协召开民生议题座谈会\n发布时间:2021-03-02 10:00\n作者: 研究室\n3月1日上午，市政协召开座谈会，围绕民生议题进行交流。"
        "委员们认为，当前养老服务供给不足，社区医疗资源紧张。会议要求，应进一步完善养老服务体系，加大社区医疗投入，"
        "推动优质医疗资源下沉到基层，让群众在家门口看得上病。\n")
REPORT_BODY = ("近年来，随着农村人口老龄化加快，农村养老问题日益突出。许多老人缺乏稳定收入，养老服务设施不足。"
               "政府应当加大农村养老投入，建设互助养老设施，完善农村养老保障制度。同时，要鼓励社会力量参与农村养老服务，"
               "培养专业护理人员，让农村老人老有所养、老有所依。\n")


def test_tagged_headline_under_site_name_is_the_title():
    r = summarizer.summarize(SITE_PAGE)
    assert [e.title for e in r.essays] == ["城市治理之要|政府施政须抓住重点"]


def test_tagged_headline_with_question_mark_is_the_title():
    r = summarizer.summarize(QUESTION_TAG)
    assert [e.title for e in r.essays] == ["新政府将面对哪些难题?|编辑部"]


def test_tagged_title_span_offsets_and_refusals():
    text = "某某学会\n\n城市治理之要｜政府施政须抓住重点\n正文。"
    assert tagged_title_span(text) == (6, 22)
    assert text[6:22] == "城市治理之要｜政府施政须抓住重点"
    # a line of prose before the bar line ends the search; a markdown table row has several bars
    assert tagged_title_span("近年来人口不断增加，问题突出。\n城市治理之要|政府施政") is None
    assert tagged_title_span("| 存在的问题 | 对策建议 |\n正文。") is None
    # fewer than four Chinese characters before the bar: a cell pair or a menu, no headline
    assert tagged_title_span("首页|新闻\n正文。") is None
    # a tab-separated row is no title
    assert tagged_title_span("存在的问题|对策\t建议\n正文。") is None


def test_reporting_frame_is_dropped_from_the_point():
    r = summarizer.summarize("记者近日走访多个社区时发现，不少老旧小区缺乏电梯，老人出行困难。有关部门应加快加装电梯工作。")
    assert [p.text for p in r.essays[0].challenges] == ["不少老旧小区缺乏电梯，老人出行困难"]
    text = "笔者调研中了解到，基层人手不足"
    assert text[unlinked_start(text, 0, len(text), frames=True):] == "基层人手不足"
    # only for a point (frames): a summary sentence keeps it; a clause that is no frame stays
    assert unlinked_start(text, 0, len(text)) == 0
    other = "基层人手不足，工作任务繁重"
    assert unlinked_start(other, 0, len(other), frames=True) == 0


def test_numbered_title_after_a_closed_paragraph_starts_an_essay():
    for title in ("农村养老问题的调研报告篇1", "农村养老问题的调研报告（一）"):
        r = summarizer.summarize(NEWS + "\n" + title + "\n" + REPORT_BODY)
        assert [e.title for e in r.essays] == ["市政协召开民生议题座谈会", title]
    # the same title line alone is one essay
    assert len(summarizer.summarize("农村养老问题的调研报告篇1\n" + REPORT_BODY).essays) == 1


def test_without_title_number():
    assert _without_title_number("农村养老问题的调研报告篇1") == "农村养老问题的调研报告"
    assert _without_title_number("农村养老问题的调研报告（一）") == "农村养老问题的调研报告"
    assert _without_title_number("关于乡村振兴的几点思考2") == "关于乡村振兴的几点思考"
    assert _without_title_number("农村养老问题的调研报告") == "农村养老问题的调研报告"
    assert _without_title_number("（一）") == "（一）"
