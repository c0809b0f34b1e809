"""``??`` runs a spam copy strews inside words (k156, Part 152's 8638): removed in cleaning where a text holds at least
three, so that the words they split read again; a writer's doubled question marks stay. Texts written for these tests."""


from summarizer.clean import clean, inserted_mark_edits
from summarizer.pipeline import summarize_document
from costs import assert_linear


def test_runs_inside_words_removed():
    text = "乡村图书室??长期??闲置,借阅??人数??逐年??减少。\n"
    c = clean(text)
    assert c.text.strip() == "乡村图书室长期闲置,借阅人数逐年减少。"
    # the map still leads back into the original text
    assert text[c.offsets[c.text.index("借阅")]:c.ends[c.text.index("借阅") + 1]] == "借阅"


def test_few_runs_or_questions_stay():
    assert inserted_mark_edits("图书室长期??闲置,借阅人数??减少。") == []  # two runs only
    text = "这是真的吗??我不信。为什么??他们不管。谁??来负责。"
    assert inserted_mark_edits(text) == []  # each clause before its run asks


def test_pipeline_reads_the_problems():
    text = ("近年来,乡村图书室??普遍??面临??困境。一些??图书室??藏书??陈旧??老化,借阅??人数??逐年??减少,"
            "管理??人员??严重??不足。\n")
    ch = [p.text.replace("?", "") for e in summarize_document(text).essays for p in e.challenges]
    assert any("藏书陈旧老化" in p for p in ch)
    assert any("管理人员严重不足" in p for p in ch)


def test_linear_time():
    for unit, n in (("治??", 5_000), ("?", 10_000), ("好。", 1_000)):
        assert_linear(lambda k, unit=unit: (inserted_mark_edits(unit * k), clean(unit * k)), n, repr(unit))
