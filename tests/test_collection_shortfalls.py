"""Collection themes (summarizer.collection) on the faults of a new user's trial (trial17 F14): a shortfall of number
(``护理员数量少``) is a shortcoming predicate, care workers (``护理员``) are personnel, a challenge whose first clause
names its cause after ``由于`` is read from the cause, and a theme's label drops the modal and the connectives that open
it. Texts written for these tests."""

from __future__ import annotations

from summarizer.collection import bare_label, cause_start, synthesize
from test_collection import essay, summary

CARE = [
    essay(0, ["护理人员严重不足，一家养老院只有三名护工", "维修经费不足，消防设备带病运行"],
          ["建议加大护理人员培训力度"]),
    essay(1, ["入住老人逐年增多", "山区养老院护理员数量少、流动性大", "乡镇检测站建成以后由于缺少维修经费，设备长期闲置"],
          ["要培养本地养老护理员", "同时，要加强消防设备维护"]),
    essay(2, ["院内消防通道被杂物堵塞"], ["要落实消防设备定期检修"]),
]


def test_staff_short_in_number_and_short_staff_are_one_theme():
    coll = synthesize(CARE)
    assert summary(coll, "challenges") == [
        ("维修经费不足", 2, [0, 1]),
        ("山区养老院护理员数量少、流动性大", 2, [0, 1]),
        ("入住老人逐年增多", 1, [1]),
        ("院内消防通道被杂物堵塞", 1, [2]),
    ]


def test_training_and_cultivating_care_workers_are_one_theme_labelled_without_a_modal():
    coll = synthesize(CARE)
    assert summary(coll, "recommendations") == [
        ("落实消防设备定期检修", 2, [1, 2]),
        ("培养本地养老护理员", 2, [0, 1]),
    ]
    # the members keep their own words
    texts = [p.text for p in coll.recommendations[1].points]
    assert sorted(texts) == ["建议加大护理人员培训力度", "要培养本地养老护理员"]


def test_bare_label():
    assert bare_label("建议加大护理人员培训力度") == "加大护理人员培训力度"
    assert bare_label("同时，要加强消防设备维护") == "加强消防设备维护"
    assert bare_label("應當加強監管") == "加強監管"  # Traditional: read in the Simplified view, cut in the source
    assert bare_label("应急物资储备不足") == "应急物资储备不足"  # 应急 is no modal
    assert bare_label("要素市场不健全") == "要素市场不健全"
    assert bare_label("要抓") == "要抓"  # too little would be left
    assert bare_label("") == ""


def test_cause_start():
    text = "乡镇检测站建成以后由于缺少维修经费，设备长期闲置"
    assert text[cause_start(text):] == "缺少维修经费，设备长期闲置"
    assert cause_start("由于历史原因，房屋老化") == 0  # no shortcoming after the connective in its clause
    assert cause_start("设备老化，由于缺少经费") == 0  # not in the first clause
    assert cause_start("由于") == 0


def test_a_cause_labels_its_theme():
    coll = synthesize([essay(0, ["检测站建成以后由于缺少维修经费，设备长期闲置"]), essay(1, ["环境脏乱"])])
    assert [t.label for t in coll.challenges] == ["缺少维修经费", "环境脏乱"]


def test_long_inputs_stay_linear():
    long_line = "由于" + "经费不足" * 25_000  # 100,000 characters without punctuation
    assert cause_start(long_line) == 2
    assert bare_label("要" * 100_000) == "要" * 100_000  # nothing left after the modals: kept whole
    assert bare_label("同时要" + "加强" * 50_000) == "加强" * 50_000
    many = [essay(k, ["护理员数量少"] * 5, ["要加强护理员培训"] * 5) for k in range(2000)]
    coll = synthesize(many)
    assert coll.challenges[0].essay_count == 2000
