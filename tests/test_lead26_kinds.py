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
