"""p60 (issue 8, Part 60's kinds): a strengths list under ``优势：`` proposes nothing, a post's ``建议收藏`` asks the
reader to keep the page, a self-inspection item states its problem and its fix in one sentence, and an inspection's
figures of how few of a whole came out right state a shortfall. Small texts of the tests' own."""

from costs import assert_linear

from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.pipeline import summarize_document


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


# --- a strengths label before its list (merit_label) ---

def test_merit_label_names_a_list_of_neither_aspect():
    assert asp._other_label("优势：") and asp._other_label("主要优点:") and asp._other_label("好处：")
    assert asp._other_label("调研方法：")  # (the survey's method label, as before)
    assert not asp._other_label("现状：") and not asp._other_label("存在问题：")


def test_strengths_list_gives_no_recommendation_and_risks_stay_challenges():
    ch, rec = _points("评价共享充电宝进驻社区的利弊。\n优点:(1)减少居民出行充电等待,节省时间;(2)增加物业收入,补贴公共维修;"
                      "(3)提高设备利用率。缺点:(1)押金退还慢,投诉多;(2)设备老化,存在起火隐患。\n")
    assert not any(w in p for p in rec for w in ("节省时间", "补贴公共维修", "提高设备利用率"))
    assert any("押金退还慢" in p for p in ch) and any("存在起火隐患" in p for p in ch)


def test_measures_label_still_gives_recommendations():
    _, rec = _points("针对共享充电宝进驻社区的问题,提出以下措施:(1)加快押金退还,设立投诉专线;(2)定期检修设备,"
                     "淘汰老化机柜。\n")
    assert any("加快押金退还" in p for p in rec) and any("定期检修设备" in p for p in rec)


# --- a post's call to its reader ---

def test_reader_call_is_no_measure():
    ch, rec = _points("三分钟看懂个人养老金\n很多年轻人还没开户,也不清楚怎么选产品。\n内容较长,建议先收藏再看。\n"
                      "个人养老金实行个人账户制,缴费完全由参加人个人承担,每年缴费上限为一万二千元。\n")
    assert not any("收藏" in p for p in ch + rec)


def test_a_real_proposal_after_the_reader_call_is_kept():
    _, rec = _points("三分钟看懂个人养老金\n干货较多,建议点赞关注。\n"
                     "针对开户多、缴费少的情况,建议提高税收优惠额度,并简化产品赎回流程。\n")
    assert not any("点赞" in p for p in rec)
    assert any("提高税收优惠额度" in p for p in rec)


# --- a self-inspection item: its problem, then its fix ---

def test_problem_fix_section_heading():
    assert pts.problem_fix_section("存在问题及整改情况") and pts.problem_fix_section("存在的问题及整改措施")
    assert pts.problem_fix_section("存在问题,整改情况") and not pts.problem_fix_section("困境与对策")
    assert not pts.problem_fix_section("存在的问题") and not pts.problem_fix_section("整改措施")
    assert not pts.problem_fix_section("存在问题及原因")


def test_problem_then_fix_splits_at_the_first_imperative_clause():
    s = "(一)午餐留样记录不全,完善留样登记制度,专人每日签字。"
    (a, b), (c, d) = pts.problem_then_fix(s)
    assert s[a:b] == "午餐留样记录不全" and s[c:d] == "完善留样登记制度,专人每日签字"
    assert pts.problem_then_fix("加强食堂管理,完善留样制度。") is None  # (opens with its fix: no problem)
    s = "午餐留样记录不全,应完善登记制度。"
    (a, b), (c, d) = pts.problem_then_fix(s)
    assert s[a:b] == "午餐留样记录不全" and s[c:d] == "应完善登记制度"  # (a modal's fix as well)
    assert pts.problem_then_fix("应完善留样制度,记录不全。") is None  # (prescribes before any problem)
    assert pts.problem_then_fix("午餐留样记录不全。") is None


