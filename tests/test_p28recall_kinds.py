"""p28recall: Part 28 (979-1054) missed points, by kind, on small inputs written for these tests."""

from aspect_helpers import points
from summarizer import points as pts


# Kind 1a: a framed 、 enumeration of shortfalls that no problem noun closes (面临A少、B弱、C难。)

def test_framed_shortfalls_without_problem_noun_are_items():
    s = "但依旧面临资金投入少、管护队伍弱、群众看病难。"
    spans = pts.framed_problems(s)
    assert [s[a:b] for a, b in spans] == ["资金投入少", "管护队伍弱", "群众看病难"]
    assert spans[0] == (5, 10)


def test_framed_shortfalls_give_challenges_in_an_essay():
    ch, rec = points("全镇道路建设成效明显。但依旧面临资金投入少、管护队伍弱、群众参与意识差。为此建议,加大投入。")
    assert ch == ["资金投入少", "管护队伍弱", "群众参与意识差"]


def test_framed_items_that_state_no_shortfall_give_nothing():
    # negative: opportunities are framed by 面临 too, but no item states a shortfall
    assert pts.framed_problems("当前面临新的发展机遇、更大的市场空间、更多的政策支持。") == []
    ch, _ = points("全镇道路建设成效明显。当前面临新的发展机遇、更大的市场空间、更多的政策支持。")
    assert ch == []


def test_negated_questioned_or_noun_closed_frames_give_nothing():
    # negatives: a negated frame, an inspection's question, an 等 that a noun the cues do not know follows
    assert pts.framed_problems("当前不存在资金投入少、管护队伍弱、群众参与意识差。") == []
    assert pts.framed_problems("二是是否存在资金投入少、管护队伍弱的情形。") == []
    assert pts.framed_problems("四是是否存在资金投入少、管护队伍弱。") == []
    assert pts.framed_problems("还存在资金投入少、管护队伍弱等倾向。") == []


def test_framed_shortfalls_that_run_on_into_the_next_clause_give_nothing():
    # negative: the list goes on past its clause (面临A、B,并…): some other construction
    assert pts.framed_problems("但依旧面临资金投入少、管护队伍弱,并且逐年加剧。") == []


# Kind 1b / 3: a person's speaker turn in minutes (居民张女士：希望…): the wish is a recommendation, without the label

def test_speaker_label_end_is_past_the_colon():
    s = "居民张女士：希望加强楼道照明，增加健身器材。"
    assert pts.speaker_label_end(s, 0, len(s)) == 6
    assert pts.speaker_wish(s) == [(6, len(s))]


def test_minutes_turns_give_wishes_without_labels():
    text = ("会议记录：\n一、主任讲话\n主任向居民表示问候。\n二、居民代表发言\n居民代表踊跃发言。\n"
            "居民张女士:希望加强楼道照明,增加健身器材。 居民王大爷:建议修缮屋顶,方便老人生活。\n"
            "三、主任回复\n主任逐一回应了居民的诉求,提出了解决方案:\n加强楼道照明,改善夜间出行。 修缮屋顶,保障住房安全。\n")
    _, rec = points(text)
    assert "希望加强楼道照明,增加健身器材" in rec
    assert "建议修缮屋顶,方便老人生活" in rec
    assert not any(r.startswith("居民") for r in rec)


def test_speaker_turns_that_state_no_wish_or_no_person_give_nothing():
    # negatives: a turn that states no wish, a question, a label that is no person's, a long lead before the colon
    assert pts.speaker_wish("居民张女士：小区绿化做得很好。") == []
    assert pts.speaker_wish("居民张女士：希望什么时候能修好？") == []
    assert pts.speaker_wish("整改要求：希望加强楼道照明。") == []
    assert pts.speaker_label_end("他在会上对大家说起了李先生：希望加强照明", 0, 21) == 0


# Kind 3: a problem and the fix asked for it in one sentence (…做得不够到位，建议增加…) are two points

