"""Problems listed with ``、`` inside one clause that a verb frames and a problem noun names (issue 8: ``仍然面临A、B、C
等问题``, ``面临着A、B、C的发展瓶颈``, ``仍存在A、B以及C等问题``), tested on texts written for the tests: each item is a
challenge of its own."""

import pytest

from summarizer import points
from summarizer.pipeline import summarize_document


def _items(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in points.framed_problems(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("但长期以来，乡村文化站面临着专业人员流失快、活动经费来源少、群众参与热情低的发展困境，难以发挥作用。",
     ["专业人员流失快", "活动经费来源少", "群众参与热情低"]),
    ("部分街道仍存在网格划分不合理、巡查记录流于形式以及考核结果运用不够等问题。",
     ["网格划分不合理", "巡查记录流于形式", "考核结果运用不够"]),
    ("当前面临黑客攻击、病毒传播、数据泄露等风险。", []),  # labels of kinds of risk, no problem stated each
    ("社区存在人力、物力等问题。", []),  # items too short to be points
    ("社区面临人员流失快的问题。", []),  # one item: no enumeration
    ("志愿者包括退休教师、在校大学生、社区党员。", []),  # no frame verb, no problem noun
    ("面临专业人员流失快、活动经费来源少，群众参与热情低等问题。", []),  # the clause ends before the noun
])
def test_framed_problems_reads_each_item_of_the_enumeration(sentence, expected):
    assert _items(sentence) == expected


def test_an_abstract_that_frames_an_enumeration_of_problems_gives_one_challenge_each():
    text = ("乡村文化站建设研究\n\n乡村文化站是基层公共文化服务的重要阵地。但长期以来，乡村文化站面临着专业人员流失快、"
            "活动经费来源少、群众参与热情低的发展困境，难以发挥应有作用。本文以某县为例，提出相应的对策。")
    essays = summarize_document(text).essays
    challenges = [p.text for e in essays for p in e.challenges]
    for item in ("专业人员流失快", "活动经费来源少", "群众参与热情低"):
        assert any(item in c and len(c) < 20 for c in challenges), (item, challenges)


def test_framed_problems_is_linear():
    assert points.framed_problems("面临" * 50_000) == []
    assert len(points.framed_problems("面临" + "人员流失快、" * 20_000 + "经费来源少等问题")) == 20_001
    assert points.framed_problems("面临人员流失快、经费来源少等问题。" * 10_000) != []
