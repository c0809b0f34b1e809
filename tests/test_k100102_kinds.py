"""Kinds fixed by helper k100102 (Parts 100 and 102), each on a small text of the test's own: an urgent need that opens
a sentence over a measure (综上亟待建立…), a count of difficulties named as one word (面临“四难”：…难、…难), a survey's
withheld approval (均表示不太认可，尤其以…评价最差), and the sentences that spell out a deputy's ``一要X。`` head when they
open with a setting (在…时，…) or a fronted object (对…加大…)."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.pipeline import summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_urgent_need_opening_a_sentence_is_a_measure():
    ch, rec = _points("农村寄递网点分散,快递进村常常要绕行几十公里。因此亟待建立县乡村三级共同配送体系,降低末端投递成本。\n")
    assert any("三级共同配送体系" in p for p in rec)
    assert not any("三级共同配送体系" in p for p in ch)


def test_urgent_need_as_modal_keeps_shortfalls_and_relative_clauses():
    # the need after its subject, the verb ending the clause: a shortfall stated, left as it is
    assert asp.urgent_need_as_modal("基层调解员的业务能力亟待提高。") == "基层调解员的业务能力亟待提高。"
    # a remedy verb names the problem said to need solving; a 的 right after the verb makes a modifier
    assert asp.urgent_need_as_modal("亟待解决停车难问题。") == "亟待解决停车难问题。"
    assert asp.urgent_need_as_modal("亟待建立的制度迟迟没有出台。") == "亟待建立的制度迟迟没有出台。"
    out = asp.urgent_need_as_modal("综上,急需出台老旧电梯更新补贴办法。")
    assert out == "综上,亟需出台老旧电梯更新补贴办法。" and len(out) == len("综上,急需出台老旧电梯更新补贴办法。")


def test_counted_difficulties_word_is_a_challenge():
    ch, _ = _points("社区养老服务站普遍面临“四难”:选址难、招人难、收费难和留人难。\n")
    assert any("招人难" in p for p in ch) and any("留人难" in p for p in ch)


def test_survey_withheld_approval_is_a_challenge():
    ch, rec = _points("调查结果显示,多数家长知道学校开设了课后托管。在满意度方面,家长对托管的课程内容、看护人员、收费标准"
                      "均表示不是很认可,尤其以课程内容评价最差。\n")
    assert any("课程内容评价最差" in p for p in ch)
    assert not rec


def test_setting_and_fronted_object_sentences_under_run_in_heads():
    _, rec = _points("市政协委员李强提出,一要规范充电桩建设。在小区停车场规划时,统一预留充电桩安装条件。"
                     "对私拉电线充电行为加强巡查,及时劝阻。二要完善运营维护。由运营企业建立故障报修平台。\n")
    assert any("统一预留充电桩安装条件" in p for p in rec)
    assert any("私拉电线充电行为加强巡查" in p for p in rec)


def test_opens_measure_clause_reads_settings_and_fronted_objects_only():
    assert pts._opens_measure_clause("在旧城改造过程中,优先保留历史街巷。")
    assert pts._opens_measure_clause("对占道经营行为加大处罚力度。")
    assert not pts._opens_measure_clause("在去年的调查中,居民普遍反映停车难。")
    assert not pts._opens_measure_clause("对于这个问题,大家看法不一。")


def test_costs_stay_linear():
    assert_linear(lambda n: asp.urgent_need_as_modal("亟待" * n), 5_000, "a long run of 亟待")
    assert_linear(lambda n: asp.urgent_need_as_modal("因此亟待建立机制,亟待完善" * n), 2_000, "many urgent needs")
    assert_linear(lambda n: asp.urgent_need_as_modal("急需建立" + "机" * n), 25_000, "a 100k-style line, no punctuation")
    assert_linear(lambda n: pts._opens_measure_clause("在" + "市" * n + "时,加强管理。"), 25_000, "a long setting")


def test_question_of_need_proposal_is_a_recommendation():
    _, rec = _points("老小区的楼道里停满了电动车。楼道里的电动车越来越多,是否需要考虑增设一个集中充电棚?\n")
    assert any("集中充电棚" in p for p in rec)


def test_statute_article_lines_give_no_points():
    ch, rec = _points("道路交通安全法摘录\n第五十一条 机动车行驶时,驾驶人、乘坐人员应当按规定使用安全带。\n"
                      "第五十二条 机动车载物应当符合核定的载质量,严禁超载。\n"
                      "第五十三条 警车、消防车在执行紧急任务时,其他车辆和行人应当让行。\n")
    assert not ch and not rec
    # one article cited on a line of its own in an essay is the essay's own sentence
    assert pts.statute_article_spans("第五条规定的备案制度执行不到位。\n应当加强监管。\n") == ()


def test_statute_spans_linear():
    assert_linear(lambda n: pts.statute_article_spans.__wrapped__("第一条 应当。\n" * n), 2_000, "many article lines")
    assert_linear(lambda n: pts.statute_article_spans.__wrapped__("第" * n), 25_000, "a long line of 第")


def test_paired_head_is_spelt_out_by_its_body():
    _, rec = _points("区人大代表周敏建议,一要整治背街小巷,改善通行条件。在雨污管网改造时,拓宽主要路段。"
                     "在夜间照明方面,增设太阳能路灯。二要加强日常保洁。\n")
    assert any("拓宽主要路段" in p for p in rec) and any("增设太阳能路灯" in p for p in rec)
    assert pts._paired_head("整治背街小巷,改善通行条件") and not pts._paired_head("整治背街小巷和城中村的违章搭建,改善通行条件")
