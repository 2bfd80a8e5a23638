"""The sections of the plan, as reportlab flowables: cover, summary and chart, points of attention,
a section per precondition with its barriers, the lessons used, and the sign-off page.

Every user text is escaped before it reaches a Paragraph: nothing in it is read as markup, and
characters the fonts lack show as a visible marker.
"""

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from drempelkompas.domain import plan
from drempelkompas.domain.catalog import LESSONS_BY_KEY, precondition_info
from drempelkompas.domain.enums import Level, PartnerRole, Phase, Precondition, Sector, Status
from drempelkompas.domain.plan import Withdrawal
from drempelkompas.report.flowables import (
    bullets,
    data_table,
    heading,
    key_value_table,
    markup,
    markup_lines,
    paragraphs,
)
from drempelkompas.report.meeting_texts import MT
from drempelkompas.report.method_sections import method_sections
from drempelkompas.report.page import BarrierHeading, Bookmark, SignatureArea
from drempelkompas.report.progress_chart import progress_chart
from drempelkompas.report.styles import (
    ACCENT,
    BOLD,
    CHART_COLOURS,
    FONT,
    SHADE,
    SIGNATURE_AREA_HEIGHT,
    TEXT_WIDTH,
    paragraph_styles,
    printable,
)
from drempelkompas.report.texts import GAP_GROUPS, T, Wording


def plan_order(barriers: list[dict]) -> list[dict]:
    """Barriers as the plan lists them: highest impact first, then the earliest due date, undated last."""
    return sorted(barriers, key=lambda b: (-b["impact"], b["due_date"] is None, b["due_date"] or ""))


def plan_texts(snapshot: dict):
    """Every text of the snapshot the plan prints (for the check on characters the fonts lack)."""
    collaboration = snapshot["collaboration"]
    yield collaboration["name"]
    yield collaboration["ambition"]
    for partner in collaboration["partners"]:
        yield partner["name"]
    for barrier in snapshot["barriers"]:
        yield from (barrier["title"], barrier["description"], barrier["owner"], barrier["next_action"])
        lesson = barrier["lesson"]
        if lesson is not None and lesson["key"] is None:
            yield from (lesson["title"], lesson["summary"], *lesson["key_points"])
    for signatory in snapshot["signatories"]:
        yield from (signatory["name"], signatory["role"])
    since = snapshot.get("since_previous")
    if since:
        yield from (*since["overcome"], *since["removed"])


def gap_points(gaps: list[dict], words: Wording) -> list[str]:
    """The points of attention in words: one point per kind when several barriers lack the same."""
    by_kind: dict[str, list[dict]] = {}
    for gap in gaps:
        by_kind.setdefault(gap["kind"], []).append(gap)
    language = words.language
    points = []
    for kind, alike in by_kind.items():
        if len(alike) > 1 and kind in GAP_GROUPS:
            titles = ", ".join(_gap_title(gap, words) for gap in alike)
            points.append(words.t(GAP_GROUPS[kind]).format(count=len(alike), titles=titles))
        else:
            points += [plan.gap_text(gap, language.translate, language.format_date) for gap in alike]
    return points


def _gap_title(gap: dict, words: Wording) -> str:
    if "due_date" in gap:
        return words.t(T.TITLE_DUE).format(title=gap["title"], date=words.date(gap["due_date"]))
    return f"“{gap['title']}”"


