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
