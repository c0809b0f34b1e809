"""Rules of k165168 (Parts 165 and 168: municipal services news, minors and families), on texts of the tests' own: a
body's follow-up plan (后续将…, past a purpose clause), a call on the public (鼓励居民…反映…问题), problems put in hands
(…隐患已安排专人…整改), a harm explained by a publicity drive (阐明…的危害), a law's provisions reported (新条例明确规定了
…应当…) and a news brief of a campaign run with no problem framed."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points, register
from summarizer.pipeline import summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_follow_up_plan_after_purpose_clause_gives_its_measures():
    sentence = "为巩固治理成效，后续将开展夜间巡查，对屡教不改的店主依法处罚。"
    clauses = [sentence[a:b] for a, b in points.announced_plan_clauses(sentence)]
    assert clauses == ["开展夜间巡查", "对屡教不改的店主依法处罚"]
    # no time to come and no body: a purpose clause before a bare 将 is no announced plan
    assert points.announced_plan_clauses("为巩固治理成效，居民将垃圾分类投放。") == []


def test_plan_clause_by_a_ba_object_brought_to_a_result():
    sentence = "该局负责人表示，下一步将把巡查范围扩大到城郊结合部。"
    assert [sentence[a:b] for a, b in points.announced_plan_clauses(sentence)] == ["把巡查范围扩大到城郊结合部"]


def test_follow_up_plan_sentence_is_no_challenge():
    ch, rec = _points("某街道对辖区菜市场周边乱摆摊现象开展集中清理。\n"
                      "为确保清理效果，后续将加强巡查力度，对拒不整改的摊主依法处罚。\n")
    assert not any("后续将" in p for p in ch)
    assert any("加强巡查力度" in p for p in rec)


def test_call_on_the_public_reads_as_a_measure():
    assert asp.calls_on_public("同时，鼓励家长通过服务平台反映校车接送问题，共同守护孩子安全。")
    assert asp.calls_on_public("倡导广大居民发现隐患及时上报。")
    assert not asp.calls_on_public("部分家长反映校车接送问题突出。")
    assert asp.sentence_aspect("同时，鼓励家长通过服务平台反映校车接送问题，共同守护孩子安全。") == asp.RECOMMENDATION
    assert asp.sentence_aspect("部分家长反映校车接送问题突出。") == asp.CHALLENGE


def test_problems_put_in_hands_state_no_shortcoming():
    assert asp.sentence_aspect("其余隐患已安排专人跟踪整改。") is None
    assert asp.sentence_aspect("受理的停电问题已移交供电公司，部分问题正在处理中。") is None
    # a problem not handed over is still stated
    assert asp.sentence_aspect("小区管网老化问题至今无人处理。") == asp.CHALLENGE


def test_problems_found_as_a_topic_before_work_done():
    assert asp.sentence_aspect("对排查中发现的问题，工作人员当场下达整改通知书5份，其余隐患已派专人督促整改。") is None


def test_harm_explained_by_a_publicity_drive_is_no_challenge():
    assert asp.challenge_strength("向摊主讲解市容法规，阐明乱扔垃圾对街道环境和行人安全造成的危害") == 0
    assert asp.challenge_strength("乱扔垃圾对街道环境和行人安全造成危害") == 1


def test_law_provision_reported_in_a_sentence():
    assert register.reports_rule("新条例在总则部分明确规定了物业企业应当公开收费标准")
    assert register.reports_rule("尽管各方争议很大，但新条例还是明确规定了业委会应当定期公示账目；明确规定街道办应当指导选举")
    assert not register.reports_rule("目前尚无明确规定，应当尽快立法")
    assert not register.reports_rule("应明确规定物业企业应当公开收费标准")
    assert not register.reports_rule("相关规定应当尽快出台")
    assert not register.reports_rule("法律规定的义务应当落实到位")


def test_news_brief_of_a_campaign_gives_no_point():
    brief = ("近日，某区城管执法中队开展背街小巷环境整治行动，聚焦农贸市场和学校周边，采取“白天巡查+夜间值守”的方式，"
             "对流动摊贩进行规范引导。\n整治期间，执法队员积极引导摊贩进入便民市场经营，耐心讲解市容管理法规。\n"
             "此外，中队坚持疏堵结合，为摊贩划定临时经营点位。\n")
    assert register.narrates_campaign([s for s in brief.split("\n") if s])
    ch, rec = _points(brief)
    assert ch == [] and rec == []
    # a brief that directs (要…) or has no news lead is not read so
    assert not register.narrates_campaign(["近日，某区开展背街小巷环境整治行动。", "各单位要加强日常巡查，确保整治实效。"])
    assert not register.narrates_campaign(["背街小巷环境整治行动聚焦农贸市场和学校周边。", "中队坚持疏堵结合。"])


def test_new_readers_stay_linear():
    assert_linear(lambda n: register.reports_rule("明确规定" + "治" * n + "应当"), 20_000, "a long provision")
    assert_linear(lambda n: register.reports_rule("规定；" * n), 5_000, "many segments")
    assert_linear(lambda n: asp.challenge_strength("阐明" + "隐患已" * n), 5_000, "explain and hand over runs")
    assert_linear(lambda n: points.announced_plan_clauses("为" + "治" * n + "，后续将开展巡查。"), 20_000,
                  "a long purpose clause")
    assert_linear(lambda n: summarize_document("近日，" + "好。" * n), 2_000, "many tiny sentences after a lead")


def test_reported_complaints_of_residents_are_challenges():
    sentence = ("热线工单显示，阳光小区居民反映，小区电梯经常停在半层不动；西苑新村村民反映，村口路灯坏了半年没人修。"
                "部分业主反映，希望增设充电桩；王女士接到邻居反映，说楼下有人占道。")
    assert [sentence[a:b] for a, b in points.reported_complaints(sentence)] == [
        "小区电梯经常停在半层不动", "村口路灯坏了半年没人修"]
    # a list of compounds parted by 、 is not read, nor an office's staff
    assert points.reported_complaints("东区、西区住户均反映，供水存在问题。社区工作人员反映，已上门核实。") == []
    assert_linear(lambda n: points.reported_complaints("居民反映，" * n), 2_000, "many reports")


def test_proposal_segments_are_no_rule_reported():
    # a proposal's own clause before 规定 (设定…，规定…须…), or a segment after one that proposes, reports no rule
    assert not register.reports_rule("同时，为新校区量身设定入学资格，规定入读学生须有一年外语基础")
    assert not register.reports_rule("教育部应该制定条例，把增建学校纳入政策；明确规定入读学生须有一年外语基础")
    assert not register.reports_rule("立法规定总承包商须为所有工人购买劳工保险")
