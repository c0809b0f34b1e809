"""A problem sentence cut at a point's length gives the problems of its later clauses (points.cut_problem_rest, long55).

A long sentence that lists several problems in clauses kept only the first of them when its challenge point was cut at a
point's length: the clauses after the cut were never read. ``points._cut_measure_rest_points`` with the challenge aspect
reads the rest as it reads a measure sentence's rest, but for clauses that state a shortcoming of their own
(``aspects.challenge_strength``), and stops where the sentence turns to a measure. The texts are written for these
tests.
"""
import summarizer.aspects as asp
import summarizer.points as pts
from summarizer.sentences import split_sentences

_PROBLEMS = ("当前我县乡镇卫生院的运行经费长期依靠上级转移支付，为了谋求更好的个人发展，"
             "年轻医生大多选择去城市里的大医院工作，村级卫生室的全科医生数量明显不足，偏远山村的常用药品种类严重不足。")


def _rest_points(text: str, first_end: int, others=()) -> list[pts.RawPoint]:
    sentences = split_sentences(text)
    out = {asp.CHALLENGE: [pts.RawPoint(asp.CHALLENGE, 0, first_end, 1.0)],
           asp.RECOMMENDATION: [pts.RawPoint(asp.RECOMMENDATION, a, b, 1.0) for a, b in others]}
    pts._cut_measure_rest_points(text, sentences, out, 40, len(text), asp.CHALLENGE)
    return out[asp.CHALLENGE][1:]


def test_the_first_problem_clause_after_the_cut_is_found():
    start = _PROBLEMS.index("，为了")
    at = pts.cut_problem_rest(_PROBLEMS, start, len(_PROBLEMS) - 1)
    # (为了…发展 and 年轻医生…工作 state no shortcoming of their own: the reading goes past them)
    assert _PROBLEMS[at:].startswith("村级卫生室的全科医生数量明显不足")


def test_a_turn_to_a_measure_ends_the_reading():
    text = "部分乡镇卫生院的诊疗设备普遍老化陈旧，建议县里加大财政投入，完善村医的待遇保障，村级卫生室人员严重不足。"
    assert pts.cut_problem_rest(text, text.index("，建议"), len(text) - 1) == -1


def test_a_short_tail_clause_is_no_problem_of_its_own():
    text = "乡镇卫生院的运行经费长期依靠上级转移支付，问题突出。"
    assert pts.cut_problem_rest(text, text.index("，"), len(text) - 1) == -1


def test_the_cut_sentence_gives_its_later_problems():
    added = _rest_points(_PROBLEMS, _PROBLEMS.index("，为了"))
    texts = [_PROBLEMS[p.start:p.end] for p in added]
    assert texts and texts[0].startswith("村级卫生室的全科医生数量明显不足")
    assert all(p.aspect == asp.CHALLENGE for p in added)
    assert "偏远山村的常用药品种类严重不足" in "".join(texts)


def test_a_point_in_the_rest_bounds_the_reading():
    # (a recommendation point over the last clause: the problem before it is still read, the point itself is not)
    last = _PROBLEMS.index("偏远山村")
    added = _rest_points(_PROBLEMS, _PROBLEMS.index("，为了"), [(last, len(_PROBLEMS) - 1)])
    assert [_PROBLEMS[p.start:p.end] for p in added] == ["村级卫生室的全科医生数量明显不足"]


def test_a_sentence_of_no_further_problem_gives_nothing():
    text = "当前我县乡镇卫生院的运行经费长期严重不足，近年来县城的道路交通不断改善，年轻医生大多选择去城市里的大医院工作。"
    assert _rest_points(text, text.index("，近年来")) == []


def test_a_cut_measure_sentence_is_read_as_before():
    # (the recommendation reading is unchanged: a run of measures after the cut, one point from its first clause)
    text = "要坚持以人民为中心的发展思想，加大乡村医疗财政投入，完善村医待遇保障机制，加强村医业务培训。"
    sentences = split_sentences(text)
    out = {asp.CHALLENGE: [], asp.RECOMMENDATION: [pts.RawPoint(asp.RECOMMENDATION, 0, text.index("，"), 1.0)]}
    pts._cut_measure_rest_points(text, sentences, out, 40, len(text))
    assert text[out[asp.RECOMMENDATION][1].start:].startswith("加大乡村医疗财政投入")


