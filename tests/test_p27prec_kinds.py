"""p27prec: Part 27's wrong points of kinds 2 (text that is neither, read as a point) and 3 (the wrong aspect).
Texts written for these tests."""

from summarizer import aspects
from aspect_helpers import analyzed_points as _points


# --- a lead-in whose last clause is only a modal and a colon announces measures (aspects._MODAL_COLON_TAIL) ---------

def test_modal_colon_lead_in_announces_measures():
    assert aspects.lead_in_aspect("如果家门口的路灯经常不亮,可以:") == aspects.RECOMMENDATION
    assert aspects.lead_in_aspect("遇到噪音扰民的情况，建议：") == aspects.RECOMMENDATION
    # a lead-in that names its problems still announces them; a modal inside a clause is no tail
    assert aspects.lead_in_aspect("目前存在以下问题：") == aspects.CHALLENGE
    assert aspects.lead_in_aspect("可以看到以下问题：") == aspects.CHALLENGE


_LAMPS = ("街道里的路灯经常不亮,居民夜里出行很不方便。\n\n"
          "如果家门口的路灯经常不亮,可以:\n"
          "- 拨打市民热线反映,请求尽快维修;\n"
          "- 联合邻居向街道办提交书面意见。\n")


def test_items_under_a_modal_colon_are_recommendations():
    got = _points(_LAMPS)
    assert got["recommendation"] == ["拨打市民热线反映,请求尽快维修", "联合邻居向街道办提交书面意见"]
    assert got["challenge"] == ["街道里的路灯经常不亮,居民夜里出行很不方便"]


# --- a news report's event of the day is narration, neither aspect (aspects.narrates_news_day) -------------------

def test_news_day_event_is_narration():
    assert aspects.narrates_news_day("昨日上午，区城管局与三家物业公司座谈，就垃圾分类工作交换了意见")
    assert aspects.narrates_news_day("市民协会日前举办“社区安全月”活动，吸引了上百名居民参加")
    assert aspects.states_neither("他们昨早与街道官员会晤后，一度坚持停工，其后决定让步")


def test_news_day_complaint_or_measure_is_no_narration():
    # no event verb: a complaint of the day; a turn or a strong modal: a problem or a measure
    assert not aspects.narrates_news_day("昨天小区的路灯又坏了，居民夜里出行十分困难")
    assert not aspects.narrates_news_day("昨日召开的会议上，居民提出路灯长期不亮，但一直没人修")
    assert not aspects.narrates_news_day("近日，区里召开座谈会")  # (no relative day of the list)


_DAY_NEWS = ("小区路灯长期不亮，居民夜里出行很不方便。\n"
             "昨日下午，街道办与三家物业公司一一进行对接，听取居民意见。\n"
             "有关部门应尽快增设路灯，方便居民出行。\n")


def test_news_day_sentence_gives_no_point():
    got = _points(_DAY_NEWS)
    assert got["challenge"] == ["小区路灯长期不亮，居民夜里出行很不方便"]
    assert got["recommendation"] == ["有关部门应尽快增设路灯，方便居民出行"]


# --- X是解决…的好方法: the subject is a measure, whatever problem its object names (aspects.copula_solution_end) -------

def test_copula_solution_clause():
    s = "把闲置的厂房改建成公寓或许是一个缓解住房紧张问题的好方法，值得考虑"
    assert aspects.copula_solution_end(s) == s.index("，")
    assert aspects.copula_solution_end("共享充电是化解该困境的有效途径") == len("共享充电是化解该困境的有效途径")
    # a negated copula, a pronoun subject, a deficiency as subject, a clause after another one: none
    assert aspects.copula_solution_end("单纯发放补贴并不是解决问题的好办法") is None
    assert aspects.copula_solution_end("这是解决问题的好办法") is None
    assert aspects.copula_solution_end("人手严重不足是问题的出路") is None
    assert aspects.copula_solution_end("这加重了居民负担；第二，共享充电是化解该困境的有效途径") is None


_FLATS = ("老城区住房紧张的问题由来已久。\n"
          "把闲置的厂房改建成公寓或许是一个缓解住房紧张问题的好方法，值得考虑！\n")


def test_copula_solution_is_a_recommendation():
    got = _points(_FLATS)
    assert got["recommendation"] == ["把闲置的厂房改建成公寓或许是一个缓解住房紧张问题的好方法"]
    assert "把闲置的厂房改建成公寓或许是一个缓解住房紧张问题的好方法，值得考虑" not in got["challenge"]


# --- the hedge 应该说 is no modal of a measure (points.measure_tail_clause, aspects.states_no_measure) -------------

def test_hedge_is_no_measure_tail():
    from summarizer import points
    assert not points.measure_tail_clause("应该说讲得是比较透彻的")
    assert not points.measure_tail_clause("应当说成效明显")
    # a modal that opens an action is still a tail
    assert points.measure_tail_clause("应该尽快修复路面")
    assert aspects.states_no_measure("应该说讲得是比较透彻的，比如路面破损、照明不足")
    assert not aspects.states_no_measure("应该说，政府应尽快修复路面")


_REVIEW = ("报告谈到了社区面临的困难,应该说讲得是比较透彻的,比如停车位紧缺、照明设施老化、垃圾清运不及时,把这些问题都点到了。\n")


def test_hedge_sentence_gives_no_recommendation():
    got = _points(_REVIEW)
    assert got["recommendation"] == []


# --- 唯有A，才能B after a complaint: the clauses from 唯有 on are a measure tail (points.measure_tail_clause) ------------

def test_only_way_opens_a_measure_tail():
    from summarizer import points
    assert points.measure_tail_clause("唯有整合")
    assert points.measure_tail_clause("惟有加大投入")
    assert not points.measure_tail_clause("唯一")  # (no such opener)


