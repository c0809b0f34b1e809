"""k115119: a run-in label that only names the topic of the measure after it (``应急演练问题：加大演练频次…``) and a
heading that states a planned measure (``一是计划修建…``), on small texts of the tests' own."""

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_topic_problem_label_over_measure():
    assert asp.topic_problem_label("消防通道问题", "加强楼道杂物清理，设置禁停标线")
    # the label names the aspect (存在问题), or the body states a shortfall: the label keeps its reading
    assert not asp.topic_problem_label("存在问题", "加强楼道杂物清理")
    assert not asp.topic_problem_label("消防通道问题", "楼道杂物堆放严重，消防车无法通行")
    assert not asp.topic_problem_label("通道", "加强楼道杂物清理")  # (no challenge noun ends the label)
    assert asp.topic_label_end("消防通道问题：加强楼道杂物清理，设置禁停标线。") == 7
    assert asp.topic_label_end("存在问题：加强楼道杂物清理。") == 0


def test_topic_label_items_are_measures_not_challenges():
    text = ("检查结果分析\n1、消防通道问题:加强楼道杂物清理,设置禁停标线,每周巡查一次。\n"
            "2、用电安全问题:逐步更新入户电线,推广智能断电插座,禁止在楼道内给电动车充电。\n"
            "3、值守制度问题:完善夜间值班登记,明确每个岗位的责任人。\n")
    ch, rec = _points(text)
    assert not any("每周巡查一次" in p or "逐步更新入户电线" in p for p in ch)
    assert any("逐步更新入户电线" in p for p in rec) and any("完善夜间值班登记" in p for p in rec)


def test_topic_label_under_problems_heading_is_measure_but_shortfall_stays():
    text = ("一、检查发现的情况\n社区消防检查发现以下情况。\n二、具体问题分析\n"
            "1、宣传教育问题:部分居民对消防常识了解不够,需加强宣传。\n"
            "2、器材配置问题:补齐楼道灭火器,更换过期的应急照明灯。\n"
            "3、巡查制度问题:建立网格员每日巡查制度,发现隐患当场登记。\n")
    ch, rec = _points(text)
    assert any("补齐楼道灭火器" in p for p in rec) and not any("补齐楼道灭火器" in p for p in ch)
    assert any("了解不够" in p for p in ch)


def test_plan_vote():
    assert asp._plan_vote("计划修建两座排涝泵站") == asp.RECOMMENDATION
    assert asp._plan_vote("拟增设两处避险安置点") == asp.RECOMMENDATION
    assert asp._plan_vote("计划生育政策落实不到位") is None  # (a noun, no plan)
    assert asp._plan_vote("准备工作不充分") is None
    assert asp._plan_vote("加强城市治理") is None  # (no plan word: item_vote reads it)


def test_reply_plans_listed_with_done_work_are_measures():
    text = ("王芳代表:\n您提出的《关于改善老旧小区排水的建议》收悉,现答复如下:\n"
            "今年我局在经费紧张的情况下,一是计划修建两座排涝泵站。拟在城东低洼片区选址,目前已完成勘测;"
            "二是逐步更换老旧管网。对建成二十年以上的排水管道分批改造。三是健全汛期值守。"
            "汛期实行二十四小时值班,及时处置积水。\n专此答复。\n市住房和城乡建设局\n")
    ch, rec = _points(text)
    assert sum(any(k in p for p in rec) for k in ("修建两座排涝泵站", "更换老旧管网", "健全汛期值守")) >= 2
