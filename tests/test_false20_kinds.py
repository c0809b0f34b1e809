"""false20: kinds of false points removed in general (inputs written for these tests)."""
from summarizer import aspects as asp


def _view(text: str, point: str) -> bool:
    start = text.index(point)
    return asp.reports_scholar_view(text, start, start + len(point))


def test_office_holder_view_relayed_is_neither():
    # a minister's words relayed by a report: the clause after his verb of saying is his view, not the author's
    text = "交通部长王某在答问时说，增设收费站只会加重司机负担。"
    assert _view(text, "增设收费站只会加重司机负担")


def test_office_holder_explains_is_neither():
    text = "对此，部长李某就解释，与邻国交流，让官员有机会学习他国的经验。"
    assert _view(text, "让官员有机会学习他国的经验")


def test_author_who_takes_up_a_view_speaks_himself():
    # the author speaks first (我支持…议员提出的…) and takes the view up: his own point, not a relayed one
    text = "主席，我支持陈议员提出的方向，要求政府必须制订全面的青年政策。"
    assert not _view(text, "要求政府必须制订全面的青年政策")


def test_plain_sentence_without_speaker_is_kept():
    text = "目前公共交通班次太少，居民出行十分不便。"
    assert not _view(text, "居民出行十分不便")


def test_scholar_view_still_read():
    text = "有学者从治理能力出发，认为基层政府面临人手不足的困局。"
    assert _view(text, "基层政府面临人手不足的困局")
