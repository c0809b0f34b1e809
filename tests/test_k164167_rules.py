"""Rules of helper k164167 (Parts 164 and 167: petitions and mediation, deputies' proposals and replies), each on a text
of the test's own."""

from __future__ import annotations

from costs import assert_linear

from summarizer.essays import split_essays
from summarizer.pipeline import summarize_document
from summarizer.points import addressed_demand_clauses, announced_plan_clauses, semicolon_measures


def _recs(text: str) -> list[str]:
    return [p.text for e in summarize_document(text).essays for p in e.recommendations]


def test_addressed_demand_opens_with_awareness():
    # a meeting's one-sentence demands whose first act is a demanded awareness (深刻认识…): one point per act
    s = ("会议强调,全县各乡镇要充分认识做好防汛工作的极端重要性,切实增强抓好汛期安全的责任感,严格落实值班值守制度,"
         "加强隐患排查整治,确保安全度汛。")
    acts = [s[a:b] for a, b in addressed_demand_clauses("会议要求," + s[5:])]
    assert acts == ["充分认识做好防汛工作的极端重要性", "切实增强抓好汛期安全的责任感", "严格落实值班值守制度",
                    "加强隐患排查整治"]


def test_awareness_alone_after_a_narrated_subject_is_no_demand():
    # no modal after the addressee: a narration of what a body came to see, no demanded acts
    s = "会议要求的事项中,干部们深刻认识到了问题所在,随后召开了座谈会,听取了意见,形成了方案。"
    assert addressed_demand_clauses(s) == []


def test_numbered_demands_with_yi_yao_stay_one_point_each():
    # 一要…；二要…： each numbered demand one recommendation, not cut into its commas' clauses by the one-addressee chain
    text = ("3月5日,市督查组到某县开展安全生产督查。督查组对该县工作给予肯定,并提出了明确要求,一要提高思想认识,充分认识"
            "安全生产工作的重要性,压实各方责任;二要加强隐患排查,对排查出的问题建立台账,逐项整改销号;三要完善应急预案,"
            "做好应对突发事故的各项准备。\n")
    recs = _recs(text)
    assert any(p.startswith("提高思想认识") and "压实各方责任" in p for p in recs)
    assert any(p.startswith("加强隐患排查") and "逐项整改销号" in p for p in recs)
    assert "充分认识安全生产工作的重要性" not in recs


def test_question_head_after_a_rule_answering_the_openings_question_splits_nothing():
    text = ("社区团购的是与非\n"
            "近年来社区团购发展迅速,给居民生活带来便利,也引发不少争议。社区团购究竟是便民服务还是低价倾销?它会不会"
            "挤垮街边小店?本文试就这些问题谈几点看法。\n"
            "---\n"
            "社区团购是低价倾销吗?\n"
            "部分平台以远低于成本的价格销售生鲜,挤压了菜市场摊贩的生存空间。一些平台还存在商品质量不稳定、售后服务缺失"
            "等问题,损害了消费者权益。监管部门应加强价格监管,规范平台经营行为。\n")
    assert len(summarize_document(text).essays) == 1


def test_question_title_after_a_rule_still_splits_pieces_that_ask_nothing_before():
    # the piece above the rule asks no question: a question-form line after the rule titles another piece
    first = ("推进城市停车设施建设\n近年来城市机动车保有量快速增长,停车难问题日益突出。一些老城区停车泊位缺口较大,车辆"
             "乱停乱放现象普遍。对此,要科学编制停车设施专项规划,挖掘边角地块增加泊位。\n")
    second = ("社区食堂如何办得更好?\n社区食堂是惠民生的重要平台,但不少社区食堂面临运营困境。一些食堂菜品单一、价格偏高,"
              "老人就餐意愿不强。为此,应引入专业餐饮企业参与运营,丰富菜品供给。\n")
    essays = summarize_document(first + "---\n" + second).essays
    assert [e.title for e in essays] == ["推进城市停车设施建设", "社区食堂如何办得更好?"]


