"""Part 57's kinds (issue 8), fixed where their stage lives: the readers of points.py for quoted proposals after a
verb of proposing (quoted_proposals), an inspection's hazard list before its verdict (verdict_hazards), paired advice
headings ``X要A，不搞B`` (paired_advice), a hotline caller's report and the reply to the caller (_hotline_points), and
a document site's usage notices (boilerplate.txt ``site_notice``). Texts are the tests' own."""

from costs import assert_linear

from summarizer import points
from summarizer.clean import clean
from summarizer.pipeline import summarize_document


def _points(text):
    s = summarize_document(text)
    return ([p.text for e in s.essays for p in e.challenges], [p.text for e in s.essays for p in e.recommendations])


def test_quoted_proposals_items_inside_quotes():
    s = "协会提出「降低用电成本」、「放宽外籍人才签证」及「设立『一站式』审批窗口」三大建议。"
    assert [s[a:b] for a, b in points.quoted_proposals(s)] == ["降低用电成本", "放宽外籍人才签证", "设立『一站式』审批窗口"]


def test_quoted_proposals_need_the_proposal_noun_after_them():
    # quoted words with no proposal noun after them are slogans or titles, not remedies
    assert points.quoted_proposals("会上提出「绿色发展」、「共同富裕」等口号，反响热烈。") == []
    assert points.quoted_proposals("他提出「降低税负」一项建议。") == []  # (one item: no list)


def test_verdict_hazards_split_after_finding():
    s = "检查发现，部分商铺灭火器过期、电动车室内充电、消防通道堆放杂物，存在较大火灾隐患。"
    assert [s[a:b] for a, b in points.verdict_hazards(s)] == ["部分商铺灭火器过期", "电动车室内充电", "消防通道堆放杂物"]
    s = "检查组发现部分商铺灭火器过期、电动车室内充电，存在火灾隐患。"
    assert [s[a:b] for a, b in points.verdict_hazards(s)] == ["部分商铺灭火器过期", "电动车室内充电"]


def test_verdict_hazards_need_a_finding_and_short_items():
    # no inspection's finding before the list: a plan's scope, no hazard found
    assert points.verdict_hazards("今年将对数据采集、存储、传输等环节，存在的安全风险进行评估。") == []
    assert points.verdict_hazards("检查发现，该企业仓库，存在隐患。") == []  # (one piece: no list)


def test_hazard_verdict_gives_way_to_items():
    ch, _ = _points("4月2日，街道对辖区商铺开展消防检查。检查发现，部分商铺灭火器过期、电动车室内充电、"
                    "消防通道堆放杂物，存在较大火灾隐患，一旦起火后果严重。\n")
    assert ch == ["部分商铺灭火器过期", "电动车室内充电", "消防通道堆放杂物"]


def test_paired_advice_sentence():
    assert points.paired_advice("谈问题要准，不搞避重就轻。") == [(0, 12)]
    assert points.paired_advice("谈问题要准，防止泛泛而谈。") == [(0, 12)]
    # a problem stated, no advice heading
    assert points.paired_advice("有的单位谈问题避重就轻，不搞调查研究。") == []


def test_paired_advice_headings_are_recommendations():
    ch, rec = _points("总结怎样写\n有的总结只报喜不报忧。\n列数据要准，不搞估算凑数。数据要有出处。\n"
                      "定计划要实，不搞好高骛远。计划要量力而行。\n")
    assert "列数据要准，不搞估算凑数" in rec and "定计划要实，不搞好高骛远" in rec
    assert not any("不搞" in p for p in ch)


def test_hotline_caller_report_and_reply():
    ch, rec = _points("井盖缺失\n读者张先生来电：他在城南某小区居住，小区门口井盖丢了一个多月，晚上过路很危险。\n"
                      "张先生，记者已将您反映的情况转告市政部门，对方称将尽快处理。\n")
    assert ch == ["小区门口井盖丢了一个多月，晚上过路很危险"]
    assert rec == []


def test_hotline_question_is_no_complaint():
    ch, _ = _points("市民刘女士来电：咨询今年医保缴费的截止时间和缴费渠道有哪些。\n")
    assert ch == []


def test_site_usage_notice_removed():
    text = ("调查报告.doc\n2、本站所有内容均由网友上传，仅供个人学习、研究之用，不得用于商业用途。\n"
            "申明敬告：本站不保证该用户上传的文档完整性。\n调查报告\n调查发现，图书室藏书陈旧。\n")
    cleaned = clean(text).text
    assert "本站" not in cleaned and "调查发现，图书室藏书陈旧。" in cleaned


def test_word35_readers_linear():
    assert_linear(lambda n: points.verdict_hazards("检查发现，" + "灭火器过期、" * n + "存在隐患。"), 2_000,
                  "a long hazard list")
    assert_linear(lambda n: points.verdict_hazards("、" * n + "，存在隐患"), 20_000, "a run of list commas")
    assert_linear(lambda n: points.quoted_proposals("提出" + "「降低成本」、" * n + "等建议。"), 2_000,
                  "a long quoted list")
    assert_linear(lambda n: points.quoted_proposals("提出「" * n + "」"), 10_000, "unclosed quotes")
    assert_linear(lambda n: points.paired_advice("谈问题要准，不搞" * n), 10_000, "a repeated pair")
    assert_linear(lambda n: summarize_document("市民来电：" * n), 1_000, "a run of caller leads")


def test_question_pleas_without_subject():
    s = "现在城里大兴土木，什么时候也能来修修老百姓的出行之路？"
    assert [s[a:b] for a, b in points.question_pleas(s)] == ["什么时候也能来修修老百姓的出行之路"]
    s = "（1）可否统一提供新冠疫苗接种保险？"
    assert [s[a:b] for a, b in points.question_pleas(s)] == ["可否统一提供新冠疫苗接种保险"]
    # a subject before the asking words: whether it can be, no plea
    assert points.question_pleas("这些扶贫政策能否解决农村的贫困问题？") == []


def test_forum_reply_about_first_post_dropped():
    _, rec = _points("工地噪音扰民\n工地晚上一直施工，吵得睡不着。\n"
                     "经观察室了解，楼主所指工地为拆迁工地，考虑道路安全，在工地入口安装了喇叭提醒行人。\n")
    assert not any("喇叭" in p for p in rec)
