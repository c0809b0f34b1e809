"""trialfix18 (issue 8): kinds left over from a new user's trial (trial17): a plan a body announces in a speech frame
(将 + measures, the later clauses opened by a preposition or a co-verb). Texts written for the tests."""

from aspect_helpers import points
from summarizer import aspects as asp
from summarizer import points as pts


# kind 1 (trial17 F2, F10): a plan announced after a speech verb; the clauses after it are measures too

def test_plan_after_speech_verb_gives_every_measure():
    text = ("区交通局近日对全区公交站台进行了排查。区交通局表示，将增设候车座椅，对破损的站牌予以更换，"
            "并将站台保洁纳入承包企业考核。")
    c, r = points(text)
    assert r == ["增设候车座椅", "对破损的站牌予以更换", "将站台保洁纳入承包企业考核"]


def test_plan_of_a_named_subject_with_a_co_verb():
    s = "李明还表示，区卫健委将联合街道建立家庭医生签约台账，方便居民预约上门服务。"
    assert [s[a:b] for a, b in pts.announced_plan_clauses(s)] == ["联合街道建立家庭医生签约台账"]


def test_future_without_a_speech_frame_or_a_measure_is_no_announced_plan():
    assert pts.announced_plan_clauses("区交通局将增设候车座椅，并更换破损站牌。") == []  # (no frame)
    assert pts.announced_plan_clauses("王先生表示，将来的站台会更好。") == []  # (将来: no plan marker)
    assert pts.announced_plan_clauses("王先生表示，他将近十年没有坐过公交。") == []


def test_announced_plan_is_linear_on_long_input():
    s = "某局表示，将" + "增设座椅" * 25000 + "。"
    assert pts.announced_plan_clauses(s) == [(6, len(s) - 1)]
    tiny = "某局表示，将增设座椅，" + "对站牌予以更换，" * 10000
    assert len(pts.announced_plan_clauses(tiny)) == 10001


# kind 3 (trial17 F6, F7): a notice's part label over titled measure items of one form; a sanction's target named by
# its fault

_NOTICE = ("关于开展校园周边交通秩序整治的通知\n各镇街：\n现就有关事项通知如下。\n一、工作重点\n（一）疏导上下学车流。"
           "在校门口设置临时停车区。\n（二）整治违停乱停。交警中队每日早晚巡查。\n（三）规范接送秩序。引导家长错峰接送。\n"
           "二、保障措施\n（一）强化考核问责。区教育局每季度通报进展，对推进缓慢的学校进行约谈。\n")


def test_titled_items_under_a_part_label_are_measures_like_their_sibling():
    c, r = points(_NOTICE)
    assert r[:3] == ["疏导上下学车流", "整治违停乱停", "规范接送秩序"]


def test_fault_naming_a_sanctions_target_is_no_challenge():
    c, r = points(_NOTICE)
    assert c == []
    assert asp.challenge_strength("区教育局每季度通报进展，对推进缓慢的学校进行约谈") == 0
    assert asp.challenge_strength("部分学校推进缓慢") == 1


def test_bare_targets_under_a_part_label_stay_out():
    text = ("关于开展校园周边交通秩序整治的通知\n各镇街：\n一、整治重点\n（一）违停乱停。交警每日巡查。\n"
            "（二）占道摆摊。城管每日巡查。\n")
    c, r = points(text)
    assert "违停乱停" not in r and "占道摆摊" not in r


# kind 4 (trial17 F11, F12): the moves of a commentary's argument are no points

def test_moves_of_the_argument_state_no_point():
    for s in ("接着看乡村教师的待遇", "再看校车安全", "这些尝试表明，只要各方用心，校车难题可以破解",
              "难点在于，这些规定怎样落到每一所学校", "这种顾虑不无道理，但不能成为拖延的借口",
              "家长委员会在其中大有可为", "教育部门的监督同样不可缺位", "当然，校车制度不可能一蹴而就"):
        assert asp.argues_no_point(s), s
    for s in ("校车数量不足，很多学生只能步行上学", "要加快完善校车管理办法", "问题在于校车经费长期短缺"):
        assert not asp.argues_no_point(s), s


