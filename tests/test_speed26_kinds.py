"""speed26: first-pass work the points stage did not need, removed with the outputs unchanged.

Behaviour and exactness only (never timing): each shared fact against what it replaces, each gate against the
reading with the gate open, each reordered reading on small inputs written here (a positive and a negative case).
"""

from __future__ import annotations

import random

import pytest

from summarizer import aspects as asp
from summarizer import points as pts
from summarizer.pipeline import forget_document_memos


# -- longest_first: a group's words longest first, built once ------------------------------------------------------


def test_longest_first_is_the_sorted_group_for_every_group():
    for group, words in asp.lexicon().groups.items():
        assert asp.longest_first(group) == tuple(sorted(words, key=len, reverse=True)), group


def test_longest_first_is_built_once_and_kept_across_documents():
    first = asp.longest_first("back_reference")
    forget_document_memos()  # (a process memo: the lexicon is loaded once)
    assert asp.longest_first("back_reference") is first
    assert asp.longest_first("no_such_group_speed26") == ()


def test_readers_that_used_the_per_call_sort_read_as_before():
    # _announces_ahead: 以下 looks ahead; after a back reference (这两个方面) it does not
    assert asp._announces_ahead("目前存在以下几个方面的问题")
    assert not asp._announces_ahead("这两个方面，政府都有能力解决，却解决不力")
    # problem_then_appeal: the problem clause, then the fix after 建议
    got = pts.problem_then_appeal("小区绿化做得不够到位，建议增加绿化植被。")
    assert got is not None and got[1][0] > got[0][0]
    assert pts.problem_then_appeal("小区绿化做得很好，居民都很满意。") is None


# -- linear cost ---------------------------------------------------------------------------------------------------


def test_long_line_and_many_tiny_sentences():
    line = "为了减轻负担，政府没有公布以下时间表，" * 5500  # (about 100,000 characters)
    asp._announces_ahead(line)
    tiny = ["为了。", "政府未。", "不是以下。"] * 3400
    for t in tiny:
        asp._announces_ahead(t)
