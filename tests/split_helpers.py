"""Helpers shared by the essay-split tests (``tests/test_essays_split4*.py``): a text cleaned and split as the
pipeline does, and two paragraphs of prose written for these tests (a problem, then measures)."""

from summarizer.clean import clean
from summarizer.essays import split_essays
from summarizer.script import simplified_view

#: A paragraph that states a problem (no corpus text).
PROSE_A = ("老旧小区建成时没有预留停车位，道路两侧停满车辆，消防通道被长期占用。物业无权处罚，居民之间矛盾不断，"
           "投诉多年得不到解决。")
#: A paragraph that states measures.
PROSE_B = ("应当把闲置地块改建为立体停车场，并由街道牵头统一管理。错时共享机关单位的车位，夜间向周边居民开放，"
           "收费标准向社会公开。")


def split_text(text: str):
    """The essays (:class:`summarizer.essays.Essay` list) that :func:`summarizer.essays.split_essays` finds in ``text``
    once cleaned (:func:`summarizer.clean.clean`), read in its Simplified view, with the cleaning's record breaks,
    bylines and records, as the pipeline splits a document."""
    ct = clean(text)
    return split_essays(simplified_view(ct.text), ct.breaks, ct.bylines, ct.records)
