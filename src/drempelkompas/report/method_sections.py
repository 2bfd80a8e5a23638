"""The method's sections of the plan and the meeting pack as reportlab flowables: the commitment
matrix and its gaps, the contributions and their spread, the latest drempelscan, the phase gate."""

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from drempelkompas.report.flowables import bullets, data_table, markup
from drempelkompas.report.method_texts import MX
from drempelkompas.report.method_words import MethodWords
from drempelkompas.report.styles import TEXT_WIDTH
from drempelkompas.report.texts import Wording

Heading = Callable[[str, str], list[Flowable]]  # (text, bookmark key) -> the heading's flowables


def method_sections(
    method: dict, phase: str, words: Wording, styles: dict, heading: Heading
) -> list[Flowable]:
    texts = MethodWords(method, phase, words)
    story: list[Flowable] = []
    story += _commitment(texts, styles, heading)
    story += _ledger(texts, styles, heading)
    story += _scan(texts, styles, heading)
    story += _gate(texts, styles, heading)
    return story


def _commitment(texts: MethodWords, s: dict, heading: Heading) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(60 * mm), *heading(texts.t(MX.COMMITMENT), "commitment-matrix")]
    story.append(Paragraph(markup(texts.commitment_intro()), s["small"]))
    header, rows = texts.commitment_table()
    if rows:
        first = TEXT_WIDTH * 0.28
        story.append(data_table(header, rows, s, [first] + [(TEXT_WIDTH - first) / 3] * 3))
    story.append(Spacer(1, 2 * mm))
    gaps = texts.commitment_gaps()
    return story + bullets(gaps or [texts.t(MX.COMMITMENT_COMPLETE)], s["bullet"])


def _ledger(texts: MethodWords, s: dict, heading: Heading) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(50 * mm), *heading(texts.t(MX.LEDGER), "ledger")]
    if not texts.has_contributions():
        return [*story, Paragraph(markup(texts.t(MX.NO_CONTRIBUTIONS)), s["body"])]
    story.append(Paragraph(markup(texts.t(MX.LEDGER_INTRO)), s["small"]))
    header, rows = texts.ledger_table()
    widths = [0.21, 0.16, 0.17, 0.16, 0.16, 0.14]
    story += [data_table(header, rows, s, [TEXT_WIDTH * w for w in widths]), Spacer(1, 2 * mm)]
    return story + bullets(texts.ledger_lines(), s["bullet"])


def _scan(texts: MethodWords, s: dict, heading: Heading) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(45 * mm), *heading(texts.t(MX.SCAN), "scan")]
    if texts.method["scan"] is None:
        return [*story, Paragraph(markup(texts.t(MX.NO_SCAN)), s["body"])]
    story.append(Paragraph(markup(texts.scan_intro()), s["small"]))
    header, rows = texts.scan_table()
    story += [data_table(header, rows, s, [TEXT_WIDTH / len(header)] * len(header)), Spacer(1, 2 * mm)]
    return story + bullets(texts.scan_lines(), s["bullet"])


def _gate(texts: MethodWords, s: dict, heading: Heading) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(40 * mm), *heading(texts.t(MX.GATE), "phase-gate")]
    story += [Paragraph(markup(line), s["body"]) for line in texts.gate_lines()]
    story.append(Paragraph(markup(texts.next_gate_heading()), s["body"]))
    return story + bullets(texts.next_gate_criteria(), s["bullet"], bullet="")
