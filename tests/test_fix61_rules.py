"""fix61's rules on Part 173's kinds, each on a text of the test's own: a set phrase that opens with a prohibitive
modal (不可否认) forbids nothing; a condition's sign reading (若…，往往是…的体现) is neither aspect; a chain of goods
(…，有利于A；有利于B) is no measure; a gap admitted before a later plan (但…还有一定差距，下一步，…) is a challenge and
a plan's focus clause (以…为工作重点) one of its measures; a self-evaluation's headings over work done are no measures."""

from costs import assert_linear

from summarizer import aspects, points
from summarizer.pipeline import summarize_document


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_set_phrase_opening_with_a_modal_forbids_nothing():
    assert aspects.ends_inside_idiom("不可否认，网购分流了客源", 2, ("不可否认", "不得不"))
    assert not aspects.ends_inside_idiom("不可再拖延整改时间", 2, ("不可否认", "不得不"))
    assert aspects.opens_prohibition("不要再拖延整改时间")
    assert not aspects.opens_prohibition("不可否认，书店客流下降与网购分流有着很大关系")
    ch, rec = _points("这几年街角的书店越来越少。\n不可否认，这与网络购书的普及有着很大关系，实体书店的困境还与店面租金的上涨、"
                      "阅读习惯的改变有着很大关系。\n")
    assert any("网络购书的普及" in p for p in ch)
    assert not any("有着很大关系" in p for p in rec)


def test_condition_read_as_a_sign_is_neither():
    assert aspects.reads_sign("如果夜市摊位大量空置，往往是客流不足的信号。")
    assert not aspects.reads_sign("夜市摊位大量空置，往往是客流不足的信号。")  # (no condition: a finding)
    assert not aspects.reads_sign("如果摊位费继续上涨，商户将难以为继。")  # (a forecast, not a sign reading)
    assert aspects.sentence_aspect("如果夜市摊位大量空置，往往是客流不足的信号。") is None


def test_chain_of_goods_is_no_measure():
    text = "因此，建设一批社区便民商业中心，有利于方便居民生活；有利于吸纳就业，增加居民收入。"
    a = text.index("建设")
    b = text.index("；")
    assert aspects.benefit_chain_end(text, a, b) == text.index("，有利于")
    c = text.index("有利于吸纳")
    assert aspects.benefit_chain_end(text, c, len(text) - 1) == c  # (a good of the chain: nothing left)
    single = "建设社区便民商业中心，有利于方便居民生活。"
    assert aspects.benefit_chain_end(single, 0, len(single) - 1) == len(single) - 1  # (one good: the measure's reason)
    ch, rec = _points("我市社区商业网点布局不均，部分老旧小区缺少菜市场和便利店。\n"
                      "因此，建设一批社区便民商业中心，有利于方便居民生活；有利于吸纳就业，增加居民收入；有利于促进消费。\n")
    assert any("建设一批社区便民商业中心" in p for p in rec)
    assert not any("有利于" in p for p in rec)


def test_gap_admitted_before_a_later_plan():
    s = "经过一年的努力，夜市改造取得了一定成效，但离群众的要求还有一定差距，下一步，区商务局将以业态提升为工作重点，加快完善停车设施。"
    spans = points.gap_before_plan(s)
    assert [s[a:b] for a, b in spans] == ["离群众的要求还有一定差距"]
    assert points.gap_before_plan("夜市改造取得了一定成效，但离群众的要求还有一定差距。") == []  # (no plan after it)
    assert [s[a:b] for a, b in points.later_plan_clauses(s)] == ["以业态提升为工作重点", "加快完善停车设施"]
    ch, rec = _points("10月8日，市商务局调研组到我区检查夜市改造工作。\n" + s + "\n")
    assert any("离群众的要求还有一定差距" in p for p in ch)
    assert any("业态提升为工作重点" in p for p in rec)


def test_self_evaluation_headings_are_work_done():
    assert points.done_item_heading("(三)资金管理", "县财政局对项目资金实行专户管理，专款专用。", told=True)
    assert not points.done_item_heading("(三)资金管理", "县财政局对项目资金实行专户管理，专款专用。")
    assert not points.done_item_heading("(三)资金管理", "下一步将对项目资金实行专户管理。", told=True)
    ch, rec = _points("某县家政服务提质扩容项目自查报告\n按照市商务局要求，我县对项目实施情况开展了自查。\n"
                      "一、项目管理\n(一)工作机制\n县政府成立项目推进专班，由分管副县长任组长。\n"
                      "(二)资金监管\n县财政局对项目资金实行专户管理，专款专用。\n"
                      "(三)监督检查\n县商务局委托会计师事务所对项目开展跟踪审计。\n")
    assert not any(k in p for p in rec for k in ("工作机制", "资金监管", "监督检查"))