def test_rules_linear():
    assert_linear(lambda n: addressed_demand_clauses("会议要求,各部门要深刻认识" + "治" * n), 5000, "awareness run")
    assert_linear(lambda n: addressed_demand_clauses("会议要求,各部门要深刻认识" + "好," * n), 2000, "awareness clauses")
    assert_linear(lambda n: split_essays("标题一\n" + "问题在哪?" * n + "\n---\n是吗?\n" + "好。" * n), 2000,
                  "questions before a rule")


def test_reply_pledge_keeps_its_striving_aim():
    # 下一步，我局将A，争取…早日…: the aim of striving for early completion is one point with the measure
    s = "下一步,我局将加强与水利部门的衔接,争取灌溉渠道改造工程早日开工。"
    assert [s[a:b] for a, b in announced_plan_clauses(s)] == ["加强与水利部门的衔接,争取灌溉渠道改造工程早日开工"]


def test_reply_plan_awaiting_the_level_above_is_a_measure():
    s = "我局已将该段河堤列入明年水毁修复计划报市水利局,待上级批复资金后,将及时组织加固。"
    assert [s[a:b] for a, b in announced_plan_clauses(s, reply=True)] == ["待上级批复资金后,将及时组织加固"]
    assert announced_plan_clauses(s) == []  # (outside an office's reply: read by no plan reader)
    text = ("赵刚代表:\n你提出的《关于加固东河河堤的建议》收悉,现答复如下:\n东河河堤年久失修,部分堤段出现裂缝,汛期存在"
            "较大隐患。由于县级水利资金紧张,一时难以全部加固。" + s + "\n感谢你对水利工作的关心和支持。\n县水利局\n")
    assert any(p.startswith("待上级批复资金后") and p.endswith("将及时组织加固") for p in _recs(text))


def test_reply_closing_formula_is_no_point():
    text = ("孙丽委员:\n你提出的《关于增设社区健身器材的提案》收悉,现答复如下:\n目前部分老旧小区缺少健身场地,现有器材老化"
            "损坏,存在安全隐患。下一步,我局将结合全民健身工程,逐步为老旧小区更新健身器材。\n以上答复,如有不妥之处,"
            "请批评指正。希望你一如既往地多提宝贵意见。\n县体育局\n")
    essays = summarize_document(text).essays
    points = [p.text for e in essays for side in (e.challenges, e.recommendations) for p in side]
    assert not any("批评指正" in p or "多提宝贵意见" in p for p in points)
    assert any("更新健身器材" in p for p in points)


def test_semicolon_measures_end_the_last_item_at_its_listing_tail():
    s = "意见主要集中在:完善公交线网布局;增设城区停车泊位;加强农贸市场环境整治等群众普遍关心的民生问题。"
    assert [s[a:b] for a, b in semicolon_measures(s)] == ["完善公交线网布局", "增设城区停车泊位", "加强农贸市场环境整治"]
    # a last item with no listing tail keeps its whole part
    t = "为此,建议完善公交线网布局;增设城区停车泊位;加强农贸市场环境整治。"
    assert [t[a:b] for a, b in semicolon_measures(t)][-1] == "加强农贸市场环境整治"


def test_contents_lead_in_lists_proposals_one_point_each():
    text = ("人大常委会关于代表建议办理情况的报告\n今年人代会期间,代表共提出建议62件。建议内容主要包括:完善农村供水管网;"
            "加快城乡公交一体化建设;改善中小学办学条件;加强农村养老服务设施建设等事关群众切身利益的问题。这些建议已全部"
            "交办。\n")
    recs = _recs(text)
    for item in ("完善农村供水管网", "加快城乡公交一体化建设", "改善中小学办学条件", "加强农村养老服务设施建设"):
        assert item in recs


def test_new_readers_linear():
    assert_linear(lambda n: announced_plan_clauses("我局已将," + "待上级," * n + "将组织。", reply=True), 2000,
                  "awaited plan tail")
    assert_linear(lambda n: semicolon_measures("主要包括:完善A;" + "等问" * n + "等问题。"), 2000, "listing tail")
    assert_linear(lambda n: semicolon_measures("主要包括:完善A;" + "加强B;" * n), 2000, "listing parts")
