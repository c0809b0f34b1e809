"""Near-miss point edges (issue 8, edges14): the pipeline finds the right sentence but cuts the point wrong. Texts
written for these tests."""

from summarizer.points import cue_window


def _window(text: str, aspect: str = "challenge", max_chars: int = 60) -> str:
    a, b = cue_window(text, 0, len(text.rstrip("。")), aspect, max_chars)
    return text[a:b]


def test_a_cue_window_never_opens_inside_a_list_of_terms():
    # the cue (问题) follows the last term of a 、 list; the point starts with the list's subject, not at its last term
    text = ("园区整体配套条件较好，近年来新引进的制造企业也逐年增多，但是，部分乡镇依然存在用地指标相对紧张、"
            "物流配送成本较高等问题，亟需通过盘活存量用地破解瓶颈。")
    assert _window(text) == "部分乡镇依然存在用地指标相对紧张、物流配送成本较高等问题"


def test_a_list_of_quoted_views_is_not_pulled_into_the_window():
    text = ("群众反映的“办事难”、“办事慢”、“来回跑”、“材料多”、“门难进”、“脸难看”、“事难办”等现象仍然普遍存在，"
            "一些窗口单位的服务意识仍然不强，需要持续整治。")
    assert _window(text) == "一些窗口单位的服务意识仍然不强"


def test_a_list_longer_than_the_limit_keeps_the_window_at_the_cue():
    terms = "、".join(f"第{n}片区供水管网" for n in range(1, 12))
    text = "城区总体运行平稳，" + terms + "等设施老化问题仍然突出，亟需逐步更新改造。"
    assert _window(text) == "第11片区供水管网等设施老化问题仍然突出"


def test_the_enumeration_scan_is_linear():
    text = "、".join(["治理"] * 50_000) + "等问题突出。"
    assert len(_window(text)) <= 60
    text = "，".join(["治理"] * 10_000) + "问题突出。"
    assert len(_window(text)) <= 60


def test_a_run_in_measure_item_opens_with_the_measure_it_names_before_its_modal_clause():
    from summarizer.structure import parse
    from summarizer.points import item_point
    text = ("对策建议\n一是压实防汛责任,各镇要逐级落实包保责任人。"
            "二是织密基层防汛责任网,要充分发挥网格员熟悉村情的作用,把独居老人、留守儿童、残疾人等重点人群逐户登记造册,"
            "为汛期转移安置提供准确的人员底数。"
            "三是在物资储备方面,要提前把沙袋、冲锋舟、发电机等物资前置到重点村组,避免临时调运耽误抢险时机,做到物资随用随取,保障抢险需要。\n")
    structure = parse(text)
    got = [text[a:b] for a, b in (item_point(structure, it, "recommendation", 60)
                                  for it in structure.items if it.family != "line")]
    assert got[1].startswith("织密基层防汛责任网,要充分发挥网格员熟悉村情的作用") and len(got[1]) <= 60
    # a frame (在…方面) names no measure: the point starts at the modal clause
    assert got[2].startswith("要提前把沙袋")


def test_a_list_whose_term_opens_like_a_modal_stays_whole():
    # 应急 opens with the character of the modal 应: inside a list of terms it ends no window
    text = ("结合近年来东中西部多个省份推进县城城镇化建设的做法可以看出，目前不少县城的公共设施，"
            "特别是学校食堂、应急仓库、排水泵站等配套设施存有短板。")
    assert _window(text) == "特别是学校食堂、应急仓库、排水泵站等配套设施存有短板"
