"""k166fix: the rules added for the kinds of Part 166 (a policy's critique run on into the demands with semicolons, a
shortfall stated by figures, a forum's hope), on texts of the tests' own."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document
from summarizer.points import demand_clause_runs, semicolon_part_aspects


def _points(text: str) -> dict[str, list[str]]:
    essays = summarize_document(text).essays
    return {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}


# (a round table's paragraph: the current policy, its critique, then the demands, all in one sentence)
_CRITIQUE_THEN_DEMANDS = (
    "目前市府经常以发放租金补贴或放宽申请门槛,做为解决青年住房问题的对策,这只是治标不治本的作法,没有根本解决住房供给问题;"
    "要稳定青年居住,就要扩大社会住宅的兴建,引导民间闲置房屋投入租赁市场,要解决租金过高问题就要健全租赁管理,"
    "首先要落实租赁专法的查核,消除房东不愿出租却又空屋率偏高的矛盾现象。")


def test_semicolon_parts_read_one_by_one():
    parts = semicolon_part_aspects(_CRITIQUE_THEN_DEMANDS)
    texts = {_CRITIQUE_THEN_DEMANDS[a:b]: aspect for a, b, aspect in parts}
    recs = [t for t, aspect in texts.items() if aspect == asp.RECOMMENDATION]
    assert len(recs) == 3
    assert recs[0].startswith("要稳定青年居住,就要扩大社会住宅的兴建")
    assert recs[1].startswith("要解决租金过高问题就要健全租赁管理")
    # (the run's last clause restates the problem the demand removes: the demand ends before it)
    assert recs[2].rstrip(",") == "首先要落实租赁专法的查核"


def test_semicolon_parts_not_read_in_a_short_or_undivided_sentence():
    assert semicolon_part_aspects("要稳定青年居住,就要扩大社会住宅的兴建;首先要落实查核。") == []
    assert semicolon_part_aspects(_CRITIQUE_THEN_DEMANDS.replace(";", ",")) == []


def test_demand_clause_runs_split_per_demand():
    part = "要提高教师待遇,就要调整薪级,放宽晋升年资,还要减少行政工作"
    runs = [part[a:b].rstrip(",") for a, b in demand_clause_runs(part)]
    assert runs == ["要提高教师待遇,就要调整薪级,放宽晋升年资", "还要减少行政工作"]
    # (a part that does not open with a demand is kept whole)
    assert demand_clause_runs("政府应调整薪级,还要减少行政工作") == [(0, len("政府应调整薪级,还要减少行政工作"))]


def test_pipeline_gives_the_demands_after_a_critique():
    points = _points("青年住房座谈会纪要\n青年租屋负担沉重,租金占薪资比例持续上升。\n" + _CRITIQUE_THEN_DEMANDS + "\n")
    assert any("扩大社会住宅的兴建" in p for p in points["recommendations"])
    assert any("落实租赁专法的查核" in p for p in points["recommendations"])
    assert not any("扩大社会住宅的兴建" in p for p in points["challenges"])


def test_figure_shortfall_spans():
    s = "统计显示,全县有9所国中新生报到率不足五成,另有14个科系今年招不到学生。"
    spans = [s[a:b] for a, b in asp.figure_shortfall_spans(s)]
    assert spans == ["全县有9所国中新生报到率不足五成", "另有14个科系今年招不到学生"]
    # (a criterion that names whom a rule reaches, a condition, a figure with no rate: no shortfall stated)
    assert asp.figure_shortfall_spans("报到率未达五成的学校,将被列入辅导名单。") == []
    assert asp.figure_shortfall_spans("如果报到率低于五成,学校须提出改善计划。") == []
    assert asp.figure_shortfall_spans("全县共有不足30所国中。") == []
    assert asp.turned_to_few("今年出席率仅低于60%")
    assert not asp.turned_to_few("今年出席率高于60%")


def test_pipeline_gives_each_figure_a_challenge():
    points = _points("县府公布各校招生情况。统计显示,全县有9所国中新生报到率不足五成,其中3所学生总数不到百人。"
                     "另有14个科系今年招不到学生,包括5个夜间部。\n教育处表示将研议因应。\n")
    assert any("报到率不足五成" in p for p in points["challenges"])
    assert any("招不到学生" in p for p in points["challenges"])


def test_forum_hope():
    assert asp.forum_hope("与会的社区团体期待成立一个联络平台,以共同监督市府的执行。")
    assert asp.forum_hope("市议会举办的公听会上,家长代表踊跃发言,期盼设立专责窗口,以便反映意见。")
    # (no forum named: a resident's wish; a hope of no act; a hope in a question)
    assert not asp.forum_hope("居民期待加装电梯。")
    assert not asp.forum_hope("与会者期待今年活动圆满成功。")
    assert not asp.forum_hope("与会者是否期待成立联络平台?")
    assert asp.prose_aspect("与会的社区团体期待成立一个联络平台,以共同监督市府的执行。") == asp.RECOMMENDATION


def test_new_readers_linear():
    assert_linear(lambda n: semicolon_part_aspects("要" * n + ";" + "就要加强" * n), 20_000, "semicolon parts, one long run")
    assert_linear(lambda n: semicolon_part_aspects("要做,就要改;" * n), 2_000, "semicolon parts, many tiny parts")
    assert_linear(lambda n: demand_clause_runs("要改," * n), 5_000, "demand runs, many clauses")
    assert_linear(lambda n: asp.figure_shortfall_spans("率不足" * n + "1" * n), 20_000, "figure spans, one long run")
    assert_linear(lambda n: asp.figure_shortfall_spans("12个招不,。" * n), 5_000, "figure spans, many clauses")
    assert_linear(lambda n: asp.forum_hope("与会" + "期待," * n), 5_000, "forum hope, many clauses")
    assert_linear(lambda n: summarize_document("治" * n), 20_000, "pipeline, one long line")
    assert_linear(lambda n: summarize_document("好。" * n), 2_000, "pipeline, tiny sentences")


def test_cause_then_measure():
    s = "企业端也是造成青年低薪的原因之一,雇主在招募时就应提供完整的职涯培训,避免新人频繁流动。"
    (ca, cb), (ma, mb) = asp.cause_then_measure(s)
    assert s[ca:cb] == "企业端也是造成青年低薪的原因之一"
    assert s[ma:mb] == "雇主在招募时就应提供完整的职涯培训"
    # (no modal in the next clause, a cause with nothing after it, a question: no pair)
    assert asp.cause_then_measure("企业端也是造成青年低薪的原因之一,雇主很少提供培训。") is None
    assert asp.cause_then_measure("企业端也是造成青年低薪的原因之一。") is None
    assert asp.cause_then_measure("企业端是否也是造成青年低薪的原因之一,雇主是否应提供培训?") is None


def test_pipeline_splits_the_measure_from_its_cause():
    points = _points("青年低薪问题座谈会\n青年起薪长期停滞,物价却持续上涨。企业端也是造成青年低薪的原因之一,"
                     "雇主在招募时就应提供完整的职涯培训,避免新人频繁流动。\n")
    assert any("职涯培训" in p for p in points["recommendations"])
    assert not any("职涯培训" in p for p in points["challenges"])
    assert any(p.startswith("企业端也是造成青年低薪的原因之一") for p in points["challenges"])


def test_cause_then_measure_linear():
    assert_linear(lambda n: asp.cause_then_measure("是造成" * n + "的原因," + "应" * n), 20_000, "cause, one long run")
    assert_linear(lambda n: asp.cause_then_measure("是造成问题的原因," * n), 2_000, "cause, many clauses")


def test_forum_hope_point_starts_at_the_hope():
    points = _points("社区照顾座谈会纪实\n主持人:今天主要是听取意见。\n与会者:居家照顾的人力向来都不足。\n"
                     "由市议员办公室针对长照服务举办的座谈会,在第二场的讨论中,照顾者团体与社工踊跃发言,"
                     "期待成立一个跨局处的联络平台,以统整资源、共同追踪个案的需要。\n")
    assert any(p.startswith("期待成立一个跨局处的联络平台") for p in points["recommendations"])
    assert asp.hopes_for_act("期待成立一个跨局处的联络平台")
    assert not asp.hopes_for_act("期待活动圆满成功")
