"""k152153: kinds of Parts 152 and 153 (culture and tourism; civil affairs, funeral reform, marriage customs): a practice
judged as running against a norm before the demand to end it, and the measures that spell out a bare run-in topic
(``一是X。``) in sentences that open with a basis, a permission, an agent, a causative 组织 or a forgone compulsion, or in
one sentence that is a run of measures. Every text is written for the test."""

import pytest

from summarizer import aspects as asp
from summarizer import points as P
from summarizer.pipeline import summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


# --- a practice judged as running against a norm, then the demand ------------------------------------------------

@pytest.mark.parametrize("sentence", ["攀比之风与勤俭节约的传统相背而驰", "这种做法背离了政策的初衷",
                                      "大操大办有悖于公序良俗"])
def test_departure_from_a_norm_is_a_prose_verdict(sentence):
    assert asp.cue_pattern("prose_verdict").search(sentence)


def test_departure_then_demand_splits_into_problem_and_demand():
    s = "婚宴大操大办背离了节俭的本意,与文明乡风相背而驰,应予坚决纠正。"
    found = P.problem_then_demand(s)
    assert found is not None
    (a, b), (c, d) = found
    assert s[a:b] == "婚宴大操大办背离了节俭的本意,与文明乡风相背而驰"
    assert s[c:d] == "应予坚决纠正"


def test_departure_then_demand_gives_both_aspects():
    ch, rec = _points("城区婚宴普遍铺张。婚宴大操大办背离了节俭的本意,与文明乡风相背而驰,应予坚决纠正。\n")
    assert any("相背而驰" in p and "纠正" not in p for p in ch)
    assert any("应予坚决纠正" in p for p in rec)


def test_norm_kept_is_no_departure():
    # (a practice said to follow its norm: no verdict word)
    assert not asp.cue_pattern("prose_verdict").search("这一做法符合公序良俗,与文明乡风相一致")


# --- the measures under a bare run-in topic ------------------------------------------------------------------------

@pytest.mark.parametrize("body", ["根据群众出行需要,增设公交站点,延长运营时间。", "可对按时缴费的家庭给予一次性补贴。",
                                  "可由街道办事处统一组织实施。", "由区民政局牵头建立联席会议制度。",
                                  "组织专业人员每月上门巡查一次。", "不强制要求统一着装,鼓励各队自行设计队服。"])
def test_opens_measure_clause_reads_basis_permission_agent_causative_and_forgone_compulsion(body):
    assert P._opens_measure_clause(body)


@pytest.mark.parametrize("body", ["可能还会出现新的矛盾。", "可以说这项工作任重道远。", "由于经费有限,工作进展缓慢。",
                                  "根据调查,多数村民支持改革。", "组织建设仍然薄弱。", "不强调安全,必然出事。"])
def test_opens_measure_clause_not_for_lookalikes(body):
    assert not P._opens_measure_clause(body)


def test_measure_run_counts_imperative_clauses():
    assert P._measure_run("建立巡查制度,依法取缔违规摊点,严格落实责任追究")
    assert not P._measure_run("这一制度运行多年,效果明显")
    assert not P._measure_run("加强管理")  # (one clause: it completes the topic)


def test_not_compelled_is_no_weakness():
    # 不强制 is 不|强制 (a policy forgoing compulsion), not 不强 (weak)
    assert asp.challenge_strength("不强制要求统一着装") == 0
    assert asp.challenge_strength("群众参与意识不强") > 0


def test_run_in_topic_bodies_give_their_measures():
    text = ("一是优化站点布局。根据群众出行需要,增设公交站点。可对偏远村组增设预约班车。\n"
            "二是强化运营监管。组织专业人员定期检查车辆,严格落实驾驶员培训,依法查处超员行为。\n")
    ch, rec = _points(text)
    assert any("增设公交站点" in p for p in rec)
    assert any("增设预约班车" in p for p in rec)
    assert any("依法查处超员行为" in p for p in rec)
    assert not ch



# --- the good a system does, told with problem words ---------------------------------------------------------------

@pytest.mark.parametrize("clause", ["其弥补了现行制度的空白", "一方面其堵住了监管的漏洞", "另一方面能化解邻里之间的纠纷",
                                    "能拯救濒临破产的企业"])
def test_a_good_done_or_possible_opens_with_remedy(clause):
    assert asp.opens_with_remedy(clause)
    assert asp.challenge_strength(clause) == 0


@pytest.mark.parametrize("clause", ["不能化解邻里之间的矛盾", "这也导致矛盾进一步激化"])
def test_a_remedy_denied_or_a_harm_is_no_good_done(clause):
    assert not asp.opens_with_remedy(clause)
    assert asp.challenge_strength(clause) > 0


