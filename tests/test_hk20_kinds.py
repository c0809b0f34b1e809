"""hk20: kinds of fault of Traditional-script (Hong Kong, Taiwan, Macau) commentary, on inputs written for the tests."""

from summarizer.clean import clean


def test_traditional_sources_heading_and_its_entries_are_removed():
    text = ("政府應當為拾荒長者提供安全的工作空間，並與社福機構合作，改善他們的處境。\n\n"
            "參考資料：\n"
            "1) 電台節目：回收業的困難\n"
            "2) 某機構的工作重點是規範回收業；支持工人參與回收。\n")
    out = clean(text).text
    assert "政府應當為拾荒長者提供安全的工作空間" in out
    assert "參考資料" not in out
    assert "規範回收業" not in out
    assert "電台節目" not in out


def test_traditional_reference_heading_is_read_in_the_simplified_view():
    text = "我們建議當局檢討政策，增加對回收業的資助。\n\n參考文獻\n[1] 張三，回收業研究，2015，(9)：46-50。\n"
    out = clean(text).text
    assert "增加對回收業的資助" in out
    assert "張三" not in out


def test_sources_word_inside_prose_is_kept():
    text = "這些參考資料說明，回收業面對租金上升的壓力，很多回收商難以營運。\n1) 政府應資助回收商。\n"
    out = clean(text).text
    assert "這些參考資料說明" in out
    assert "政府應資助回收商" in out


from summarizer.points import consequence_harms  # noqa: E402
from summarizer.script import simplified_view  # noqa: E402


def _harms(sentence: str) -> list[str]:
    view = simplified_view(sentence)
    return [sentence[a:b] for a, b in consequence_harms(view)]


def test_consequence_with_its_short_cause_is_a_harm():
    assert _harms("新規定的實施，又造成了小販的收入減少。") == ["新規定的實施，又造成了小販的收入減少"]


def test_consequence_after_a_long_background_starts_at_its_word():
    s = "近年來很多長期病患者都要到專科門診覆診取藥，令醫院藥劑部的工作日益繁重，衍生不少問題。"
    assert _harms(s) == ["令醫院藥劑部的工作日益繁重，衍生不少問題"]


def test_subject_then_causative_ling():
    s = "當局一向拒絕檢討，尤其入息上限令大量有需要的家庭被排拒於計劃以外。"
    assert _harms(s) == ["尤其入息上限令大量有需要的家庭被排拒於計劃以外"]


def test_no_harm_stated_no_point():
    assert _harms("新措施的推行，令服務質素大大提升。") == []


def test_hypothetical_averted_prescribed_or_asked_consequences_are_no_finding():
    assert _harms("如果政府不增加資助，就會導致很多機構難以營運。") == []
    assert _harms("政府應及早介入，以免造成商戶的損失。") == []
    assert _harms("為何政策會令基層市民百上加斤？") == []
    # (a clause that opens with its object, 對…造成…: the cause lies elsewhere; with a subject before it, it is stated)
    assert _harms("有關行為屢禁不止，對社會秩序造成不良影響。") == []
    assert _harms("這些廢料對環境造成嚴重的損害。") == ["這些廢料對環境造成嚴重的損害"]


def test_ling_as_a_noun_is_no_consequence():
    assert _harms("政府頒布禁令，商戶不能營業。") == []


def test_consequence_after_a_long_framed_cause_is_no_finding():
    s = "今年初，由於新型病毒的突發性、高度不確定性及其快速傳播性，導致全港爆發大規模的公共衞生危機。"
    assert _harms(s) == []
    assert _harms("由於人手不足，導致服務質素下降。") == ["由於人手不足，導致服務質素下降"]
