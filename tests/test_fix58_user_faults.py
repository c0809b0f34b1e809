"""A new user's faults (fix58), each on a small text of the test's own written in the style of Chinese reports and
news: what the pipeline gives now, with real values."""

from summarizer import points
from summarizer.pipeline import summarize_document
from summarizer.structure import find_markers


def _points(text):
    essays = summarize_document(text).essays
    return ([p for e in essays for p in e.challenges], [p for e in essays for p in e.recommendations])


# --- a share in tenths or a percentage opening a line is a quantity, no section number ----------------------------

def test_share_in_tenths_opening_a_line_is_no_dotted_section():
    text = "一、调查概况\n本次共发放问卷600份。\n6.8成的受访者认为房租上涨过快，通勤时间过长。\n"
    assert [it.marker for it in find_markers(text)] == ["一、"]
    # a dotted section still opens with 成 when a word of its own follows it
    assert [it.marker for it in find_markers("2.3 成本控制\n采购成本逐年上升。\n")] == ["2.3"]


def test_percentage_opening_a_status_sentence_keeps_its_number():
    text = "一、基本情况\n全市小微企业发展概况\n4.2%的商户反映店面租金过高，经营压力持续加大。\n"
    ch, _ = _points(text)
    assert ch and not any(p.text.startswith(("2%", "%")) for p in ch)
    assert not any(p.heading == "全市小微企业发展概况" and p.text.startswith("2%") for p in ch)


# --- a headline's count after its colon is no section number -------------------------------------------------------

def test_headline_count_after_colon_is_no_section():
    text = ("督查组：9乡镇防汛物资储备不足\n本报讯 市防汛督查组日前通报汛前检查情况，发现9个乡镇防汛物资储备不足，"
            "部分村组的应急预案多年未修订。督查组建议各乡镇尽快补齐物资缺口，每年修订一次应急预案。\n")
    assert find_markers(text) == []
    ch, rec = _points(text)
    assert ch + rec and all(p.heading is None for p in ch + rec)
    # a bare-numbered heading opening its own line is still a section
    assert [it.marker for it in find_markers("1 总体要求\n坚持问题导向。\n2 主要任务\n加强监管。\n")] == ["1", "2"]


# --- a caution frame is no part of the point -------------------------------------------------------------------------

def test_caution_frame_dropped_from_point_start():
    s = "值得警惕的是，部分乡镇债务规模仍在扩大"
    assert s[points.caution_frame_end(s, 0, len(s)):] == "部分乡镇债务规模仍在扩大"
    s2 = "需要注意的是：老旧小区电动车充电设施严重不足"
    assert s2[points.caution_frame_end(s2, 0, len(s2)):] == "老旧小区电动车充电设施严重不足"
    # a frame of a problem's weight stays, and so does a frame that would leave too little
    s3 = "更严重的是，夜间仅有一名护理员"
    assert points.caution_frame_end(s3, 0, len(s3)) == 0
    s4 = "值得警惕的是风险"
    assert points.caution_frame_end(s4, 0, len(s4)) == 0


def test_caution_frame_in_a_measures_section():
    text = ("三、对策建议\n一是规范涉企检查。需要注意的是，各执法部门要建立检查计划统筹机制，避免多头检查、重复检查。\n"
            "二是防范债务风险。值得警惕的是，一些平台公司的隐性债务仍在累积，必须坚决遏制新增隐性债务。\n")
    ch, rec = _points(text)
    texts = [p.text for p in ch + rec]
    assert not any(t.startswith(("需要注意的是", "值得警惕的是")) for t in texts)
    assert not any("隐性债务仍在累积" in t for t in texts if t.startswith("值得"))
    # the measure after the caution is a recommendation, not a challenge
    assert any("建立检查计划统筹机制" in p.text for p in rec)
    assert not any("建立检查计划统筹机制" in p.text for p in ch)
    assert points.focus_framed_problem("需要注意的是，各部门要建立信息共享机制。") is None


