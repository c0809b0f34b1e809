"""A theme's label is a phrase its members share, and the output says how many of them hold it (issue 14, themes32:
a user saw ``吸引人才返乡 — 3/3 篇`` where two of the three essays never say it: the label was the most central point's
first clause, whatever the others said). summarizer.collection.theme_label, label_words, label_support."""

from summarizer.collection import (CHALLENGE_PROFILE, RECOMMENDATION_PROFILE, label_support, label_words,
                                   markdown_lines, subject_words, synthesize, theme_label)
from summarizer.schema import Theme
from tests.costs import assert_linear


def _essay(i, challenges=(), recommendations=()):
    return {"index": i, "title": None,
            "challenges": [{"text": t, "start": 100 * i + 40 * k, "end": 100 * i + 40 * k + len(t)}
                           for k, t in enumerate(challenges)],
            "recommendations": [{"text": t, "start": 100 * i + 60 + 40 * k, "end": 100 * i + 60 + 40 * k + len(t)}
                                for k, t in enumerate(recommendations)]}


def _words(label):
    return [w for _, _, w in label_words(label)]


def test_label_words_leave_out_cue_degree_and_generic_words():
    assert _words("社区养老床位严重不足") == ["社区", "养老", "床位"]  # 严重: a degree; 不足: that it is a problem
    assert _words("加快养老床位建设") == ["养老", "床位"]  # 加快 建设: generic verb and head
    assert _words("进一步加强") == []  # nothing but how and that
    assert _words("形式主义突出") == ["形式主义", "突出"]  # the predicate is all it says: its words count
    assert _words("基層人員不足") == ["基层人员"]  # Traditional: compared in the Simplified view


def test_label_support_counts_the_members_that_say_the_label():
    members = ["基层人员严重不足", "基層人員短缺", "缺乏专业人才"]
    assert label_support("基层人员不足", members) == 2  # the Traditional member holds it; 专业人才 does not
    assert label_support("进一步加强", ["进一步加强管理", "加强管理"]) == 1  # no content word: its characters
    assert label_support("基层人员不足", []) == 0


def test_a_clause_the_others_lack_gives_way_to_one_they_all_hold():
    # the most central point's first clause (吸引人才返乡) is said by one of three; its neighbour's is said by all
    label, held = theme_label(["吸引人才返乡，缓解乡村人才流失", "乡村人才流失严重", "乡村人才流失问题突出"],
                              CHALLENGE_PROFILE)
    assert (label, held) == ("乡村人才流失严重", 3)


def test_the_most_central_label_stays_when_most_members_hold_it():
    label, held = theme_label(["增加公屋供应", "增加公屋供应量", "加快公屋建设"], RECOMMENDATION_PROFILE)
    assert (label, held) == ("增加公屋供应", 2)


def test_a_shared_phrase_labels_a_theme_whose_clauses_no_majority_holds():
    # each first clause is said by its own point only; all three say 乡村人才, cut where a cue word (流失) follows
    texts = ["乡村人才流失导致产业空心化", "乡村人才外流，村庄空心", "引进乡村人才难度大"]
    label, held = theme_label(texts, CHALLENGE_PROFILE)
    assert (label, held) == ("乡村人才", 3)


def test_a_phrase_is_never_cut_before_its_head():
    texts = ["为独居老人提供上门照料服务", "为空巢长者提供上门照护服务", "开展老年人陪伴服务"]
    label, held = theme_label(texts, RECOMMENDATION_PROFILE)
    assert label != "提供上门"  # 上门 modifies 照料服务: no phrase ends there
    assert (label, held) == ("为独居老人提供上门照料服务", 1)  # no phrase a majority holds: the count says so


def test_the_collections_own_subject_alone_labels_no_theme():
    texts = ["留守儿童亲情缺失", "留守儿童缺少陪伴", "留守儿童心理孤独"]
    assert theme_label(texts, CHALLENGE_PROFILE) == ("留守儿童", 3)  # alone, the shared words
    subject = {"留守", "儿童"}.__contains__  # in a collection on left-behind children every theme says it
    assert theme_label(texts, CHALLENGE_PROFILE, subject=subject) == ("留守儿童亲情缺失", 1)


def test_synthesize_reports_how_many_members_hold_each_label():
    essays = [_essay(0, ["吸引人才返乡的政策不足"]), _essay(1, ["乡村人才流失严重"]), _essay(2, ["乡村人才外流严重"]),
              _essay(3, ["医疗物资储备不足"])]
    coll = synthesize(essays)
    themes = {frozenset(p.text for p in t.points): (t.label, t.label_points) for t in coll.challenges}
    assert themes[frozenset({"医疗物资储备不足"})] == ("医疗物资储备不足", 1)
    for members, (label, held) in themes.items():
        assert held == label_support(label, list(members))
        assert len(members) == 1 or 2 * held > len(members) or held >= 1


def test_markdown_says_how_many_members_hold_a_partial_label():
    def theme(label, held, members):
        return Theme(label=label, label_points=held, essay_count=members, essays=list(range(members)),
                     points=[{"essay": k, "point": 0, "text": "x", "start": 0, "end": 1} for k in range(members)])
    coll = {"essays": [{"document": None, "essay": k, "title": None} for k in range(4)],
            "challenges": [theme("乡村人才流失", 4, 4).model_dump(), theme("吸引人才返乡", 1, 3).model_dump()],
            "recommendations": [{**theme("培养乡土人才", 2, 2).model_dump(), "label_points": None}]}
    lines = markdown_lines(coll)
    assert lines[2] == "- 乡村人才流失 — 4/4 篇（第 1、2、3、4 篇）"  # every member holds it: no note
    assert lines[3] == "- 吸引人才返乡 — 3/4 篇（第 1、2、3 篇；3 条中 1 条含此语）"
    assert "- 培养乡土人才 — 2/4 篇（第 1、2 篇）" in lines  # a record of an earlier version: no count, no note
    assert markdown_lines(coll, traditional=True)[3] == "- 吸引人才返乡 — 3/4 篇（第 1、2、3 篇；3 條中 1 條含此語）"


def test_labelling_is_linear_in_members_and_in_a_long_point():
    def many(n):
        theme_label(["基层人员不足"] + [f"社区{k % 10}人员短缺" for k in range(n)], CHALLENGE_PROFILE)
    assert_linear(many, 2_000, "theme_label over many members")

    def long_point(n):
        theme_label(["人" * n, "人才" * (n // 2)], CHALLENGE_PROFILE)
    assert_linear(long_point, 20_000, "theme_label of a point without punctuation")


def test_subject_words_are_those_of_a_third_of_the_points():
    views = ["留守儿童亲情缺失", "留守儿童缺少陪伴", "留守儿童心理孤独", "学校教师流失", "家庭教育缺位", "监护人年老"]
    subject = subject_words(views)
    assert subject("留守儿童") and subject("儿童")
    assert not subject("教师") and not subject("亲情")
    assert not subject_words(views[:5])("留守儿童")  # under six points: no subject


def test_subject_words_cost_is_linear_in_the_points():
    def run(n):
        subject = subject_words([f"第{k}点留守儿童问题" for k in range(n)])
        for k in range(n // 10):
            subject(f"词{k}")
    assert_linear(run, 2_000, "subject_words over many points and words")
