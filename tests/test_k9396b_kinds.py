"""Kinds of Parts 93-96 fixed by helper k9396b (session 46), each on a small text of the test's own.

* a column's or a talk's announcement of its topic after a time of the issue (``本周，我专门谈谈…不足的问题``,
  ``本期，笔者集中讨论…``): the text's topic, no challenge (Part 94's 5147);
* a lack told by a written scarcity adverb (``甚少有``, ``极少有``, ``鲜少有`` beside the spoken ``很少有``): a challenge
  (Part 94's 5143);
* a measure's clause of aim opened by a connective (``以堵住…的漏洞``, ``从而化解…风险``) before a remedy verb: the
  fault it names is what the measure removes, no challenge (Part 95's 5217);
* ``有待`` + a named body + an imperative verb (``有待县环保部门尽快制定…``): the author's call on that body, a
  recommendation, not the shortfall ``…有待提升`` states (Part 95's 5217).
"""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer.pipeline import summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_column_topic_announcement_is_no_challenge():
    text = ("老旧小区加装电梯的协调一直很难。低层住户担心采光受影响,常常投反对票,工程一拖就是几年。"
            "本期,笔者集中讨论加装电梯资金分摊不合理的问题。\n")
    ch, rec = _points(text)
    assert not any("集中讨论" in p for p in ch + rec)
    assert any("一拖就是几年" in p or "投反对票" in p for p in ch)


def test_written_scarcity_adverb_states_a_lack():
    assert asp.challenge_strength("这些年新建的公园极少有适合老人锻炼的器材") >= 1
    text = ("近年来,城区新建了多处口袋公园,绿化面积明显增加。然而这些公园鲜少有适合老人锻炼的器材,"
            "傍晚时分的步道也十分拥挤。\n")
    ch, rec = _points(text)
    assert any("鲜少有" in p for p in ch) and not any("鲜少有" in p for p in rec)


def test_purpose_connective_before_remedy_is_no_challenge():
    assert asp.aims_at_remedy("以堵住监管上的漏洞")
    assert asp.aims_at_remedy("从而弥补人手不足")
    assert not asp.aims_at_remedy("以致问题越积越多")
    assert asp.challenge_strength("县里应尽快出台统一的收费标准,以堵住乱收费的漏洞。") == 0
    assert asp.prose_aspect("县里应尽快出台统一的收费标准,以堵住乱收费的漏洞。") != "challenge"
    assert asp.challenge_strength("物业收费缺乏统一标准,以致纠纷不断。") >= 1


def test_youdai_named_body_with_imperative_is_a_measure():
    assert asp.awaits_actor_measure("有待市交通部门尽快牵头制定校车接送方案。")
    assert not asp.awaits_actor_measure("校车接送服务水平有待提升。")
    assert not asp.awaits_actor_measure("这一问题有待有关部门的重视。")
    text = ("不少乡村学校的孩子上学要走一个多小时山路,雨天尤其危险。有待县教育部门尽快会同交通部门制定校车接送方案,"
            "让孩子们安全上学。\n")
    ch, rec = _points(text)
    assert any("校车接送方案" in p for p in rec) and not any("校车接送方案" in p for p in ch)


def test_new_patterns_are_linear():
    assert_linear(lambda n: asp.awaits_actor_measure("有待" + "县" * n + "部门制定"), 20_000, "a long awaited body")
    assert_linear(lambda n: asp.awaits_actor_measure("，有待部门" * n), 2_000, "many awaiting clauses")
    assert_linear(lambda n: asp.aims_at_remedy("以" * n + "弥补不足"), 20_000, "a long run of 以")
    assert_linear(lambda n: asp.states_study_method("本周我专门" + "谈" * n), 20_000, "a long topic announcement")
