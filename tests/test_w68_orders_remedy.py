"""A regulator's order or done follow-up after a check (``香港食安中心已要求有关店家停售及销毁有问题食品``; ``执法人员对
检查中发现的不规范行为，责令食堂立即整改``) is a recommendation: the problem words in its object name what the fix removes
(w68, Part 68; aspects.orders_remedy)."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document


def test_order_after_check_is_recommendation():
    assert asp.orders_remedy("市场监管局已要求涉事商户停售并销毁有问题的月饼")
    assert asp.sentence_aspect("市场监管局已要求涉事商户停售并销毁有问题的月饼") == asp.RECOMMENDATION
    assert asp.orders_remedy("执法人员对巡查中发现的违规堆放行为，责令物业立即清理")
    assert asp.prose_aspect("执法人员对巡查中发现的违规堆放行为，责令物业立即清理") == asp.RECOMMENDATION


def test_finding_before_order_or_order_in_fault_is_not():
    # the finding is stated before the order: the sentence still reports a fault
    assert not asp.orders_remedy("检查发现两家药店台账缺失，责令限期整改")
    # 按要求 is no order: the sentence states the fault
    assert not asp.orders_remedy("部分药店未按要求整改到位")
    # an order with no remedy after it
    assert not asp.orders_remedy("区卫健委已要求各医院报送数据")
    # work narrated in the perfective before the order: a rectification report's own steps
    assert not asp.orders_remedy("区财政局召开了专题会议，督促各单位认真整改")
    # ...but a topic phrase that holds the order's document is read past
    assert asp.orders_remedy("对超期未检的锅炉使用单位下达了监察指令书，责令其限期整改")


def test_order_in_document_goes_to_recommendations():
    text = ("区消防大队对辖区两所幼儿园开展检查，发现一处安全出口被锁闭、一处灭火器过期。\n"
            "大队已责令两所幼儿园立即打开安全出口、更换过期灭火器，并将于月底复查。\n")
    recs = [p.text for e in summarize_document(text).essays for p in e.recommendations]
    chs = [p.text for e in summarize_document(text).essays for p in e.challenges]
    assert any("更换过期灭火器" in p for p in recs)
    assert not any("责令" in p for p in chs)


def test_orders_remedy_linear():
    assert_linear(lambda n: asp.orders_remedy("已要求" * n + "整改"), 2_000)
    assert_linear(lambda n: asp.orders_remedy("检" * n), 20_000)


def test_fault_list_topic_before_order_states_the_faults():
    # a 针对-topic that lists faults (、) or a clause with its own adverb (也欠缺) states them: no order read past it
    assert not asp.orders_remedy("市人大常委会分别针对养老院护理员流失、餐食标准偏低，要求民政局全面检讨改善")
    assert not asp.orders_remedy("对于旧厂房的改造也缺乏规划，议员同时要求有关部门限期改善")


def test_sampling_report_gives_each_failing_sample():
    from summarizer import points
    text = "两个腊肠样本亚硝酸盐超标；一个凉皮样本被检出含不准使用的硼砂；一个蜂蜜样本标签不合格"
    spans = points.counted_finding_spans(text)
    assert [text[a:b] for a, b in spans] == ["两个腊肠样本亚硝酸盐超标", "一个凉皮样本被检出含不准使用的硼砂",
                                              "一个蜂蜜样本标签不合格"]
    # a tally of samples that passed names no fault
    assert points.counted_finding_spans("两个腊肠样本合格；一个凉皮样本合格") == []
    assert_linear(lambda n: points.counted_finding_spans("，1" * n), 5_000)
    assert_linear(lambda n: points.counted_finding_spans("1" * n), 20_000)


def test_checked_criterion_is_no_recommendation():
    from summarizer import points
    text = "2.1 实验设备费占比应不低于50%\t经查本校实验设备费占比为63%\t符合规定\n"
    assert points.checked_criterion(text, text.index("\t"))
    text2 = "实验设备费占比应不低于50%。经查本校实验设备费占比为38%，未达标准。"
    assert not points.checked_criterion(text2, text2.index("。"))
    recs = [p.text for e in summarize_document("内部稽核报告\n" + text * 2).essays for p in e.recommendations]
    assert not any("不低于50%" in p for p in recs)


def test_fix_reported_complete_is_work_done():
    assert not asp.orders_remedy("已督促相关学校完成整改")
    assert not asp.orders_remedy("已责令涉事药店完成整改并复业")
