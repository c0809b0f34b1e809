"""Kinds the lead fixed on merging the eighteenth session's branches (tests written on inputs made up here)."""
from summarizer import aspects as asp


def test_one_reading_of_a_wish_for_both_readers():
    # p27c's reported_wish and weak26's _appeal read a wish alike: for an action (an imperative verb after 能/尽快)
    # or for more of something; a hope of an outcome is neither's
    assert asp.reported_wish("部分家长希望学校能增设课后托管")
    assert asp._appeal("部分家长希望学校能增设课后托管")
    assert asp.reported_wish("他们普遍希望获得更多的培训机会")
    assert not asp.reported_wish("我们希望能够取得好成绩")
    assert not asp._appeal("我们希望能够取得好成绩")
    assert not asp.reported_wish("居民不希望物业能增设收费项目")


def test_a_trie_alternation_keeps_its_first_characters_literal_at_the_top():
    # single-character words that end there were one class `[却未]` at the top level: the regex engine then has no
    # first characters to scan for, and a search of a long text holding none of the words costs ~100x; at the top
    # each is its own literal branch (inside a node a class stays), matching the same spans
    import re
    words = ["却", "未", "不足", "不够", "缺乏"]
    pattern = asp.word_trie_alternation(words)
    assert pattern == "不[够足]|缺乏|却|未"
    plain = re.compile("|".join(sorted(words, key=len, reverse=True)))
    text = "经费不足，人手却不够，也未见缺乏之外的问题。"
    assert [m.span() for m in re.finditer(pattern, text)] == [m.span() for m in plain.finditer(text)]
    assert asp.word_trie_alternation(["治理", "治安", "治"]) == "治[安理]?"  # (inside a node: one class)