def test_problem_then_appeal_splits_problem_and_fix():
    s = "另一位代表提到楼道照明做得不够到位，建议增加照明灯具。"
    problem, fix = pts.problem_then_appeal(s)
    assert s[problem[0]:problem[1]] == "楼道照明做得不够到位"
    assert s[fix[0]:fix[1]] == "增加照明灯具"
    assert problem == (7, 17)


def test_problem_then_appeal_keeps_a_wish_and_an_actor():
    s = "有市民反映，热线反馈渠道较为单一，希望拓宽反馈渠道，提高服务满意度。"
    problem, fix = pts.problem_then_appeal(s)
    assert s[problem[0]:problem[1]] == "热线反馈渠道较为单一"
    assert s[fix[0]:fix[1]] == "希望拓宽反馈渠道，提高服务满意度"
    s2 = "村里路灯数量少，建议政府加大投入，尽快修复。"
    assert s2[slice(*pts.problem_then_appeal(s2)[1])] == "建议政府加大投入，尽快修复"


def test_problem_then_appeal_in_an_essay():
    ch, rec = points("二、居民代表发言\n居民代表就社区的问题进行了交流。\n\n"
                     "另一位居民代表提到楼道照明做得不够到位,建议增加照明灯具。\n\n"
                     "还有居民提出健身场地不足的问题,并建议扩大健身场地规模。\n")
    assert "楼道照明做得不够到位" in ch
    assert "增加照明灯具" in rec and "扩大健身场地规模" in rec


def test_problem_then_appeal_negatives():
    # negatives: a lead-in that points back, a wish with no action, a question, a prescribing clause before
    assert pts.problem_then_appeal("针对上述问题，建议政府优化政策支持。") is None
    assert pts.problem_then_appeal("这几年心里无法平静，希望以再次发声回报社会。") is None
    assert pts.problem_then_appeal("楼道照明不够到位，建议增加照明灯具吗？") is None
    assert pts.problem_then_appeal("各部门应当加强管理，建议增加照明灯具。") is None
    assert pts.problem_then_appeal("今天天气很好，建议增加照明灯具。") is None


# Kind 1c: a proposer's benefactive measures after 建议， (X建议，为A提供B，为C提供D。)

def test_benefactive_proposals_one_per_clause():
    s = "张代表建议，为乡村学校提供稳定的经费来源，为留守儿童提供心理辅导。"
    spans = pts.benefactive_proposals(s)
    assert [s[a:b] for a, b in spans] == ["为乡村学校提供稳定的经费来源", "为留守儿童提供心理辅导"]
    assert spans[0] == (6, 20)
    _, rec = points(s)
    assert rec == ["为乡村学校提供稳定的经费来源", "为留守儿童提供心理辅导"]


def test_benefactive_proposals_negatives():
    # negatives: the noun 倡议 (的倡议，为…), a purpose clause with no benefactive verb, a question, no proposal verb
    assert pts.benefactive_proposals("政府拒绝考虑民间团体的倡议，为基层人士提供租金津贴。") == []
    assert pts.benefactive_proposals("张代表建议，为此大家要团结。") == []
    assert pts.benefactive_proposals("张代表建议，为乡村学校提供经费吗？") == []
    assert pts.benefactive_proposals("政府为乡村学校提供稳定的经费来源。") == []


# Kind 1d: a run-on forum complaint that a remedy tried does not help (报警也没用, 作用不大, 不管用)

def test_futile_remedy_complaints_are_challenges():
    ch, rec = points("工人们被拖欠工资已经一年多了。去劳动部门投诉,至少大多数时候是不管用的。报警也没用。找政府,作用不大。")
    assert ch == ["去劳动部门投诉,至少大多数时候是不管用的", "报警也没用", "找政府,作用不大"]
    assert rec == []


def test_unused_is_no_futility():
    # negative: 没用过 (never used) holds 没用 but states nothing futile
    ch, _ = points("工人们被拖欠工资已经一年多了。这台机器我还没用过。")
    assert ch == []
