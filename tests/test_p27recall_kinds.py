"""p27recall: Part 27's missed points, kinds 1 (plain complaints, requests and requirements) and 6 (clause
boundaries). Texts written for these tests."""

from summarizer import aspects, pipeline


def _points(text: str) -> dict[str, list[tuple[str, int, int]]]:
    essay = pipeline.analyze(text)[0]
    return {k: [(essay.text[p.start:p.end], p.start, p.end) for p in v] for k, v in essay.points.items()}


# --- a subject's 要 over the stance it is to act from, then a run of measures (aspects._stance_modal_clause) ---------

def test_stance_modal_run_prescribes():
    s = "各校要从安全第一的高度,全面落实责任,切实抓好整改落实。"
    assert aspects.weak_modal_run(s)
    assert aspects.prose_aspect(s) == aspects.RECOMMENDATION
    assert aspects.weak_modal_run("我们要拿出攻坚克难的劲头,加强统筹,完善机制。")
    text = ("检查组指出:\n食堂卫生较差,台账不全。\n组长强调:\n"
            "各校要从安全第一的高度,全面落实校园安全的各项责任,切实抓好整改落实。")
    got = _points(text)
    assert got[aspects.RECOMMENDATION] == [("各校要从安全第一的高度,全面落实校园安全的各项责任,切实抓好整改落实", 26, 60)]
    assert got[aspects.CHALLENGE] == [("食堂卫生较差,台账不全", 7, 18)]


def test_stance_modal_run_not_reported_or_negated():
    # a subject that reports or wishes, or a negated modal: no stance prescribed by the author
    assert not aspects.weak_modal_run("他说要从长远的角度,研究这件事,加强沟通。")
    assert not aspects.weak_modal_run("各校不要从个人的角度,研究这件事,加强沟通。")
    # a stance clause with no measure after it
    assert not aspects.weak_modal_run("各校要从安全第一的高度,这是大家的共识。")
