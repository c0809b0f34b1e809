"""A measure stated with a copula between its modal and its action (issue 8, a paper abstract: ``目标模式应当是建立…``),
tested on texts written for the tests."""

import pytest

from summarizer import aspects as asp


@pytest.mark.parametrize("sentence, expected", [
    ("社区养老的发展方向应当是建立以居家为基础、以社区为依托的服务网络。", asp.RECOMMENDATION),
    ("社区养老的发展方向应当是建立以居家为基础、以社区为依托的服务网络，这个网络要覆盖每个街道的老人。",
     asp.RECOMMENDATION),
    ("社区养老的发展方向是建立服务网络。", None),  # no modal: a description, not a measure
    ("这应当是大家的共识。", None),  # a copula with no action after it
])
def test_a_modal_then_a_copula_then_an_action_prescribes(sentence, expected):
    assert asp.prose_aspect(sentence) == expected
