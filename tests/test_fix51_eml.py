"""fix51: a single-part e-mail (.eml) whose body is base64 or quoted-printable is read decoded, not as raw MIME."""

import email.message

import pytest

from summarizer.readers import SUFFIXES, detect_format, read_bytes

BODY = ("关于改进社区垃圾分类的几点想法\n\n"
        "目前小区垃圾分类存在投放点设置不合理、督导人员不足等问题。\n\n"
        "建议优化投放点布局，并招募志愿者在早晚高峰开展督导。\n")


def _mail(cte: str, subtype: str = "plain") -> bytes:
    message = email.message.EmailMessage()
    message["From"] = "someone@example.org"
    message["To"] = "office@example.org"
    message["Subject"] = "社区建议"
    content = BODY if subtype == "plain" else "<p>" + BODY.replace("\n\n", "</p><p>") + "</p>"
    message.set_content(content, subtype=subtype, charset="utf-8", cte=cte)
    return bytes(message)


@pytest.mark.parametrize("cte", ["base64", "quoted-printable"])
def test_single_part_plain_mail_is_decoded(cte):
    data = _mail(cte)
    assert detect_format(data, "note.eml") == "html"
    doc = read_bytes(data, filename="note.eml")
    assert "督导人员不足" in doc.text
    assert "Content-Transfer-Encoding" not in doc.text
    assert "From:" not in doc.text


def test_single_part_html_mail_is_decoded():
    doc = read_bytes(_mail("base64", "html"), filename="note.eml")
    assert "招募志愿者" in doc.text and "<p>" not in doc.text


def test_text_without_a_header_line_first_stays_text():
    # the header words appear, but the file does not open with a header line: a note about e-mail, not a message
    plain = "会议纪要\nMIME-Version: 1.0\nContent-Type: text/plain\n".encode("utf-8")
    assert detect_format(plain, "a.txt") == "text"


def test_eml_suffix_is_walked():
    assert ".eml" in SUFFIXES


def test_mail_subject_becomes_the_title():
    from summarizer import summarize

    doc = read_bytes(_mail("base64"), filename="note.eml")
    assert doc.text.startswith("主题：社区建议\n\n")
    result = summarize(doc)
    assert result.essays[0].title == "社区建议"
    point = next(p for p in result.essays[0].challenges if "督导人员不足" in p.text)
    assert "督导人员不足" in doc.text[point.start:point.end]


def test_web_archive_subject_is_not_prefixed():
    # a saved page names no recipient: its Subject is the page's title, read from the page itself
    archive = ("From: <Saved by Blink>\r\nSubject: 页面标题\r\nMIME-Version: 1.0\r\n"
               "Content-Type: multipart/related; boundary=\"b1\"\r\n\r\n--b1\r\n"
               "Content-Type: text/html; charset=utf-8\r\n\r\n"
               "<html><body><h1>社区垃圾分类的几点想法</h1><p>" + "目前小区垃圾分类存在督导人员不足等问题。" * 3
               + "</p></body></html>\r\n--b1--\r\n").encode("utf-8")
    doc = read_bytes(archive, filename="page.mhtml")
    assert not doc.text.startswith("主题：")
    assert doc.text.startswith("社区垃圾分类的几点想法")


def test_html_mail_headings_follow_the_subject_line():
    message = email.message.EmailMessage()
    message["To"] = "office@example.org"
    message["Subject"] = "情况汇报"
    message.set_content("<html><body><h1>社区垃圾分类的几点想法</h1><p>" + "目前小区垃圾分类存在督导人员不足等问题。" * 3
                        + "</p></body></html>", subtype="html", charset="utf-8", cte="base64")
    doc = read_bytes(bytes(message), filename="report.eml")
    assert doc.text.startswith("主题：情况汇报\n\n")
    assert doc.headings
    for start, end, _level in doc.headings:
        assert doc.text[start:end] == "社区垃圾分类的几点想法"
