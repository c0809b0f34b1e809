"""Kinds of faults seen on the blind trial set of Part 96 (benchmarks/data/aspects ids 5260-5286, newuser45f: long and
spoken documents as a new analyst brings them: leaders' speeches and a meeting's chairing script, survey and hearing
reports, CPPCC members' soundbites, a Taiwan council interpellation, a colloquial dialogue on rural elderly care, HK and
converter-Traditional pages), written as small texts of the tests' own. Marked ``xfail(strict=True)``: they record what
the pipeline does not do yet, and turn into failures (to be unmarked) the day a change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

# (text, what a right answer holds): right(challenges, recommendations) over the point texts of every essay.
KINDS = {
    # a meeting's chairing script (`请…同志发言;` one speaker a line, `请与会同志…`): the procedure lines are taken as
    # recommendations although the script states no measure at all (5271, a negative: 3 points, two `请…发言`)
    "chairing-script-qing-fayan-as-recommendation": (
        "同志们:\n下面进行会议第一项议程:交流发言。\n先请镇农业服务中心主任周立平同志发言;\n"
        "请青山村党支部书记吴海涛同志发言;\n请与会同志将手机调至静音,认真做好记录。\n第二项,请分管副镇长作工作部署。\n",
        lambda ch, rec: not any("同志发言" in p for p in rec)),
    # a survey report's run-in heading `(一)X。` followed by a body of `交通方面:A;供电方面:B;` shortfalls: only the
    # heading comes out, the concrete shortfalls of the body are lost (5262: 2 of 15, both headings)
    "fangmian-shortfalls-in-heading-body-lost": (
        "一、当前乡村道路和供电存在的问题\n(一)出行条件较差。全镇地处山区,沟壑纵横,群众出行很不方便。交通方面:"
        "目前仍有3个村不通客车,5个村的村道尚未硬化;供电方面:有4个村变压器容量偏小,夏季用电高峰经常跳闸;"
        "通信方面:偏远组别手机信号时有时无。\n(二)公共服务薄弱。\n",
        lambda ch, rec: any("3个村不通客车" in p for p in ch) and any("变压器容量偏小" in p for p in ch)),
    # a spoken dialogue whose measures are colloquial suggestions (`政府可以在…设个…`, `还可以让…`): none is taken as a
    # recommendation, only the complaint comes out, speaker label and all (5278: 4 of 11 recommendations)
    "spoken-keyi-suggestions-in-dialogue-missed": (
        "甲:我跟你讲,镇上那些留守孩子放学以后真没人管。\n乙:是啊。那政府可以在镇上设个托管点,"
        "请两个退休老师看着他们写作业。\n甲:对,还可以让村里的大学生暑假回来带一带。\n",
        lambda ch, rec: any("设个托管点" in p for p in rec)),
    # a blogger's own worry (`我真有点担心X到底能不能…`) is the challenge of the piece: nothing is taken (5279: the
    # author's two verdicts missed, a proposal he only reports taken as a recommendation)
    "first-person-danxin-worry-missed": (
        "新站房的图纸我看过了,方案确实漂亮。不过说实话,我真有点担心这笔改造资金到底能不能按时到位,"
        "毕竟去年的补贴拖了八个月才发下来。\n",
        lambda ch, rec: any("能不能按时到位" in p for p in ch)),
    # a hearing report's section of the participants' views (`…存在X的现象;为…,…是必要的`): nothing comes out with
    # the shipped model on (5267: 0 of 3 with the model, 3 of 3 with rules alone)
    "hearing-report-participants-views-missed": (
        "关于某县城区公交票价调整听证会的听证报告\n本次听证会参加人15名。\n二、听证会参加人对调整方案的意见、建议\n"
        "城区人口持续增加,公交运营成本逐年上升,加上部分线路客流偏少,存在运力闲置的现象;为保障公交持续运营,"
        "优化线路布局,适当调整票价是必要的,15名参加人中,\n",
        lambda ch, rec: any("存在运力闲置的现象" in p for p in ch)),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 96 (see SOURCES.md)")
#: Kinds fixed since.
FIXED: set[str] = {"chairing-script-qing-fayan-as-recommendation", "first-person-danxin-worry-missed"}


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part96_fault_kind(kind):
    text, right = KINDS[kind]
    points = {side: [p.text for e in summarize_document(text).essays for p in getattr(e, side)]
              for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"])
