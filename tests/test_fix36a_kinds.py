"""fix36a (issue 8, ux36 on p60's self-inspection items): a problems-and-fixes section whose items are fields
(``问题：A。整改措施：B。``), numbered one per line or unnumbered, gives every problem as a challenge and every fix as a
recommendation, and no point keeps its field label, also after a list marker inside a longer essay. Small texts of
the tests' own."""

from costs import assert_linear

from summarizer import points as pts
from summarizer.pipeline import summarize_document

_ITEMS = (("部分楼道堆放杂物，堵塞消防通道", "组织物业集中清理，每周巡查一次"),
          ("灭火器过期未及时更换", "建立器材更换台账，到期前一个月提醒"),
          ("居民消防安全意识不强", "每季度开展一次消防演练和宣传"))


def _points(text: str) -> tuple[list[str], list[str]]:
    doc = summarize_document(text)
    return ([p.text for e in doc.essays for p in e.challenges],
            [p.text for e in doc.essays for p in e.recommendations])


def _report(numbered: bool) -> str:
    lines = "".join(f"{f'{i}.' if numbered else ''}问题：{a}。整改措施：{b}。\n" for i, (a, b) in enumerate(_ITEMS, 1))
    return ("XX社区消防安全自查报告\n根据街道通知要求,我社区开展了消防安全自查,现将情况报告如下。\n一、基本情况\n"
            "社区共有居民楼十二栋,配备灭火器二百余具。\n二、存在问题及整改情况\n" + lines +
            "三、下一步工作\n继续抓好日常管理。\n")


def _assert_fields(ch: list[str], rec: list[str]) -> None:
    for a, b in _ITEMS:
        assert a in ch, (a, ch)
        assert b in rec, (b, rec)
    assert not any(p.startswith(("问题", "整改措施")) for p in ch + rec)


def test_problem_fix_field_reads_the_label_past_a_marker():
    text = "1.问题：灭火器过期未及时更换。"
    aspect, a, b = pts._problem_fix_field(text, 0, len(text))
    assert aspect == "challenge" and text[a:b] == "灭火器过期未及时更换"
    text = "整改措施：建立器材更换台账，到期前一个月提醒。"
    aspect, a, b = pts._problem_fix_field(text, 0, len(text))
    assert aspect == "recommendation" and text[a:b] == "建立器材更换台账，到期前一个月提醒"
    assert pts._problem_fix_field("灭火器过期未及时更换。", 0, 11) is None
    assert pts._problem_fix_field("问题：过期。", 0, 6) is None  # (too short an entry)


def test_numbered_field_items_give_every_problem_and_fix():
    _assert_fields(*_points(_report(numbered=True)))


def test_unnumbered_field_items_give_every_fix():
    _assert_fields(*_points(_report(numbered=False)))


def test_field_items_inside_a_longer_essay():
    ch, rec = _points("社区消防安全工作的几点思考\n近年来,随着城市更新推进,老旧小区消防安全问题日益突出,居民生命财产安全面临"
                      "隐患。今年以来,我们对辖区各小区逐一开展了排查。\n一、排查中发现的问题及整改\n"
                      + "".join(f"问题：{a}。整改措施：{b}。\n" for a, b in _ITEMS) +
                      "二、几点体会\n消防安全重在预防,贵在坚持。只有把工作做在平时,才能防患于未然。\n")
    _assert_fields(ch, rec)


def test_a_numbered_label_is_no_part_of_the_point():
    ch, rec = _points("社区消防安全工作的几点思考\n近年来,随着城市更新推进,老旧小区消防安全问题日益突出。\n"
                      "一、排查中发现的主要问题\n" + "".join(f"{i}.问题：{a}。\n" for i, (a, _) in enumerate(_ITEMS, 1)) +
                      "二、几点建议\n1.建议：组织物业集中清理楼道，每周巡查一次。\n2.建议：建立器材更换台账，到期前一个月提醒。\n")
    assert all(a in ch for a, _ in _ITEMS), ch
    assert "组织物业集中清理楼道，每周巡查一次" in rec and "建立器材更换台账，到期前一个月提醒" in rec
    assert not any(p.startswith(("问题", "建议")) for p in ch + rec)
    assert pts._after_line_marker("x\n1.问题：", 4) and pts._after_line_marker("（二）问题：", 3)
    assert not pts._after_line_marker("x\n公安问题：", 4)
    assert pts._field_label("问题：") and pts._field_label("整改措施") and pts._field_label("建议")
    assert not pts._field_label("食材问题") and not pts._field_label("人员不足") and not pts._field_label("文献综述")


def test_field_items_stay_linear():
    assert_linear(lambda n: _points("二、存在问题及整改情况\n" + "问题：楼道堆放杂物。整改措施：集中清理杂物。\n" * n), 200,
                  "many field items")