def test_caution_frame_dropped_from_a_challenge():
    ch, _ = _points("二、存在的问题\n近年来我县财政收支矛盾突出。值得警惕的是，一些平台公司的隐性债务仍在累积，偿债高峰即将到来。\n")
    assert "一些平台公司的隐性债务仍在累积，偿债高峰即将到来" in [p.text for p in ch]


# --- a plan after a topic clause naming the problem it answers ------------------------------------------------------

def test_bodys_plan_after_topic_clause_is_read():
    s = "针对老旧小区停车位紧缺的问题，区住建局下一步将新建立体停车库，推广错时共享停车。"
    spans = points.announced_plan_clauses(s)
    assert [s[a:b] for a, b in spans] == ["新建立体停车库", "推广错时共享停车"]
    _, rec = _points("針對長者照顧服務人手不足的問題，社會福利署下一步將增加培訓名額，提高照顧員薪酬。\n")
    assert [p.text for p in rec] == ["增加培訓名額", "提高照顧員薪酬"]


def test_own_offices_plan_with_its_time_is_read():
    s = "下一步，我们将开展乡村医生定向培养，并研议提高村医补助标准。"
    assert [s[a:b] for a, b in points.announced_plan_clauses(s)] == ["开展乡村医生定向培养", "研议提高村医补助标准"]
    s2 = "针对村医队伍老化的问题，我局下一步将开展乡村医生定向培养。"
    assert [s2[a:b] for a, b in points.announced_plan_clauses(s2)] == ["开展乡村医生定向培养"]
    # with no time to come, the first person's will is not read as a body's plan here
    assert points.announced_plan_clauses("我们将一如既往关心支持乡村医生。") == []


# --- an official's announced plan after his speech frame; a linking 并 is no part of a point ------------------------

def test_ministers_announced_plan_in_news_is_recommended():
    text = ("本報訊 立法會昨日討論公營診所預約安排。勞工及福利部部長表示，將研議延長夜間門診服務時間，"
            "並檢討電話預約系統的分流安排。\n")
    _, rec = _points(text)
    assert [p.text for p in rec] == ["研議延長夜間門診服務時間", "檢討電話預約系統的分流安排"]


def test_plan_clause_joined_by_bing_is_read_by_its_act():
    s = "市民政局表示，将加快日间照料中心建设，并研议出台护理员岗位补贴办法。"
    assert [s[a:b] for a, b in points.announced_plan_clauses(s)] == ["加快日间照料中心建设", "研议出台护理员岗位补贴办法"]
    _, rec = _points("下一步拟加快日间照料中心建设，并研议出台护理员岗位补贴办法。\n")
    assert not any(p.text.startswith(("并", "並")) for p in rec)


def test_plan_grounds_clause_is_no_measure():
    s = "下一步，我们将在认真研究代表建议的基础上，加快制定城市停车设施专项规划。"
    assert [s[a:b] for a, b in points.announced_plan_clauses(s)] == ["加快制定城市停车设施专项规划"]


# --- a rectification tally's remainder is a challenge of its own ----------------------------------------------------

def test_tally_remainder_spans():
    s = "巡察反馈问题共23个，截至目前已整改完成18个，未整改到位5个。"
    assert [s[a:b] for a, b in points.tally_remainder_spans(s)] == ["未整改到位5个"]
    s2 = "东片区排查隐患40处，已整改36处，尚未整改4处，新发现隐患2处；西片区排查隐患12处，已整改10处，仍有2处未整改。"
    assert [s2[a:b] for a, b in points.tally_remainder_spans(s2)] == ["尚未整改4处，新发现隐患2处", "仍有2处未整改"]
    assert points.tally_remainder_spans("共排查隐患35条，已全部整改35条。") == []  # (nothing outstanding)
    assert points.tally_remainder_spans("尚有12户未完成改造。") == []  # (no done count: no tally)