def test_fix61_readers_linear():
    assert_linear(lambda n: points.gap_before_plan("差" * n), 25_000, "a long line without punctuation")
    assert_linear(lambda n: points.gap_before_plan("，但离目标还有差距，下一步" * n), 2_000, "many gaps before a time")
    assert_linear(lambda n: aspects.reads_sign("若" + "治" * n), 25_000, "a long condition without punctuation")
    assert_linear(lambda n: aspects.reads_sign("若" + "，是的" * n), 5_000, "many clauses of 是")
    text = "，有利于" * 5_000
    assert_linear(lambda n: [aspects.benefit_chain_end(text, k, k + 4) for k in range(0, n, 4)], 2_000,
                  "many points in a chain of goods")


def test_cause_relation_clauses_one_point_per_cause():
    s = "夜市为何越办越冷清，不可否认这与摊位同质化有着很大关系，但这不是唯一的原因，夜市的冷清还与停车不便、管理粗放有着密切关系。"
    assert aspects.states_cause_relation(s)
    assert [s[a:b] for a, b in points.cause_relation_clauses(s)] == [
        "不可否认这与摊位同质化有着很大关系", "夜市的冷清还与停车不便、管理粗放有着密切关系"]
    # (a relation that explains a success, or one with no why and no cause named, states no trouble)
    assert not aspects.states_cause_relation("夜市取得这样的成绩，原因与商户的坚持有着很大关系。")
    assert not aspects.states_cause_relation("夜市的人气与天气有着很大关系。")
    assert points.cause_relation_clauses("夜市的人气与天气有着很大关系。") == []


def test_sign_reading_point_dropped_in_traditional_text():
    ch, _ = _points("今年以來，本市零售運行出現了一些值得警惕的變化。\n部分商場的客流出現下滑，面臨來自電商的競爭壓力。\n"
                    "若商場空置鋪位持續增加，往往是消費需求不足的體現。\n")
    assert any("客流出現下滑" in p for p in ch)
    assert not any("空置鋪位" in p for p in ch)


def test_cause_relation_linear():
    assert_linear(lambda n: points.cause_relation_clauses("为何" + "与" * n + "有着很大关系"), 25_000,
                  "a long relation without punctuation")
    assert_linear(lambda n: points.cause_relation_clauses("原因，" + "这与甲有着很大关系，" * n), 2_000,
                  "many relation clauses")


def test_demand_heading_pairing_facing_with_an_act_is_no_vow():
    assert aspects.demands_facing_pair("一是要直面问题、抓住重点")
    assert not aspects.demands_facing_pair("我们一定直面问题，认真加以解决")
    assert aspects.promises_facing("对此，我们一定直面问题，认真加以解决")
    assert not aspects.promises_facing("二是要直面问题、抓住重点")
    _, rec = _points("市商务局召开全市消费市场运行分析会。\n局长提出两点要求:一是要直面问题、抓住重点。各县区要逐一走访重点商贸企业。"
                     "二是要加强调度、压实责任。每周报送一次运行数据。\n")
    assert any("直面问题、抓住重点" in p for p in rec)


def test_nested_points_of_one_aspect_dropped():
    from summarizer.pipeline import _drop_nested_points
    from summarizer.points import RawPoint
    pts = [RawPoint("challenge", 10, 30, 1.0), RawPoint("challenge", 12, 20, 1.0), RawPoint("challenge", 25, 40, 1.0),
           RawPoint("challenge", 10, 30, 0.5)]
    _drop_nested_points(pts)
    assert [(p.start, p.end, p.score) for p in pts] == [(10, 30, 1.0), (25, 40, 1.0)]


def test_nested_points_linear():
    from summarizer.pipeline import _drop_nested_points
    from summarizer.points import RawPoint
    assert_linear(lambda n: _drop_nested_points([RawPoint("challenge", k, 10 * n - k, 1.0) for k in range(n)]), 20_000,
                  "many points each inside the one before")
