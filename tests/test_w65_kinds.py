"""Part 65 kinds fixed by w65 (issue 8), each on a small text of the test's own: a written question's items that ask
whether the authorities will act (``当局会否研究…？`` on lines of their own), a typology's subjectless remedy clause
(``…，应由…提供…``, ``…，应以…为主``) and an editorial's awaited reform (``我们期待一场…的深刻变革``)."""

from costs import assert_linear
from summarizer import aspects as asp
from summarizer import points as pt
from summarizer.pipeline import summarize_document


def _points(text: str) -> dict[str, list[str]]:
    doc = summarize_document(text)
    return {side: [p.text for e in doc.essays for p in getattr(e, side)] for side in ("challenges", "recommendations")}


def test_written_question_items_propose_whatever_their_verb():
    text = ("屋邨居民反映區內缺乏診所，長者看病要長途跋涉，而且小巴班次疏落，候車時間很長。\n"
            "1、請問當局會否研究在屋邨增設社區診所，方便長者就近求診？\n"
            "2、當局會否考慮增加小巴班次，並延長服務時間？\n")
    rec = _points(text)["recommendations"]
    assert rec == ["請問當局會否研究在屋邨增設社區診所，方便長者就近求診", "當局會否考慮增加小巴班次，並延長服務時間"]


def test_question_item_with_a_problem_clause_first_is_left_to_heading_rules():
    # the proposing word stands after a clause of its own: the item is not read as one proposal
    assert pt.PROPOSAL_OPENING_CHARS == 8
    assert not asp.has_cue("路面的井盖下雨时容易令人滑倒"[:pt.PROPOSAL_OPENING_CHARS], "proposal_question")


def test_subjectless_ying_remedy_after_a_described_group():
    assert pt.measure_tail_clause("应由社福体系提供紧急安置")
    assert pt.measure_tail_clause("应以租金补贴为主")
    assert not pt.measure_tail_clause("应由此可见")  # no actor and act
    assert not pt.measure_tail_clause("应以此为戒")  # no main means named
    text = ("第一級為獨居且沒有親人的長者，完全得不到家庭支援，應由社福機構提供緊急安置。\n\n"
            "第二級為收入偏低、負擔沉重的雙職家庭，屬於「顧不來」，應以托育津貼為主，並搭配臨時托管服務。\n")
    pts = _points(text)
    assert any("應由社福機構提供緊急安置" in p for p in pts["recommendations"])
    assert any("應以托育津貼為主" in p for p in pts["recommendations"])
    assert not any("托育津貼" in p for p in pts["challenges"])


def test_awaited_reform_is_a_recommendation():
    assert asp.awaits_reform("我们期待一场关于医疗体制的深刻变革。")
    assert asp.awaits_reform("社会期盼一次真正的税制改革")
    assert not asp.awaits_reform("我们期待一场精彩的比赛。")  # no reform awaited
    assert not asp.awaits_reform("这是一场深刻的变革，影响了几代人。")  # no verb of awaiting, not at the end
    assert asp.prose_aspect("我们期待一场关于医疗体制的深刻变革。") == asp.RECOMMENDATION


def test_new_readers_are_linear():
    assert_linear(lambda n: asp.awaits_reform("我们期待一场" + "改" * n + "变革"), 20_000, "awaits_reform long run")
    assert_linear(lambda n: asp.awaits_reform("期待一场，" * n), 5_000, "awaits_reform many clauses")
    assert_linear(lambda n: pt.measure_tail_clause("应由" + "社" * n), 20_000, "ying you long clause")
    assert_linear(lambda n: pt.measure_tail_clause("应以" + "补" * n), 20_000, "ying yi long clause")


def test_counterfactual_remedy_is_no_measure():
    # what a subsidy or a law was meant to do (原本应/本应 + a remedy verb), told as failed: no recommendation
    assert not asp.remedies_problem("原本应减轻家长负担的补助，反而推高了学费。")
    assert asp.prose_aspect("原本应减轻家长负担的补助，反而推高了学费。") != asp.RECOMMENDATION
    assert not asp.remedies_problem("本应缓解交通拥堵的新路，却成了停车场。")
    assert asp.remedies_problem("通过建立交流机制，缓解教师短缺的矛盾。")  # a measure still


def test_office_statement_plans_are_no_points():
    # a government office's press reply that opens by thanking the public: its own work and plans are its account
    text = ("環境保護局感謝市民對垃圾分類計劃的關注，並重視議員提出的意見。"
            "局方一直按照既定時間表推展工作，未來將繼續加強宣傳，提升回收設施的覆蓋率。"
            "與此同時，環保局亦會檢討回收商的合約條款，確保回收物得到妥善處理。\n")
    assert _points(text) == {"challenges": [], "recommendations": []}
    # the reading needs the thanks that opens the page, and a subject that is an office speaking of itself
    assert pt._OFFICE_THANKS.match("环境保护局今天公布垃圾分类计划") is None
    assert pt._OFFICE_SELF_SUBJECT.match("与此同时，环保局亦会检讨") is not None
    assert pt._OFFICE_SELF_SUBJECT.match("政府应检讨合约条款") is None


def test_repeated_cases_heading_splits_no_essay():
    # one essay whose two parts each hold a 借鏡國外案例 section: the repeated heading names a section, no essay title
    text = ("自前年以來,連續多月人口數呈現負成長。事實上,本地正面臨少子化、老齡化、人口流失三大問題,這不僅影響勞動市場,"
            "也將對社會福利、經濟發展帶來深遠衝擊。透過國際案例的分析,我將從多個層面探討人口困境的可能解決方案。\n"
            "去年的出生人數僅九千餘人,與死亡人數形成明顯落差。連續多月的負成長,顯示生育率持續低迷,原因包括:\n"
            "◇經濟壓力:高房價、低薪資、育兒成本高,讓年輕人不敢生。\n◇社會價值觀改變:晚婚、不婚族群增加。\n"
            "◇女性職涯考量:職場對育嬰政策的支持不足,使女性生育意願降低。\n"
            "借鏡國外案例\n◇法國:透過現金補助與托育補助三管齊下,讓生育率回升。\n◇瑞典:提供長達一年的帶薪育嬰假,提高生育率。\n"
            "本地的可能解方\n◇提高育兒補助:加碼生育獎勵金,第二胎補助五萬元。\n◇擴大公共托育資源:增加公立托嬰中心,減少家長育兒負擔。\n"
            "◇企業友善職場:推動彈性工時,減少女性因生育被迫退出職場。\n"
            "本地65歲以上人口已近兩成,即將邁入超高齡社會,帶來以下問題:\n◇醫療與長照支出飆升:政府的長照預算將持續增加。\n"
            "◇勞動力不足:年輕勞動人口減少,產業缺工嚴重。\n◇社會孤獨感上升:高齡者獨居比例增加,影響身心健康。\n"
            "借鏡國外案例\n◇日本:推動銀髮再就業計畫,鼓勵長者參與社會活動,如擔任導覽員等。\n"
            "◇德國:鼓勵年輕人與老年人共同居住,提供租金減免,\n")
    assert len(summarize_document(text).essays) == 1