def test_commentary_transitions_and_concessions_are_no_challenges():
    text = ("乡村学生上学难，需要制度保障。\n\n先看校车。许多乡镇没有校车，学生只能搭乘无证面包车，超载严重。\n\n"
            "再看寄宿。寄宿学校宿舍拥挤，生活老师严重不足。\n\n有人说，增加校车会加重财政负担。这种顾虑不无道理，"
            "但不能成为拖延的借口。\n\n笔者认为，要加快完善校车管理办法，要为寄宿学校配齐生活老师。")
    c, r = points(text)
    assert c == ["许多乡镇没有校车，学生只能搭乘无证面包车，超载严重", "寄宿学校宿舍拥挤，生活老师严重不足"]


def test_zero_burden_is_a_goal_not_a_problem():
    assert asp.challenge_strength("实行政府出资、家长零负担") == 0
    assert asp.challenge_strength("家长负担过重") >= 1


def test_negated_condition_with_no_object_is_no_measure():
    assert pts.negated_conditions("这笔欠账如果不尽快化解，最终只会拖累下一代。") == []
    s = "如果不尽快化解这笔欠账，最终只会拖累下一代。"
    assert [s[a:b] for a, b in pts.negated_conditions(s)] == ["尽快化解这笔欠账"]


def test_modal_before_a_verb_whose_object_ends_in_zhe_is_a_modal():
    assert asp.modal_strength("要保障经营者的合法权益") == 1
    assert asp.modal_strength("需要扶持者众") == 0  # (those who need support: a noun)
    assert asp.modal_strength("要做的话，可以很多") == 0


def test_numbered_measures_of_a_commentary_are_all_recommendations():
    text = ("外卖骑手的权益保障不能只靠平台自觉。\n\n很多骑手没有工伤保险，受伤后只能自己承担医疗费。\n\n"
            "笔者认为，首先应当扩大职业伤害保障的覆盖面，让骑手零负担参保。其次，要建立派单规则公示制度。"
            "第三，要保障劳动者的休息时间。")
    c, r = points(text)
    # (prec34: the opening thesis forbids relying on one means only, 不能只靠…, a prescription, no problem: it was a
    # challenge before, it is a recommendation now)
    assert r == ["外卖骑手的权益保障不能只靠平台自觉", "首先应当扩大职业伤害保障的覆盖面，让骑手零负担参保", "要建立派单规则公示制度",
                 "要保障劳动者的休息时间"]
    assert c == []


# kind 2 (trial17 F3, F4, F5): a resident's complaint letter: disrepair predicates, a bare need that carries its
# object, the letter's opening formula

_LETTER = ("致物业管理处的投诉信\n\n物业管理处负责人：\n\n本人是翠园小区五栋业主，现就小区设施问题向贵处投诉。\n\n"
           "五栋门口的雨棚已破损，需修补。地下车库的照明灯长期不亮，夜间停车非常危险。单元门的闭门器已生锈松动，"
           "需尽快更换。\n\n业主 李女士")


def test_complaint_letter_disrepair_and_its_remedies():
    c, r = points(_LETTER)
    assert c == ["五栋门口的雨棚已破损", "地下车库的照明灯长期不亮，夜间停车非常危险", "单元门的闭门器已生锈松动"]
    assert r == ["五栋门口的雨棚已破损，需修补", "单元门的闭门器已生锈松动，需尽快更换"]


def test_bare_need_tail_and_one_with_an_object():
    assert pts.bare_tail("需修补。") and pts.bare_tail("需尽快更换")
    assert not pts.bare_tail("需要加强日常巡查") and not pts.bare_tail("应尽快更换")


def test_letter_opening_formula_is_no_point():
    assert asp.argues_no_point("本人是翠园小区五栋业主，现就小区设施问题向贵处投诉")
    assert asp.argues_no_point("特就停车收费一事向贵局反映")
    assert not asp.argues_no_point("小区停车收费过高")


# kind 5 (trial17 F13): measures joined by ； after 为此，建议: one point per part

