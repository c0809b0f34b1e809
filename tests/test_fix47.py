"""fix47: a writer's self-introduction opening a complaint; a two-part PDF running head; a summary sentence's run-in
field label. Texts written for these tests."""

from costs import assert_linear

from summarizer import summarize
from summarizer.points import self_intro_end


def _points(text):
    essay = summarize(text).essays[0]
    return [p.text for p in essay.challenges], [p.text for p in essay.recommendations]


def test_self_intro_is_context_not_the_complaint():
    text = "我是幸福小区3号楼的居民，小区门口的路灯坏了快两个月了，给物业打了好几次电话都没人管。希望街道尽快协调物业把路灯修好。"
    challenges, recommendations = _points(text)
    assert challenges == ["小区门口的路灯坏了快两个月了，给物业打了好几次电话都没人管"]
    assert recommendations == ["希望街道尽快协调物业把路灯修好"]


def test_self_intro_other_openers():
    text = "本人是一名退休职工，我们单位的养老金已经三个月没有按时发放了。恳请有关部门督促单位尽快补发。"
    challenges, _ = _points(text)
    assert challenges == ["我们单位的养老金已经三个月没有按时发放了"]


def test_self_intro_end_offsets():
    text = "我是红星村的村民，村里的自来水经常停水。"
    assert text[self_intro_end(text, 0, len(text)):] == "村里的自来水经常停水。"
    plain = "我是这样想的，问题在于投入不足。"
    assert self_intro_end(plain, 0, len(plain)) == 0  # (no role noun: not a self-introduction)
    short = "我是居民，好。"
    assert self_intro_end(short, 0, len(short)) == 0  # (too little left)


def test_self_intro_end_linear():
    assert_linear(lambda n: self_intro_end("我是" + "居" * n, 0, n + 2), 10_000, "self_intro_end on a long line")


def test_summary_sentence_drops_run_in_field_label():
    text = ("关于整改情况的说明\n\n我单位收到反馈意见后立即研究部署，落实整改责任。\n\n"
            "存在问题：食堂卫生管理制度执行不到位，部分台账记录缺失。\n整改措施：完善食堂卫生管理制度，每周检查台账记录。\n")
    essay = summarize(text).essays[0]
    for p in essay.summary_sentences:
        assert not p.text.startswith(("存在问题：", "整改措施：", "问题：")), p.text
    assert "存在问题：" not in essay.summary and "整改措施：" not in essay.summary
    body = text[essay.start:essay.end]
    for p in essay.summary_sentences:
        assert body[p.start:p.start + len(p.text)].rstrip("。") == p.text.rstrip("。")  # (offsets index the source)


def test_summary_keeps_topic_labels_of_a_labelled_list():
    text = ("社区养老服务调研\n\n人手短缺：护理员流动快，专业人员少。\n经费不足：运营补贴到位慢，机构普遍亏损。\n"
            "参与度低：老人对服务了解少。\n")
    essay = summarize(text).essays[0]
    assert any(p.text.startswith(("人手短缺：", "经费不足：", "参与度低：")) for p in essay.summary_sentences)


_GAP = " " * 30


def _paged(head):
    return (f"{head}\n乡村振兴中的人才短缺问题与对策\n"
            "一、存在的问题\n当前，农村青年人才大量外流，基层干部队伍老化严重。\n乡村产业发展缺乏\n"
            f"- 7 -\n{head}\n专业技术人员，新型经营主体培育不足。\n"
            "二、对策建议\n一是完善人才回流激励政策，吸引青年返乡创业。二是加强农村实用人才培训。\n"
            f"- 8 -\n{head}\n三是健全基层干部选拔机制，优化队伍结构。\n- 9 -\n")


def test_two_part_running_head_goes_whole_with_its_first_print():
    head = f"农业经济研究 2024年第5期{_GAP}乡村治理专栏"
    result = summarize(_paged(head))
    essay = result.essays[0]
    assert essay.title == "乡村振兴中的人才短缺问题与对策"
    kept = result.essays[0]
    for p in kept.challenges + kept.recommendations + kept.summary_sentences:
        assert "乡村治理专栏" not in p.text and "农业经济研究" not in p.text


def test_two_part_head_pattern_linear():
    from summarizer.clean import _TWO_PART_HEAD
    assert_linear(lambda n: _TWO_PART_HEAD.search("a" + " " * n), 10_000, "two-part head on a line of spaces")
    assert_linear(lambda n: _TWO_PART_HEAD.search("a " * n), 10_000, "two-part head on single gaps")


def test_field_label_end_bare_labels_only():
    from summarizer.points import field_label_end
    for label in ("问题：", "存在问题：", "整改措施：", "主要问题："):
        text = label + "村级财务公开不及时，群众意见较大。"
        assert text[field_label_end(text, 0, len(text)):] == "村级财务公开不及时，群众意见较大。", label
    topic = "资金保障不足：村级财务公开不及时，群众意见较大。"
    assert field_label_end(topic, 0, len(topic)) == 0  # (a topic's label names its item)