def test_tally_remainder_is_a_challenge_point():
    text = ("关于巡察反馈意见整改情况的通报\n巡察反馈问题共23个，截至目前已整改完成18个，未整改到位5个。"
            "未完成整改的问题主要是历史遗留的集体资产处置，涉及面广，难度较大。\n下一步，我们将建立问题台账，逐项明确整改时限。\n")
    ch, _ = _points(text)
    assert "未整改到位5个" in [p.text for p in ch]
    # the need in a tally's count (需整改问题23个) is no measure
    assert not points.measure_tail_clause("需整改问题23个")


# --- an auditor's finding after a concession and a source frame -----------------------------------------------------

def test_lapse_against_due_time_is_a_challenge():
    ch, _ = _points("县住建局表示，今年老旧小区改造总体进展顺利。不过根据审计报告，部分项目补助资金未及时拨付，"
                    "三个小区的改造工程未按期完工。\n")
    assert [p.text for p in ch] == ["部分项目补助资金未及时拨付，三个小区的改造工程未按期完工"]


def test_source_frame_dropped_from_point_start():
    s = "不过据抽查结果，多数村级公益岗位人员未按规定签订协议"
    assert s[points.source_frame_end(s, 0, len(s)):] == "多数村级公益岗位人员未按规定签订协议"
    s2 = "统计数据显示，全县农村留守儿童接近三千人"
    assert s2[points.source_frame_end(s2, 0, len(s2)):] == "全县农村留守儿童接近三千人"
    s3 = "根据规划，要加快建设"  # (no report named: kept)
    assert points.source_frame_end(s3, 0, len(s3)) == 0


# --- a long one-sentence problem list closed by its salience ---------------------------------------------------------

def test_long_salient_problem_list_keeps_every_item():
    text = ("从走访情况看，社区治理中的短板主要表现在居委会台账报表负担过重、上级部门检查评比事项过多、社区工作者薪酬待遇偏低、"
            "专业社工人才引进困难、居民议事平台流于形式等问题突出，影响了社区服务的质量。\n")
    ch, _ = _points(text)
    texts = [p.text for p in ch]
    for item in ("居委会台账报表负担过重", "上级部门检查评比事项过多", "社区工作者薪酬待遇偏低", "专业社工人才引进困难",
                 "居民议事平台流于形式"):
        assert any(item in t for t in texts)
    assert len(texts) == 5 and all(len(t) <= 30 for t in texts)  # (no window over the list's middle)
    s = ("社区治理中的短板主要表现在居委会台账报表负担过重、上级部门检查评比事项过多、社区工作者薪酬待遇偏低、"
         "专业社工人才引进困难、居民议事平台流于形式等问题突出。")
    assert [s[a:b] for a, b in points.framed_problems(s)][0] == "居委会台账报表负担过重"
    # a list one point holds stays whole
    s = "监管流程不严格、市场准入制度不规范等现象突出。"
    assert points.framed_problems(s) == []


# --- keyphrases never cut inside a word -------------------------------------------------------------------------------

def _keyphrases(text):
    return [k.text for e in summarize_document(text).essays for k in e.keyphrases]


def test_keyphrase_not_cut_one_character_short():
    text = ("一些短视频内容违背公序良俗，靠低俗炒作吸引流量。部分账号突破道德底线，公然违背公序良俗。"
            "平台应加强审核，及时处置违背公序良俗的内容。\n")
    phrases = _keyphrases(text)
    assert any("公序良俗" in k for k in phrases)
    assert not any(k.endswith("公序良") for k in phrases)


def test_keyphrase_keeps_the_offices_name_before_its_heads_title():
    text = ("卫健局局长王明表示，将加快基层医疗建设。医保局局长李强强调，要严厉打击欺诈骗保。"
            "农业局局长张华指出，要稳定粮食生产。\n")
    phrases = _keyphrases(text)
    assert not any(k.startswith("局局长") for k in phrases)
    assert any(k.startswith("卫健局") for k in phrases)