class PlanSections:
    """The story of one plan snapshot in one language."""

    def __init__(
        self, snapshot: dict, wording: Wording, withdrawal: Withdrawal | None = None, recorded_by: str = ""
    ) -> None:
        self.snapshot = snapshot
        self.words = wording
        self.withdrawal = withdrawal
        self.recorded_by = recorded_by  # who recorded the sign-off in the app ("": not known)
        self.styles = paragraph_styles()
        self.draft = snapshot["status"] != "signed_off"
        self.fingerprint = plan.fingerprint(snapshot)
        self.lessons = self._lessons_used()  # lesson uuid -> (number, lesson), in order of first use

    def story(self) -> list[Flowable]:
        return (
            self._cover()
            + self._summary()
            + self._progress()
            + self._gaps()
            + self._method()
            + self._barriers()
            + self._lessons_section()
            + self._sign_off()
        )

    def text(self, text: str) -> str:
        """A fixed text of class T, ready for a Paragraph."""
        return markup(self.words.t(text))

    def withdrawal_text(self) -> str:
        withdrawal = self.withdrawal
        return self.words.t(T.WITHDRAWN_ON).format(
            date=self.words.date(withdrawal.at.isoformat()), name=withdrawal.by, reason=withdrawal.reason
        )

    def _heading(self, text: str, key: str, style: str = "h1", level: int = 0) -> list[Flowable]:
        return heading(text, key, self.styles[style], level)

    def _cover(self) -> list[Flowable]:
        s, collaboration = self.styles, self.snapshot["collaboration"]
        if self.withdrawal is not None:
            status = self.words.t(T.STATUS_WITHDRAWN)
        else:
            status = self.words.t(T.STATUS_DRAFT) if self.draft else self.words.t(T.STATUS_SIGNED_OFF)
        story: list[Flowable] = [
            Bookmark(printable(f"{self.words.t(T.ACTION_PLAN)}: {collaboration['name']}"), "cover"),
            Spacer(1, 30 * mm),
            Paragraph(self.text(T.ACTION_PLAN), s["title"]),
            Spacer(1, 4 * mm),
            *self._paragraphs(collaboration["name"], s["subtitle"]),
        ]
        if self.withdrawal is not None:
            story.append(Paragraph(markup(self.withdrawal_text()), s["warning"]))
        if collaboration["ambition"]:
            story.append(Paragraph(self.text(T.AMBITION), s["label"]))
            story += self._paragraphs(collaboration["ambition"], s["body"])
        rows = [
            (self.words.t(T.VERSION), str(self.snapshot["version"])),
            (self.words.t(T.STATUS), status),
            (self.words.t(T.DATE), self.words.date(self.snapshot["created_at"])),
            (self.words.t(T.PHASE), self.words.label(Phase(collaboration["phase"]))),
        ]
        story += [Spacer(1, 6 * mm), self._key_value_table(rows)]
        story += [
            Spacer(1, 6 * mm),
            Paragraph(self.text(T.PARTNERS), s["h2"]),
        ]
        partners = collaboration["partners"]
        if not partners:
            story.append(Paragraph(self.text(T.NO_PARTNERS), s["body"]))
        for sector in Sector:
            names = [
                f"{p['name']} ({self.words.label(PartnerRole(p['role']))})"
                for p in partners
                if p["sector"] == sector.value
            ]
            if names:
                story.append(
                    Paragraph(
                        f"<b>{markup(self.words.label(sector))}</b>: {markup('; '.join(names))}", s["body"]
                    )
                )
        story.append(PageBreak())
        return story

    def _summary(self) -> list[Flowable]:
        s, summary = self.styles, self.snapshot["summary"]
        header = [self.words.t(T.PRECONDITION)] + [self.words.label(status) for status in Status]
        rows = [
            [Paragraph(markup(header[0]), s["cell_bold"])]
            + [Paragraph(markup(h), s["number_heading"]) for h in header[1:]]
        ]
        totals = dict.fromkeys(Status, 0)
        for precondition in Precondition:
            counts = summary[precondition.value]
            rows.append(
                [Paragraph(markup(self.words.label(precondition)), s["cell"])]
                + [str(counts[status.value]) for status in Status]
            )
            for status in Status:
                totals[status] += counts[status.value]
        rows.append(
            [Paragraph(self.text(T.TOTAL), s["cell_bold"])] + [str(totals[status]) for status in Status]
        )
        table = Table(rows, colWidths=[TEXT_WIDTH * 0.4] + [TEXT_WIDTH * 0.2] * 3, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 9),
                    ("FONT", (1, -1), (-1, -1), BOLD, 9),
                    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, SHADE]),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return [
            *self._heading(self.words.t(T.SUMMARY), "summary"),
            Paragraph(
                markup(self.words.t(T.SUMMARY_INTRO)),
                s["body"],
            ),
            Spacer(1, 3 * mm),
            table,
            Spacer(1, 6 * mm),
            self._chart(),
        ]

    def _chart(self) -> Drawing:
        summary = self.snapshot["summary"]
        drawing = Drawing(TEXT_WIDTH, 62 * mm, initialFontName=FONT)
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 10 * mm, 12 * mm, TEXT_WIDTH - 60 * mm, 46 * mm
        chart.data = [[summary[p.value][status.value] for p in Precondition] for status in Status]
        chart.categoryAxis.categoryNames = [self.words.label(p) for p in Precondition]
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = 8
        chart.valueAxis.labels.fontName = FONT
        chart.valueAxis.labels.fontSize = 8
        chart.valueAxis.valueMin = 0
        highest = max((max(row) for row in chart.data), default=0)
        chart.valueAxis.valueStep = max(1, (highest + 4) // 5)
        chart.valueAxis.valueMax = max(1, highest) * 1.15  # room for the values above the bars
        chart.barSpacing = 1
        chart.groupSpacing = 8
        # Values on the bars, and colours of clearly different lightness: legible in black and white.
        chart.barLabelFormat = lambda value: f"{value:.0f}" if value else ""
        chart.barLabels.fontName, chart.barLabels.fontSize = FONT, 7
        chart.barLabels.boxAnchor, chart.barLabels.dy = "s", 1.5
        for number, status in enumerate(Status):
            chart.bars[number].fillColor = CHART_COLOURS[status]
            chart.bars[number].strokeColor = colors.black
            chart.bars[number].strokeWidth = 0.4
        legend = Legend()
        legend.x, legend.y = TEXT_WIDTH - 44 * mm, 50 * mm
        legend.fontName, legend.fontSize = FONT, 8
        legend.strokeColor, legend.strokeWidth = colors.black, 0.4
        legend.colorNamePairs = [(CHART_COLOURS[status], self.words.label(status)) for status in Status]
        drawing.add(chart)
        drawing.add(legend)
        return drawing

    def _progress(self) -> list[Flowable]:
        """Progress over time, and what changed since the previous version (snapshots of format 3)."""
        if "timeline" not in self.snapshot:
            return []
        s, words = self.styles, self.words
        story: list[Flowable] = [CondPageBreak(80 * mm), *self._heading(words.t(MT.PROGRESS), "progress")]
        timeline = self.snapshot["timeline"]
        if timeline["months"]:
            story += [
                Paragraph(markup(words.t(MT.PROGRESS_INTRO)), s["small"]),
                progress_chart(timeline, words, TEXT_WIDTH),
            ]
        else:
            story.append(Paragraph(markup(words.t(MT.NO_HISTORY)), s["body"]))
        since = self.snapshot["since_previous"]
        if since is not None:
            story += self._since_previous(since)
        return story

    def _since_previous(self, since: dict) -> list[Flowable]:
        s, words = self.styles, self.words
        version = since["version"]
        header = [
            words.t(T.PRECONDITION),
            words.t(T.OPEN_AT_VERSION).format(number=version),
            words.t(T.OPEN_NOW),
        ]
        rows = [
            [words.label(p), str(since["open_before"][p.value]), str(since["open_now"][p.value])]
            for p in Precondition
        ]
        rows.append(
            [words.t(T.TOTAL), str(sum(since["open_before"].values())), str(sum(since["open_now"].values()))]
        )
        points = []
        for key, text in (("overcome", T.SINCE_OVERCOME), ("removed", T.SINCE_REMOVED), ("new", T.SINCE_NEW)):
            if since[key]:
                titles = ", ".join(f"“{title}”" for title in since[key])
                points.append(words.t(text).format(count=len(since[key]), titles=titles))
        story: list[Flowable] = [
            Paragraph(markup(words.t(T.SINCE_VERSION).format(number=version)), s["h2"]),
            data_table(header, rows, s, [TEXT_WIDTH * 0.4, TEXT_WIDTH * 0.3, TEXT_WIDTH * 0.3]),
            Spacer(1, 2 * mm),
        ]
        return story + bullets(points or [words.t(T.SINCE_NOTHING)], s["bullet"])

    def _gaps(self) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [
            Spacer(1, 4 * mm),
            *self._heading(self.words.t(T.POINTS_OF_ATTENTION), "attention"),
        ]
        gaps = self.snapshot["gaps"]
        if not gaps:
            story.append(Paragraph(self.text(T.NO_GAPS), s["body"]))
        return story + bullets(gap_points(gaps, self.words), s["bullet"])

    def _method(self) -> list[Flowable]:
        """Commitment, contributions, drempelscan and phase gate (snapshots of format 4)."""
        if "method" not in self.snapshot:
            return []
        phase = self.snapshot["collaboration"]["phase"]
        return method_sections(self.snapshot["method"], phase, self.words, self.styles, self._heading)

    def _barriers(self) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = []
        for precondition in Precondition:
            barriers = plan_order(
                [b for b in self.snapshot["barriers"] if b["precondition"] == precondition.value]
            )
            info = precondition_info(precondition)
            story += [
                PageBreak(),
                *self._heading(self.words.catalog(info.title), precondition.value),
                Paragraph(markup(self.words.catalog(info.explanation)), s["small"]),
                Spacer(1, 3 * mm),
            ]
            if not barriers:
                story.append(
                    Paragraph(
                        self.text(T.NO_OPEN_BARRIERS),
                        s["body"],
                    )
                )
            for number, barrier in enumerate(barriers, 1):
                story += self._barrier(precondition, number, barrier)
        return story

    def _barrier(self, precondition: Precondition, number: int, barrier: dict) -> list[Flowable]:
        s = self.styles
        none = self.words.t(T.NOT_SET)
        details = [
            (self.words.t(T.STATUS), self.words.label(Status(barrier["status"]))),
            (self.words.t(T.IMPACT), f"{barrier['impact']} / 5"),
            (
                self.words.t(T.LEVEL),
                self.words.label(Level(barrier["level"])) if barrier["level"] else none,
            ),
            (self.words.t(T.OWNER), barrier["owner"] or none),
            (
                self.words.t(T.DUE_DATE),
                self.words.date(barrier["due_date"]) if barrier["due_date"] else none,
            ),
        ]
        # Few flowables per barrier, as reportlab's cost is per flowable: the heading keeps itself
        # off the foot of a page, the shaded details line names the lesson, the next action
        # carries its label.
        story: list[Flowable] = [
            BarrierHeading(f"{number}. {markup(barrier['title'])}", s["barrier"], room=30 * mm),
            Paragraph(self._details_text(details, barrier["lesson"]), s["details"]),
        ]
        if barrier["description"]:
            story += self._paragraphs(barrier["description"], s["body"])
        lines = markup_lines(barrier["next_action"]) or [markup(none)]
        lines[0] = f"{self.text(T.NEXT_ACTION)}: {lines[0]}"  # one font: reportlab's fast path
        story += [Paragraph(line, s["body"]) for line in lines[:-1]]
        story.append(Paragraph(lines[-1], s["closing"]))  # its space after ends the barrier
        return story

    def _lessons_used(self) -> dict[str, tuple[int, dict]]:
        used: dict[str, tuple[int, dict]] = {}
        for precondition in Precondition:
            for barrier in plan_order(
                [b for b in self.snapshot["barriers"] if b["precondition"] == precondition.value]
            ):
                lesson = barrier["lesson"]
                if lesson is not None and lesson["uuid"] not in used:
                    used[lesson["uuid"]] = (len(used) + 1, lesson)
        return used

    def _lesson_texts(self, lesson: dict) -> tuple[str, str, list[str]]:
        """Title, summary and key points; a built-in lesson's in the plan's language."""
        info = LESSONS_BY_KEY.get(lesson["key"] or "")
        if info is None:
            return lesson["title"], lesson["summary"], lesson["key_points"]
        points = [self.words.catalog(point) for point in info.key_points]
        return self.words.catalog(info.title), self.words.catalog(info.summary), points

    def _lesson_reference(self, lesson: dict | None) -> str:
        """The barrier's lesson in words; its full text is in the lessons section."""
        if lesson is None:
            return self.words.t(T.NO_LESSON)
        number, _ = self.lessons[lesson["uuid"]]
        label = self.words.t(T.LESSON_SUGGESTED) if lesson["suggested"] else self.words.t(T.LESSON)
        title = self._lesson_texts(lesson)[0]
        return f"{label}: {title} ({self.words.t(T.SEE_LESSON).format(number=number)})"

    def _lessons_section(self) -> list[Flowable]:
        s = self.styles
        if not self.lessons:
            return []
        story: list[Flowable] = [
            PageBreak(),
            *self._heading(self.words.t(T.LESSONS_USED), "lessons"),
            Paragraph(self.text(T.LESSONS_INTRO), s["small"]),
            Spacer(1, 2 * mm),
        ]
        for number, lesson in self.lessons.values():
            title, summary, points = self._lesson_texts(lesson)
            story += [CondPageBreak(30 * mm), Paragraph(f"{number}. {markup(title)}", s["h2"])]
            story += self._paragraphs(summary, s["lesson"]) if summary else []
            story += [Paragraph(markup(point), s["bullet"], bulletText="–") for point in points]
        return story

    def _sign_off(self) -> list[Flowable]:
        s = self.styles
        signatories = self.snapshot["signatories"]
        story: list[Flowable] = [
            PageBreak(),
            *self._heading(self.words.t(T.SIGN_OFF), "sign-off"),
        ]
        if self.draft:
            story.append(Paragraph(markup(self.words.t(T.DRAFT_NOTICE)), s["body"]))
        else:
            story.append(
                Paragraph(
                    markup(self.words.t(T.APPROVED_NOTICE).format(number=self.snapshot["version"])),
                    s["body"],
                )
            )
            if self.recorded_by:
                recorded = self.words.t(T.RECORDED_BY).format(name=self.recorded_by)
                story.append(Paragraph(markup(recorded), s["body"]))
        if self.withdrawal is not None:
            story.append(Paragraph(markup(self.withdrawal_text()), s["warning"]))
        header = [
            self.words.t(T.NAME),
            self.words.t(T.ROLE),
            self.words.t(T.LEVEL),
            self.words.t(T.DATE),
            self.words.t(T.SIGNATURE),
        ]
        rows = [
            [Paragraph(markup(header[0]), s["cell_bold"])]
            + [Paragraph(markup(h), s["number_heading"]) for h in header[1:]]
        ]
        for signatory in signatories:
            rows.append(
                [
                    Paragraph(markup(signatory["name"]), s["cell"]),
                    Paragraph(markup(signatory["role"]), s["cell"]),
                    Paragraph(markup(self.words.label(Level(signatory["level"]))), s["cell"]),
                    Paragraph(markup(self.words.date(signatory["date"])), s["cell"]),
                    "",
                ]
            )
        if not signatories:
            rows += [[""] * 5 for _ in range(3)]
        table = Table(rows, colWidths=[TEXT_WIDTH * w for w in (0.20, 0.23, 0.17, 0.21, 0.19)], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEBELOW", (4, 1), (4, -1), 0.6, colors.black),
                    ("TOPPADDING", (0, 1), (-1, -1), 16),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        story += [Spacer(1, 3 * mm), table, Spacer(1, 10 * mm)]
        if self.draft:  # a draft has no fingerprint anyone can check: it promises nothing
            story.append(Paragraph(self.text(T.DRAFT_NOT_VERIFIABLE), s["small"]))
        else:
            story.append(KeepTogether([self._fingerprint_block()]))
            story += [
                CondPageBreak(SIGNATURE_AREA_HEIGHT + 2 * mm),
                SignatureArea(self.words.t(T.DIGITAL_SIGNATURES)),
            ]
        return story

    def _fingerprint_block(self) -> Table:
        s = self.styles
        qr = QrCodeWidget(self.fingerprint)
        size = 34 * mm
        left, bottom, right, top = qr.getBounds()
        drawing = Drawing(
            size,
            size,
            transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0],
            initialFontName=FONT,
        )
        drawing.add(qr)
        fingerprint_rows = [
            [
                drawing,
                [
                    Paragraph(
                        self.text(T.FINGERPRINT_HEADING),
                        s["label"],
                    ),
                    Paragraph(markup(self.fingerprint[:32]), s["cell"]),
                    Paragraph(markup(self.fingerprint[32:]), s["cell"]),
                    Spacer(1, 2 * mm),
                    Paragraph(
                        markup(self.words.t(T.VERIFY_HINT)),
                        s["small"],
                    ),
                ],
            ]
        ]
        fingerprint_table = Table(fingerprint_rows, colWidths=[size + 6 * mm, TEXT_WIDTH - size - 6 * mm])
        fingerprint_table.setStyle(
            TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP")])
        )
        return fingerprint_table

    # -- building blocks ---------------------------------------------------------------------

    def _key_value_table(self, rows: list[tuple[str, str]]) -> Table:
        return key_value_table(rows, self.styles, TEXT_WIDTH, 40 * mm)

    def _details_text(self, rows: list[tuple[str, str]], lesson: dict | None) -> str:
        """Status, impact, level, owner, due date and lesson in one shaded paragraph, in one font:
        a table, or markup, per barrier would make a long plan several times slower."""
        facts = [f"{k}: {v}" for k, v in rows] + [self._lesson_reference(lesson)]
        return markup("  ·  ".join(facts))

    def _paragraphs(self, text: str, style: ParagraphStyle) -> list[Paragraph]:
        return paragraphs(text, style)