def test_a_problem_a_point_already_covers_is_not_added_again():
    # (a second challenge window that began before the cut point's end and runs over the later problem clause)
    text = _PROBLEMS
    cut = text.index("，为了")
    sentences = split_sentences(text)
    later = text.index("村级卫生室")
    out = {asp.CHALLENGE: [pts.RawPoint(asp.CHALLENGE, 0, cut, 1.0),
                           pts.RawPoint(asp.CHALLENGE, cut - 4, later + 16, 1.0)],
           asp.RECOMMENDATION: []}
    pts._cut_measure_rest_points(text, sentences, out, 40, len(text), asp.CHALLENGE)
    added = [text[p.start:p.end] for p in out[asp.CHALLENGE][2:]]
    assert not any(t.startswith("村级卫生室") for t in added)


# --- long56: the rest's reading keeps the older conventions of a problem sentence's rest --------------------------------

_HEAD = "目前我镇多数村的垃圾转运车辆严重老化，"


def _at(rest: str) -> int:
    text = _HEAD + rest + "。"
    return pts.cut_problem_rest(text, len(_HEAD) - 1, len(text) - 1)


def test_a_plain_later_problem_clause_is_still_found():
    # (the control of the cases below: a clause with its own subject and shortcoming)
    assert _at("部分偏远村落的保洁人员明显不足") == len(_HEAD)


def test_a_consequence_ends_the_reading():
    # (进而导致…, 因此…, 使得…: what the problem brings about, the clauses after it go on with it)
    assert _at("进而导致部分偏远村落的保洁人员明显不足") == -1
    assert _at("因此部分偏远村落的保洁人员明显不足") == -1
    assert _at("使得部分偏远村落的垃圾长期堆积，保洁人员明显不足") == -1
    assert _at("進而導致部分偏遠村落的保潔人員明顯不足") == -1  # (Traditional)
    # (a clause with its own subject that states a problem and what it brings about is read: the consequence is no
    # opener there)
    rest = "保洁人员明显不足又导致部分偏远村落的垃圾长期堆积"
    assert _at(rest) == len(_HEAD)


def test_quoted_words_end_the_reading():
    assert _at("村民普遍反映“保洁人员明显不足，垃圾没人清运”") == -1
    # (a quote opened in the clause and closed in a later one is someone's words too)
    assert _at("村民反映“保洁人员明显不足，垃圾没人清运”") == -1


def test_a_lead_in_colon_ends_the_reading():
    # (the items after the colon are the list readers'; the lead-in itself is no problem point)
    assert _at("这暴露出两个短板：一是保洁人员明显不足") == -1


def test_a_spoken_or_question_clause_ends_the_reading():
    assert _at("总不能让村民自己花钱清运垃圾吧") == -1
    text = _HEAD + "保洁人员明显不足的问题谁来管？"
    assert pts.cut_problem_rest(text, len(_HEAD) - 1, len(text) - 1) == -1


def test_a_hazard_verdict_after_the_list_ends_the_reading():
    text = "检查发现，部分仓库灭火器过期、电线私拉乱接，存在较大消防隐患，一旦起火后果严重。"
    assert pts.cut_problem_rest(text, text.index("，存在"), len(text) - 1) == -1


def test_the_predicate_of_a_dangling_clause_gives_nothing():
    # (而村委会因…: a cause frame with no predicate; the clause after it finishes that statement)
    assert _at("而村委会因不是车辆的产权单位，无法出资更换新车") == -1
    # (the same clause with a predicate of its own before it, or alone, is found)
    rest = "村委会又不是车辆的产权单位，无法出资更换新车"
    assert _at(rest) == len(_HEAD) + rest.index("无法")
    assert _at("无法出资更换新车") == len(_HEAD)