def test_tells_benefit_reads_a_pair_of_goods():
    s = "调解委员会的设立意义重大,一方面其弥补了基层治理的短板,方便群众就近解决;另一方面能化解邻里矛盾,增进社区和谐。"
    assert asp.tells_benefit(s)
    assert asp.tells_benefit("能化解邻里矛盾,增进社区和谐。")


@pytest.mark.parametrize("sentence", ["一方面要加强监管,另一方面要完善制度。", "其解决了部分问题,但仍存在资金不足的短板。",
                                      "能力不足,难以化解矛盾。"])
def test_tells_benefit_not_for_measures_or_problems(sentence):
    assert not asp.tells_benefit(sentence)


def test_pair_of_goods_gives_no_point():
    ch, rec = _points("调解委员会的设立意义重大,一方面其弥补了基层治理的短板,方便群众就近解决;另一方面能化解邻里矛盾,"
                      "增进社区和谐。\n")
    assert not any("短板" in p or "化解邻里矛盾" in p for p in ch + rec)


# --- an inspection that names problems only by where they lie, then demands -----------------------------------------

def test_problems_pointed_out_by_place_state_none():
    assert asp.challenge_strength("督查组对照清单逐一指出各校存在的问题") == 0
    assert asp.challenge_strength("督查组指出各校存在的问题,并要求限期整改") == 0


@pytest.mark.parametrize("sentence", ["督查组指出经费不足、人员短缺等问题", "专家指出,目前存在的问题主要是资金不足"])
def test_problems_pointed_out_with_their_content_are_stated(sentence):
    assert asp.challenge_strength(sentence) > 0


@pytest.mark.parametrize("clause", ["并要求立行立改", "同时责令限期整改", "还要求各校补齐台账"])
def test_bare_demand_opens_the_measure(clause):
    assert P._BARE_DEMAND.match(clause)


@pytest.mark.parametrize("clause", ["并要求不高", "要求立行立改", "并要求的标准"])
def test_bare_demand_not_for_nouns_or_an_unlinked_verb(clause):
    assert not P._BARE_DEMAND.match(clause)


def test_inspection_demand_gives_the_demanded_measures():
    ch, rec = _points("日前,区教育局到城南片区督查校园安全工作,对照清单逐一指出各校存在的问题,并要求立行立改,"
                      "按期完成隐患整改任务,全面提升校园安全管理水平。\n")
    assert any("按期完成隐患整改任务" in p for p in rec)
    assert not any("各校存在的问题" in p for p in ch)


# --- a run-in label that only names the area of a problem ----------------------------------------------------------

@pytest.mark.parametrize("heading", ["人员问题", "资金问题", "维护主体问题", "經費問題"])
def test_topic_noun_label_names_an_area(heading):
    assert P.topic_noun_label(heading)


@pytest.mark.parametrize("heading", ["资金不足问题", "加强管理", "人才队伍建设滞后", "关于进一步加强农村文化站管理的若干问题"])
def test_topic_noun_label_not_for_statements_or_long_titles(heading):
    assert not P.topic_noun_label(heading)


def test_states_lack_reads_a_missing_thing():
    assert P._states_lack("上级下拨的经费只够一次性修缮,没有后续的日常养护经费")
    assert not P._states_lack("上级应当拨付后续的日常养护经费")


def test_run_in_topic_labels_give_their_statements_not_the_labels():
    text = ("二、存在的问题 (一)人员问题。各乡镇虽设立了文化站,但没有配备专职的管理人员,日常工作多由村干部兼任。 "
            "(二)经费问题。县里拨付的经费只够一次性修缮,没有后续的日常养护经费。\n")
    ch, rec = _points(text)
    assert any("没有配备专职的管理人员" in p for p in ch)
    assert any("没有后续的日常养护经费" in p for p in ch)
    assert "人员问题" not in ch and "经费问题" not in ch


def test_run_in_label_that_states_its_problem_stays_the_point():
    # (a label that states its shortfall is the point, its one-sentence body the instance: the heading-alone reading)
    text = "二、存在的问题 (一)专职人员不足。全县二十个文化站仅有五名专职人员。 (二)养护经费短缺。多数文物没有日常养护。\n"
    ch, rec = _points(text)
    assert "专职人员不足" in ch and "养护经费短缺" in ch


def test_a_remedy_denied_after_an_adverb_states_the_problem():
    # (也解决不到…问题: the remedy fails; the shortage stands as a problem, no good done)
    assert not asp.opens_with_remedy("也解决不到长期人手短缺的问题")
    assert asp.challenge_strength("单靠提高员工的薪酬待遇,也解决不到长期人手短缺的问题") > 0
