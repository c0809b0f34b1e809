"""Leftover kinds of Parts 14-17 of the aspect corpus (729, 731, 732, 733, 738, 739, 747 and subhead narration), each on
texts written for these tests (none copies a corpus string).

1. A risk stated as a negated condition (``…若没有同步提高待遇，只是在加速人才流失``) argues for the act it negates: the
   act is a recommendation (:func:`summarizer.points.negated_conditions`), the sentence no challenge. The gold of 732
   now agrees with 628 (the same column), 650, 655 and 763; a condition whose act is too short to name a measure
   (``若政府不管，…问题只会日益恶化``) keeps its sentence as a challenge.
"""

from __future__ import annotations

from aspect_helpers import points


def test_a_negated_condition_risk_gives_its_act_as_a_recommendation():
    ch, rec = points("社區托育人手長期緊缺，保育員薪資偏低、流動率高。"
                     "托育服務擴張若沒有同步提高保育員待遇，只是在加速人才流失。")
    assert rec == ["同步提高保育員待遇"]
    assert ch == ["社區托育人手長期緊缺，保育員薪資偏低、流動率高"]
    # negative: an act too short to be a measure (管) leaves the warning as the challenge it states
    ch, rec = points("社區托育人手長期緊缺，保育員薪資偏低、流動率高。若政府不管，托育問題只會日益惡化。")
    assert rec == []
    assert "若政府不管，托育問題只會日益惡化" in ch