def test_self_inspection_items_split_into_problem_and_fix():
    ch, rec = _points("XX幼儿园食品安全自查报告\n根据通知要求,我园开展了食品安全自查,现将情况报告如下:一、基本情况。"
                      "我园共有厨房人员四名,均持有健康证。二、存在问题及整改措施。(一)午餐留样记录不全,完善留样登记制度,"
                      "专人每日签字。(二)冷藏柜温度偏高,建立温度巡查台账,每周检查两次。三、下一步工作。继续抓好日常管理。\n")
    assert any("午餐留样记录不全" in p and "完善" not in p for p in ch)
    assert any("冷藏柜温度偏高" in p and "台账" not in p for p in ch)
    assert any("完善留样登记制度" in p and "记录不全" not in p for p in rec)
    assert any("建立温度巡查台账" in p and "温度偏高" not in p for p in rec)
    assert not any("整改措施" in p for p in ch + rec)


# --- the few of a whole, in an inspection's findings ---

def test_partitive_few_states_a_shortfall():
    assert asp.turned_to_few("全市126所小学中,只有31所配备了专职心理教师。")
    assert asp.turned_to_few("在公办幼儿园中,仅有12%设有保健室。")
    assert not asp.turned_to_few("全市126所小学中,只有3所未通过验收。")  # (few failed: good news)
    assert not asp.turned_to_few("只有一所学校。")
    # a vague small count that ends its clause after "only": too few
    assert asp.turned_to_few("全镇的公共充电站仅有寥寥几座,高峰时段排起长队。")
    assert asp.turned_to_few("受理窗口通常只有一两个,开放时间集中在上午。")
    assert not asp.turned_to_few("只有一两个人提出了异议,会议顺利通过。")


def test_too_few_outweighs_a_later_verb_of_a_measure():
    # (集中 opens the next clause as an imperative verb would: the sentence still states too few)
    assert asp.sentence_aspect("受理窗口通常只有一两个,开放时间集中在工作日上午。") == asp.CHALLENGE
    assert asp.sentence_aspect("受理窗口只有一两个,应增设自助终端。") != asp.CHALLENGE  # (a modal: the measure)


def test_inspection_findings_of_few_are_challenges():
    ch, _ = _points("市教育督导室日前公布中小学心理健康专项督导结果。督导发现,全市126所小学中,只有31所配备了专职心理教师。"
                    "调查发现,在已建成的心理辅导室中,仅有四成能正常开放。督导室建议各区尽快补齐专职教师缺口。\n")
    assert any("只有31所配备了专职心理教师" in p for p in ch)
    assert any("仅有四成能正常开放" in p for p in ch)


# --- a status section that announces problems; run-in topic labels over their problems ---

def test_status_section_turns_to_the_problems_it_announces():
    ch, _ = _points("2.1 运营现状\n目前,社区长者食堂在运营中遇到了诸多问题。\n就餐高峰时段座位严重不足,老人排队时间过长。"
                    "菜品种类单一,难以满足慢病老人的饮食需求。部分食堂依靠补贴维持,自身造血能力不足。\n")
    assert any("菜品种类单一" in p for p in ch)
    assert any("座位严重不足" in p for p in ch) and any("自身造血能力不足" in p for p in ch)


def test_run_in_topic_labels_hand_over_to_their_bodies():
    ch, rec = _points("2.2 存在的困难\n目前,居民在社区办理助餐补贴时遇到了诸多问题。\n1) 材料要求。每次申请都要出示身份证、"
                      "户口本和收入证明,材料不齐就无法办理,老人往往要来回跑好几趟。\n2) 办理时间。受理窗口只在工作日上午开放,"
                      "上班的子女无法陪同办理,老人排队时间过长。\n")
    assert any("材料不齐就无法办理" in p for p in ch) and any("上班的子女无法陪同办理" in p for p in ch)
    assert "办理时间" not in ch and "材料要求" not in ch and not rec


# --- linearity of the new readers ---

def test_new_readers_stay_linear():
    assert_linear(lambda n: pts.problem_then_fix("问题较多," * n), 5_000, "a long comma chain with no fix")
    assert_linear(lambda n: asp.turned_to_few("停车场中," * n + "只有"), 5_000, "many partitive clauses")
    assert_linear(lambda n: _points("二、存在问题及整改情况。" + "(一)卫生较差,加强检查。" * n), 200,
                  "many problem-and-fix items")