def test_semicolon_joined_measures_are_one_point_each():
    text = ("乡村学校的图书室普遍藏书陈旧，借阅率很低。\n\n为此，建议增加图书采购经费，对捐书的企业给予表彰；"
            "更新借阅方式，推行班级图书角；培训图书管理员，鼓励教师开展阅读课。")
    c, r = points(text)
    assert r == ["建议增加图书采购经费，对捐书的企业给予表彰", "更新借阅方式，推行班级图书角", "培训图书管理员，鼓励教师开展阅读课"]


def test_a_window_over_semicolon_measures_is_replaced_by_its_parts():
    # (a window cut at the point length kept two measures of three: one point per part instead)
    text = ("乡村图书室的困境与出路\n\n近年来，各地陆续建起乡村图书室。当前乡村图书室主要存在三方面问题：一是藏书陈旧，"
            "多数图书是十年前的捐赠；二是开放时间短，每周只开放半天；三是管理人员不足，大多由村干部兼任。\n\n"
            "为此，建议加大图书更新力度，对捐赠新书的单位给予表彰；延长开放时间，推行周末和节假日开放；"
            "充实管理力量，鼓励志愿者参与图书室日常管理。")
    c, r = points(text)
    assert r == ["加大图书更新力度，对捐赠新书的单位给予表彰", "延长开放时间，推行周末和节假日开放",
                 "充实管理力量，鼓励志愿者参与图书室日常管理"]


def test_semicolon_parts_that_state_results_are_no_measures():
    assert pts.semicolon_measures("种植结构进一步优化，玉米面积减少；蔬菜面积增加。") == []
    assert pts.semicolon_measures("建议加强培训。") == []  # (one part)
    s = "建议加强培训；完善考核。"
    assert [s[a:b] for a, b in pts.semicolon_measures(s)] == ["加强培训", "完善考核"]


def test_semicolon_measures_on_long_input():
    assert len(pts.semicolon_measures("建议" + "加强培训；" * 10000)) == 10000
    assert pts.semicolon_measures("加" * 100000 + "；完善考核") == []


# kind 5 (trial17 F15): 是時候要 + action proposes; a subject's modal is no thesis

def test_it_is_time_to_proposes_a_measure():
    assert not asp.states_no_measure("当局是时候要检讨长者医疗券的金额")
    assert asp.states_no_measure("营商环境就是生产力")


def test_short_essay_problems_left_without_care_and_omissions():
    text = ("山区留守儿童的成长困境\n\n山区留守儿童面临的困难比城镇儿童更多。不少家庭父母常年外出，孩子放学后无人看管。"
            "部分学校把家长会全部改到线上，没有保留线下沟通渠道。心理咨询的预约时间动辄超过两个月，不少孩子在等待期间情绪变差。\n\n"
            "对此，学校要为留守儿童建立成长档案，定期家访。")
    c, r = points(text)
    assert c == ["不少家庭父母常年外出，孩子放学后无人看管", "部分学校把家长会全部改到线上，没有保留线下沟通渠道",
                 "心理咨询的预约时间动辄超过两个月，不少孩子在等待期间情绪变差"]
    assert asp.argues_no_point("山区留守儿童面临的困难比城镇儿童更多")
    assert not asp.argues_no_point("山区留守儿童的心理问题比城镇儿童更突出，却很少得到关注")


def test_commentary_verdicts_without_a_deficiency_word():
    assert asp.prose_aspect("但补贴覆盖的村镇仍然有限。") == asp.CHALLENGE
    assert asp.prose_aspect("考核规则由上级单方面制定，基层干部无从申辩。") == asp.CHALLENGE
    assert asp.prose_aspect("补贴覆盖的村镇逐年增加。") is None


def test_argument_moves_are_linear_on_long_input():
    long_line = "再看" + "校" * 100000
    assert not asp.argues_no_point(long_line)
    assert not asp.argues_no_point("就" * 100000)
    assert not asp.argues_no_point("，" * 100000)
    assert asp.challenge_strength("对" * 50000 + "的" * 50000) == 0
