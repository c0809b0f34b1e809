"""One memo for the stages' pure functions of a text (``summarizer.chars.text_memo``: the aspects stage's and the
Simplified view's), and one batch record for the CLI's batch and the service's batch endpoint
(``summarizer.batch.summarize_text_record`` with ``guard``/``reraise``)."""

import contextlib

import pytest

from summarizer import aspects, batch, script
from summarizer.chars import text_memo
from summarizer.errors import ModelNotAvailableError, TooManyEssaysError


def test_text_memo_remembers_short_texts_and_empties_when_full():
    calls = []
    size = [3]

    def length(text):
        calls.append(text)
        return len(text)

    memo = text_memo(length, 5, lambda: size[0])
    assert [memo(t) for t in ("一", "一", "二二", "三三三")] == [1, 1, 2, 3]
    assert calls == ["一", "二二", "三三三"]  # the second 一 was remembered
    info = memo.cache_info()
    assert (info.hits, info.misses, info.maxsize, info.currsize) == (1, 3, 3, 3)
    memo("四四四四")  # the memo is full: emptied, then the new text stored
    assert memo.cache_info().currsize == 1 and memo.cache_info().misses == 4
    memo("长" * 6)  # longer than max_chars: computed, never stored
    memo("长" * 6)
    assert calls[-2:] == ["长" * 6, "长" * 6] and memo.cache_info().currsize == 1
    size[0] = 1  # the bound is read at each store
    memo("五")
    assert memo.cache_info().currsize == 1
    memo.cache_clear()
    assert tuple(memo.cache_info()) == (0, 0, 1, 0)
    assert memo.__wrapped__ is length


def test_the_aspects_memos_and_the_view_memo_are_the_shared_memo(monkeypatch):
    monkeypatch.setattr(script, "_VIEW_MEMO_SIZE", 2)
    script.simplified_view.cache_clear()
    assert [script.simplified_view(t) for t in ("機會", "問題", "機會")] == ["机会", "问题", "机会"]
    assert script.simplified_view.cache_info().hits == 1
    script.simplified_view("發展")  # a third text: the memo of two is emptied first
    assert script.simplified_view.cache_info().currsize == 1
    script.simplified_view.cache_clear()
    monkeypatch.setattr(aspects, "_REMEMBERED_SIZE", 2)
    memo = aspects._remembered(str.upper)
    for t in ("a", "b", "c"):
        memo(t)
    assert memo.cache_info().currsize == 1 and memo.cache_info().maxsize == 2


ESSAYS = "".join(f"篇{n}\n第{n}篇的题目\n一、存在的问题\n基层人员严重不足，工作负担过重。\n" for n in "一二三")


def test_a_guard_turns_its_errors_into_the_record():
    @contextlib.contextmanager
    def renamed():
        try:
            yield
        except TooManyEssaysError as exc:
            raise TooManyEssaysError(exc.essays, exc.limit, "SERVER_MAX_ESSAYS") from None

    record = batch.summarize_text_record("d1", ESSAYS, max_essays=1, guard=renamed)
    assert record["id"] == "d1" and record["error"]["type"] == "input_too_large"
    assert "SERVER_MAX_ESSAYS" in record["error"]["message"] and "3" in record["error"]["message"]
    plain = batch.summarize_text_record("d1", ESSAYS, max_essays=1)
    assert plain["error"]["type"] == "input_too_large" and "max_essays" in plain["error"]["message"]
    assert len(batch.summarize_text_record("d1", ESSAYS, max_essays=3, guard=renamed)["essays"]) == 3


def test_reraise_lets_the_named_errors_through(monkeypatch):
    def unavailable(*args, **kwargs):
        raise ModelNotAvailableError("no checkpoint at /srv/models/x")

    monkeypatch.setattr(batch, "summarize", unavailable)
    assert batch.summarize_text_record("d1", "文本。")["error"]["type"] == "model_not_available"
    with pytest.raises(ModelNotAvailableError):
        batch.summarize_text_record("d1", "文本。", reraise=(ModelNotAvailableError,))
