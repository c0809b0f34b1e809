"""Kinds of faults seen on the blind trial set of Part 147 (benchmarks/data/aspects ids 8320-8344, newuser55d: labour, employment
and workers' rights as a new user brings them: deputies' news on riders, migrant workers and wage arrears, 稳就业 meetings relayed by
papers and a speech, a 人社局 reply to a 政协 proposal, 零工市场 commentaries, thesis abstracts on 新就业形态, a 工会 summary, Traditional
mirrors of news on 欠薪 and 网约车 drivers, with 人社 法治 reports, a 调研报告's opening and a 零工 achievements page as negatives),
written as small texts of the tests' own. Marked ``xfail(strict=True)``: they record what the pipeline does not do yet, and turn
into failures (to be unmarked) the day a change fixes the kind."""

import pytest

from summarizer.pipeline import summarize_document

KINDS = {
    # a problem stated as the turn of a concession inside reported words (`A越来越容易,但还不能…,这个问题能不能…?`, `形势总体平稳,
    # 但…仍面临新的挑战,强调一是…`) is a challenge, yet it is missed (8326 `…入学越来越容易,但还不能做到每个孩子都能顺利上学,这个问题
    # 有没有办法解决?` missed; 8329 `全市就业形势保持稳定,但就业工作仍面临新的挑战` missed while the `一是…四是` demands after it come out)
    "concessive-turn-problems-in-reported-words-missed": (
        "座谈中,李代表说:“这几年,外来务工人员子女入园越来越方便,但还不能保证每个孩子都能就近入园,这个问题能不能想想办法?”"
        "王副县长在会上指出,上半年全县用工形势总体平稳,但企业招工仍面临不少新的困难,强调一要加强用工监测,二要做好岗位对接。\n",
        lambda ch, rec, n: sum(any(k in p for p in ch) for k in ("还不能保证每个孩子都能就近入园",
                                                                "企业招工仍面临不少新的困难")) >= 2),
    # a deputy's suggestions reported as an item list (`提交的N条建议中,M条和…有关,分别是A;B,解决C`) are recommendations, yet
    # nothing comes out (8326: `开办“民工学校”` and `加快推行“教育券”制度,解决农民工子女教育问题` missed, while the `她建议,…` sentence
    # after them comes out)
    "suggestion-items-after-fenbie-shi-missed": (
        "张代表今年提交的4条建议中,3条和务工人员有关,分别是设立“务工人员夜校”;尽快推行“培训券”制度,解决务工人员技能提升问题;"
        "在工业园区建设公共租赁住房。\n",
        lambda ch, rec, n: sum(any(k in p for p in rec) for k in ("设立“务工人员夜校”", "推行“培训券”制度",
                                                                 "建设公共租赁住房")) >= 2),
    # lines quoted from past government work reports (`“当前要抓紧解决…问题。”摘自2004年政府工作报告`, `今年政府工作报告提出,A,
    # 多位代表…`) are the report's, quoted as the story's frame: neither, yet they come out as recommendations (8342: both quoted
    # 2004 and 2005 report lines as recommendations, precision 2 of 4; 8327 `强化农民工工资拖欠治理,多位代表委员瞄准…` as one)
    "quoted-past-work-report-lines-as-recommendations": (
        "“当前要抓紧解决克扣和拖欠工人工资问题。”摘自2006年县政府工作报告。“抓紧建立确保进城务工人员工资按时支付的机制。”"
        "摘自2007年县政府工作报告。今年县政府工作报告提出,加强欠薪源头治理,多位代表围绕建筑领域积极建言。\n",
        lambda ch, rec, n: not rec),
    # deputies' call on society (`代表呼吁社会理解A、尊重A、关心A,并纷纷就…建言献策`) is a recommendation, yet it is missed or filed
    # as a challenge (8325: the sentence as a challenge, the gold measure missed, 0 of 1)
    "deputies-call-on-society-huyu-missed": (
        "在分组讨论时,多位代表呼吁全社会关心快递员、尊重快递员、善待快递员,并纷纷围绕新就业群体权益保障提出意见。\n",
        lambda ch, rec, n: any("关心快递员" in p for p in rec) and not any("关心快递员" in p for p in ch)),
    # a meeting's chain of balance demands (`…,切实增强紧迫感,把握好A与B的关系,把握好C与D的关系,把握好E与F的关系,更加主动…`) is
    # a run of recommendations, yet the point stops at the first `把握好` or before it and the rest is lost (8330: all five `把握好…的关系`
    # missed, with `更加积极主动做好各项工作,稳住就业大局…` after them; recall 4 of 13)
    "balance-relationship-demand-chain-cut-after-first": (
        "会议指出,稳就业是民生之本。要进一步提高认识、坚定信心,综合研判全县就业工作面临的多方面压力,切实增强紧迫感,把握好稳增长与"
        "保就业的关系,把握好城市就业与农村就业的关系,把握好政府引导与市场主导的关系,更加主动做好各项工作。\n",
        lambda ch, rec, n: sum(any(k in p for p in rec) for k in ("稳增长与保就业的关系", "城市就业与农村就业的关系",
                                                                 "政府引导与市场主导的关系")) >= 2),
}

_MISS = pytest.mark.xfail(strict=True, reason="kinds the pipeline misses on Part 147 (see SOURCES.md)")
#: Kinds fixed since.
FIXED: set[str] = {
    "balance-relationship-demand-chain-cut-after-first",  # k147148
    "quoted-past-work-report-lines-as-recommendations",  # k147148
}


@pytest.mark.parametrize("kind", [pytest.param(k, marks=() if k in FIXED else _MISS) for k in sorted(KINDS)])
def test_part147_fault_kind(kind):
    text, right = KINDS[kind]
    essays = summarize_document(text).essays
    points = {side: [p.text for e in essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}
    assert right(points["challenges"], points["recommendations"], len(essays))


def test_part147_kind_predicates_accept_a_right_answer():
    """Each predicate holds on a hand-written right answer, so an xfail above fails on the pipeline, not on its predicate."""
    right_answers = {
        "concessive-turn-problems-in-reported-words-missed": (["还不能保证每个孩子都能就近入园", "企业招工仍面临不少新的困难"],
                                                              ["加强用工监测", "做好岗位对接"]),
        "suggestion-items-after-fenbie-shi-missed": ([], ["设立“务工人员夜校”", "尽快推行“培训券”制度,解决务工人员技能提升问题",
                                                          "在工业园区建设公共租赁住房"]),
        "quoted-past-work-report-lines-as-recommendations": ([], []),
        "deputies-call-on-society-huyu-missed": ([], ["呼吁全社会关心快递员、尊重快递员、善待快递员"]),
        "balance-relationship-demand-chain-cut-after-first": ([], ["把握好稳增长与保就业的关系", "把握好城市就业与农村就业的关系",
                                                                   "把握好政府引导与市场主导的关系", "更加主动做好各项工作"]),
    }
    assert set(right_answers) == set(KINDS)
    for kind, (ch, rec) in right_answers.items():
        assert KINDS[kind][1](ch, rec, 1), kind
