"""A sentence that names problems and then, after a comma and no connective, the means to solve them
(``…面临A、B等困境，可通过C；D；E这3项举措…``): the problems are challenges, each means a recommendation (elab33,
Part 51's abstract kind). Texts written for these tests."""

from summarizer.pipeline import summarize_document
from summarizer.points import _means_turn

from costs import assert_linear


def _points(text):
    essays = summarize_document(text).essays
    return ([p.text for e in essays for p in e.challenges], [p.text for e in essays for p in e.recommendations])


def test_semicolon_measures_counted_with_their_aims():
    text = ("小区停车面临车位数量不足、收费标准混乱等难题，可通过挖掘闲置空间，增设停车泊位；统一收费标准，"
            "公开收费明细；建设智慧停车平台这3项重要措施缓解停车难。")
    ch, rec = _points(text)
    assert any("车位数量不足" in p for p in ch)
    assert any(p.startswith("挖掘闲置空间") for p in rec)
    assert any(p.startswith("统一收费标准") for p in rec)
    assert any(p.startswith("建设智慧停车平台") for p in rec)
    assert not any("这3项" in p for p in rec)


def test_enumerated_means_after_deng():
    found = _means_turn("农村学校存在师资短缺、设施老化等问题，应通过定向培养教师、更新教学设备等途径加以改善。")
    assert found is not None
    turn, spans = found
    sentence = "农村学校存在师资短缺、设施老化等问题，应通过定向培养教师、更新教学设备等途径加以改善。"
    assert sentence[turn] == "，"
    assert [sentence[a:b] for a, b in spans] == ["定向培养教师", "更新教学设备"]


def test_no_turn_without_problem_modal_or_list():
    # a purpose clause before the means (为缩小…差距) states no problem
    assert _means_turn("为缩小城乡差距，可通过增加财政投入、改善办学条件等措施推动均衡发展。") is None
    # a report of work done: 通过 with no modal is how it was done, no measure proposed
    assert _means_turn("检查组发现问题较多，通过查阅台账、走访群众等方式逐项核实。") is None
    # a sentence with no shortcoming before the means
    assert _means_turn("全市旅游发展势头良好，可通过打造精品线路、举办文化节庆等方式进一步提升。") is None
    # one means only: no list to split
    assert _means_turn("部分企业融资困难，可通过设立专项担保基金等措施加以缓解。") is None


def test_long_input_is_linear():
    # a huge list after 可通过 and many repeated 可通过 frames: cost linear in the input (no clock bound in tests)
    assert_linear(lambda n: _means_turn("存在问题，可通过" + "甲乙丙丁、" * n + "。" + "，可通过" * (n // 4)), 2_000,
                  "means turn over a long list")


def test_means_copula_with_verb_of_overcoming_is_a_recommendation():
    # 突破/走出…困境 (a verb of overcoming, solution_verb) names the plight the means removes: no challenge (Part 49)
    ch, rec = _points("建立多部门联动的应急调度机制是突破山区救援响应迟缓困境的可行路径。")
    assert not ch
    assert any(p.startswith("建立多部门联动的应急调度机制") for p in rec)
    ch, rec = _points("发展庭院特色种植是走出增收乏力困局的根本出路。")
    assert not ch and rec


def test_plight_stated_without_means_copula_stays_a_challenge():
    ch, rec = _points("不少村庄至今仍未突破集体经济薄弱的困境，发展后劲明显不足。")
    assert ch and not rec
