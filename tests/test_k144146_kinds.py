"""k144146: a frame of caution (``必須小心注意的是``, ``需要注意的是``, ``需注意的是``) singles out a caveat, a problem the
writer warns of, not a measure (Part 146's ``survey-limitation-critique-led-by-bixu-as-recommendation``; also seen in
older Parts' ``同时需要注意的是，…未按照…尽到…义务`` and ``但需注意的是…平均年齡有逐年上升趨勢``). Texts written for the test."""

from summarizer import aspects, points
from summarizer.pipeline import summarize_document


def _points(text):
    essays = summarize_document(text).essays
    return ({p.text for e in essays for p in e.challenges}, {p.text for e in essays for p in e.recommendations})


def test_caution_frame_gives_the_caveat_without_its_modal():
    s = "不过,必须小心注意的是这份问卷样本太少,例如它没有访问夜班工人。"  # (the points stage reads simplified text)
    a, b = points.focus_framed_problem(s)
    # the modal frame stays out of the point, the example after the caveat stays in it
    assert s[a:b] == "这份问卷样本太少,例如它没有访问夜班工人"
    s2 = "需要注意的是，部分乡镇卫生院的设备长期闲置。"
    a, b = points.focus_framed_problem(s2)
    assert s2[a:b] == "部分乡镇卫生院的设备长期闲置"


def test_caution_frame_before_a_measure_is_no_problem():
    # what follows the caution prescribes: a measure, not a caveat
    assert points.focus_framed_problem("需要注意的是，要及时更新病人的用药记录。") is None
    assert points.focus_framed_problem("必须注意的是应当先征求住户意见吗？") is None
    # 值得注意的是 introduces any fact: still no frame of a problem
    assert points.focus_framed_problem("值得注意的是，今年的入学人数有所回升。") is None


def test_example_after_a_worry_frame_belongs_to_the_problem():
    s = "更严重的是院舍人手严重不足,比如夜间只有一名护理员,家属只能自行探望。"
    a, b = points.focus_framed_problem(s)
    assert s[a:b] == "更严重的是院舍人手严重不足,比如夜间只有一名护理员"


def test_caution_led_caveat_is_a_challenge_not_a_measure():
    text = ("公屋輪候調查的啟示\n\n"
            "房屋署上月公布了輪候冊住戶的調查結果。然而,必須小心注意的是這份調查有很大的局限,例如它只訪問了市區的申請人。"
            "政府應該盡快增建公屋,縮短輪候時間。\n")
    ch, rec = _points(text)
    assert any("這份調查有很大的局限" in p for p in ch), ch
    assert not any("局限" in p for p in rec), rec
    assert any("增建公屋" in p for p in rec), rec


# --- work done or planned that names the problem it targets (Part 145's work-or-plan-naming-its-target-problem kind) ---

def test_punishing_verb_names_the_wrongdoing_it_removes():
    ch, rec = _points("区市场监管局将联合公安部门开展行动,重点查处无证行医问题。\n")
    assert not any("无证行医" in p for p in ch), ch
    # a failure to punish still states a problem
    ch, _ = _points("一些地方对无证行医查处不力,违法诊所屡禁不止。\n")
    assert any("查处不力" in p for p in ch), ch


def test_campaign_named_for_its_problems_is_no_challenge():
    assert aspects.challenge_strength("县卫健局认真落实上级关于药品采购突出问题专项整治的要求") == 0
    # the problems themselves, stated, stay a challenge
    assert aspects.challenge_strength("药品采购中的突出问题依然存在,回扣现象屡禁不止") > 0
    ch, _ = _points("县卫健局认真落实上级关于药品采购突出问题专项整治的要求,切实履行行业监管职责。\n")
    assert not ch, ch