_ONLY_WAY = "社区食堂和养老驿站各自为政，缺乏统一调度，唯有整合资源，才能提高服务效率。\n"


def test_only_way_split_from_its_complaint():
    got = _points(_ONLY_WAY)
    assert got["challenge"] == ["社区食堂和养老驿站各自为政，缺乏统一调度"]
    assert got["recommendation"] == ["唯有整合资源，才能提高服务效率"]


def test_only_way_after_no_complaint_is_not_split():
    # the clause before 唯有 states no deficiency: no complaint is split off it
    got = _points("居民对公交的需求很大，唯有增开线路，才能满足需求。\n")
    assert "居民对公交的需求很大" not in got["challenge"]


# --- a sanction announced for a case (对…的，将进行严肃问责) is the issuer's measure: one reading with p28prec's
# (aspects.announces_sanction; the lead merged p27prec's "neither" reading into it: Part 28's gold counts such
# announcements as recommendations, and one construction gets one reading) ------------------------------------------

def test_sanction_announced_is_the_issuers_measure():
    assert aspects.announces_sanction("对台账弄虚作假、敷衍应付的，将进行严肃问责")
    assert aspects.announces_sanction("对整改拖延的责任单位、责任人，督查组将进行约谈问责。")


def test_sanction_prescribed_or_turned_is_no_announcement():
    assert not aspects.announces_sanction("对台账弄虚作假的，要严肃问责")  # (prescribes: read as any modal)
    assert not aspects.announces_sanction("对违规企业将依法处理，但目前执法力量严重不足")
    assert not aspects.announces_sanction("已对台账弄虚作假的单位进行了约谈")  # (a past sanction: no 将)


_WARNING = ("一些单位的台账弄虚作假，整改流于形式。\n"
            "对整改拖延的责任单位，督查组将进行约谈问责。\n")


def test_sanction_sentence_is_a_recommendation_not_a_problem():
    got = _points(_WARNING)
    assert got["challenge"] == ["一些单位的台账弄虚作假，整改流于形式"]
    assert got["recommendation"] == ["对整改拖延的责任单位，督查组将进行约谈问责"]


# --- a label line of the other aspect turns the rest of an item's body (points._label_line_turn) -------------------

_REPORT = ("通过检查发现存在以下问题。\n\n"
           "一、食堂卫生\n\n"
           "有的食堂卫生较差,留样记录不规范。\n\n"
           "二、校车管理\n\n"
           "个别校车手续不全,缺少安全标识。\n\n"
           "具体要求:\n\n"
           "检查组根据各校存在的问题,开出了整改通知单,限期整改。\n")


def test_label_line_turns_the_last_items_body():
    got = _points(_REPORT)
    # the sentence under 具体要求: is no problem of the last item any more
    assert got["challenge"] == ["有的食堂卫生较差,留样记录不规范", "个别校车手续不全,缺少安全标识"]


def test_label_line_turn_reads_a_line_alone():
    from types import SimpleNamespace
    from summarizer import points

    def at(text, label):
        k = text.index(label)
        return SimpleNamespace(start=k, end=k + len(label))
    text = "一、校车管理\n个别校车缺少标识。\n具体要求:\n要尽快补办手续。\n"
    assert points._label_line_turn(text, at(text, "具体要求:"), aspects.CHALLENGE)
    # the item's own aspect, or a label that shares its line with other text, is no turn
    assert not points._label_line_turn(text, at(text, "具体要求:"), aspects.RECOMMENDATION)
    text2 = "一、校车管理\n个别校车缺少标识。具体要求:\n要尽快补办手续。\n"
    assert not points._label_line_turn(text2, at(text2, "具体要求:"), aspects.CHALLENGE)


# --- questions answered or raised at an event are no problem stated (problem_candour_verb: 回答, 反映) ---------------

def test_questions_answered_or_raised_are_no_problem():
    assert aspects.states_neither("五个部门的负责人现场回答市民问题，接受市民评议")
    assert aspects.states_neither("节目进行了两个小时，热线电话不断，反映了不少问题")
    # the problems named after it, or a problem left unsolved, are still stated
    assert not aspects.speaks_of_problems("居民反映了不少问题，路灯不亮，道路破损")
    assert not aspects.states_neither("群众反映的问题长期得不到解决")


# --- a worry denied is a benefit, no problem (aspects.denies_worry) ----------------------------------------------

def test_worry_denied_is_no_problem():
    assert aspects.denies_worry("而且不用担心燃气费的问题")
    assert aspects.denies_worry("居民再也不必发愁买菜的事")
    assert aspects.states_neither("而且不用担心燃气费的问题")


def test_worry_stated_or_turned_is_kept():
    assert not aspects.denies_worry("家长最担心的是孩子的安全问题")
    assert not aspects.denies_worry("不用担心燃气费的问题，但管道经常漏气")


# --- a last clause "this is welcome to all" is praise (praise_verdict 乐见, read past 这也是 in aspects.states_praise) --

def test_welcome_verdict_is_praise():
    assert aspects.states_praise("双方各退一步，展现了解决分歧的诚意，这也是大家乐见的局面")
    # a verdict of regret is no praise
    assert not aspects.states_praise("物业一再拖延维修，这是大家不愿看到的")


# --- a pair of maxims opening a sentence is no problem (aspects._MAXIM_FORM, read by states_background) -------------

def test_pair_of_maxims_is_neither():
    assert aspects.states_neither("查找问题是督查工作的生命线,整改问题是督查工作的落脚点,只查不改等于白查")
    # one maxim then a turn to a shortfall is a problem still
    assert not aspects.states_neither("安全是企业的生命线,但一些企业安全投入严重不足")
