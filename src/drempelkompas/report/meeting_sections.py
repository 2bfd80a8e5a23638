"""The sections of a meeting's documents as reportlab flowables: the header block, the proposed
decisions (or, in the decision list, what was decided), what changed, overdue and undated
barriers, points of attention, commitment per level, actions, progress and the plan's state.

The texts of every section come from `MeetingWords`, which the OpenDocument version shares.
"""

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, TableStyle

from drempelkompas.domain import meeting as m
from drempelkompas.domain.enums import Level, Outcome, Phase, Precondition
from drempelkompas.report.flowables import (
    bullets,
    data_table,
    heading,
    key_value_table,
    markup,
    markup_lines,
    paragraphs,
)
from drempelkompas.report.meeting_texts import CHANGE_TEXTS, MT
from drempelkompas.report.method_sections import method_sections
from drempelkompas.report.progress_chart import progress_chart
from drempelkompas.report.sections import gap_points
from drempelkompas.report.styles import BOLD, FAINT, TEXT_WIDTH, paragraph_styles
from drempelkompas.report.texts import T, Wording

KEPT_TOGETHER = 1200  # characters: a shorter proposed decision is not split over two pages


def point_styles() -> dict[str, ParagraphStyle]:
    """A proposed decision: its number hanging in the margin, the text indented beside it."""
    body = paragraph_styles()["body"]
    indent = 8 * mm
    return {
        "point": ParagraphStyle("point", parent=body, fontName=BOLD, leftIndent=indent, bulletIndent=0),
        "point_text": ParagraphStyle("point_text", parent=body, leftIndent=indent),
        "point_small": ParagraphStyle(
            "point_small", parent=body, leftIndent=indent, fontSize=8, leading=10, textColor=FAINT
        ),
    }


class MeetingWords:
    """A meeting snapshot's texts in one language, as lines and tables, for the PDF and the ODT."""

    def __init__(self, snapshot: dict, words: Wording) -> None:
        self.snapshot = snapshot
        self.words = words
        self.pack = snapshot["kind"] == m.PACK

    def t(self, text: str) -> str:
        return self.words.t(text)

    def title(self) -> str:
        return self.t(MT.MEETING_PACK) if self.pack else self.t(MT.DECISION_LIST)

    def page_header(self) -> str:
        meeting = self.snapshot["meeting"]
        return self.t(MT.BODY_ON_DATE).format(body=meeting["body"], date=self.words.date(meeting["date"]))

    def facts(self) -> list[tuple[str, str]]:
        meeting, collaboration = self.snapshot["meeting"], self.snapshot["collaboration"]
        previous = self.snapshot["previous_meeting"]
        rows = [
            (self.t(MT.BODY), meeting["body"]),
            (self.t(MT.MEETING_DATE), self.words.date(meeting["date"])),
            (self.t(MT.CHAIR), meeting["chair"]),
            (self.t(MT.CASE_NUMBER), meeting["case_number"]),
            (self.t(MT.PORTFOLIO_HOLDER), meeting["portfolio_holder"]),
            (self.t(MT.COLLABORATION), collaboration["name"]),
            (self.t(T.PHASE), self.words.label(Phase(collaboration["phase"]))),
            (self.t(MT.PREVIOUS_MEETING), self.words.date(previous) if previous else self.t(MT.NONE_BEFORE)),
        ]
        return [(key, value) for key, value in rows if value]

    def about(self, decision: dict) -> str:
        if decision["barrier"] is None:
            return self.t(MT.GENERAL_POINT)
        precondition = self.words.label(Precondition(decision["precondition"]))
        return self.t(MT.ABOUT_BARRIER).format(title=decision["barrier"], precondition=precondition)

    def outcome(self, decision: dict) -> str:
        if decision["outcome"] is None:
            return self.t(MT.NOT_RECORDED)
        return self.words.label(Outcome(decision["outcome"]))

    def new_action(self, decision: dict) -> str:
        if not decision["action"]:
            return ""
        due = self.words.date(decision["action_due"]) if decision["action_due"] else self.t(T.NOT_SET)
        return self.t(MT.ACTION_BY).format(
            action=decision["action"], owner=decision["action_owner"] or self.t(T.NOT_SET), date=due
        )

    def recorded_by(self) -> str:
        """Who recorded the meeting's outcomes in the app, or "" when that is not known (older)."""
        names = list(dict.fromkeys(d["recorded_by"] for d in self.snapshot["decisions"]))
        names = [name for name in names if name]
        return self.t(MT.RECORDED_BY).format(names=", ".join(names)) if names else ""

    def changes_heading(self) -> str:
        previous = self.snapshot["previous_meeting"]
        if previous is None:
            return self.t(MT.CHANGES_SO_FAR)
        return self.t(MT.CHANGES_SINCE).format(date=self.day(previous))

    def change_points(self) -> list[str]:
        points = []
        for kind in m.CHANGE_KINDS:
            alike = [c for c in self.snapshot["changes"] if c["kind"] == kind]
            if alike:
                titles = ", ".join(self._change_title(change) for change in alike)
                points.append(self.t(CHANGE_TEXTS[kind]).format(count=len(alike), titles=titles))
        return points

    def _change_title(self, change: dict) -> str:
        if change["kind"] == m.CHANGE_MOVED:
            old, new = (self.words.label(Precondition(change[end])) for end in ("from", "to"))
        elif change["kind"] == m.CHANGE_REASSIGNED:
            old, new = (change[end] or self.t(MT.NOBODY) for end in ("from", "to"))
        else:
            return f"“{change['title']}”"
        return self.t(MT.FROM_TO).format(title=change["title"], old=old, new=new)

    def day(self, iso: str) -> str:
        """A date that stays on one line in a table or heading."""
        return self.words.date(iso).replace(" ", "\u00a0")

    def barrier_rows(self, barriers: list[dict]) -> list[list[str]]:
        """Barrier, precondition, owner, due date."""
        none = self.t(T.NOT_SET)
        return [
            [
                b["title"],
                self.words.label(Precondition(b["precondition"])),
                b["owner"] or none,
                self.day(b["due_date"]) if b["due_date"] else none,
            ]
            for b in barriers
        ]

    def barrier_header(self) -> list[str]:
        return [self.t(MT.BARRIER), self.t(T.PRECONDITION), self.t(T.OWNER), self.t(T.DUE_DATE)]

    def commitment_header(self) -> list[str]:
        return [self.t(T.LEVEL)] + [self.words.label(p) for p in Precondition]

    def commitment_rows(self) -> list[list[str]]:
        table = self.snapshot["commitment"]
        rows = []
        for level in [*(level.value for level in Level), "none"]:
            name = self.words.label(Level(level)) if level != "none" else self.t(MT.NO_LEVEL)
            cells = [
                self.t(MT.OPEN_OWNED).format(**table[level][p.value])
                if table[level][p.value]["open"]
                else "–"
                for p in Precondition
            ]
            rows.append([name, *cells])
        return rows

    def action_header(self) -> list[str]:
        return [self.t(MT.WHAT), self.t(MT.WHO), self.t(T.LEVEL), self.t(MT.DUE)]

    def action_rows(self) -> list[list[str]]:
        none = self.t(T.NOT_SET)
        return [
            [
                f"{a['title']}: {a['next_action'] or none}",
                a["owner"] or none,
                self.words.label(Level(a["level"])) if a["level"] else none,
                self.day(a["due_date"]) if a["due_date"] else none,
            ]
            for a in self.snapshot["actions"]
        ]

    def progress_header(self) -> list[str]:
        return (
            [self.t(MT.MONTH)] + [self.words.label(p) for p in Precondition] + [self.t(MT.OVERCOME_PER_MONTH)]
        )

    def progress_rows(self) -> list[list[str]]:
        timeline = self.snapshot["timeline"]
        rows = []
        for number, month in enumerate(timeline["months"]):
            overcome = sum(timeline["overcome"][p.value][number] for p in Precondition)
            rows.append(
                [month, *(str(timeline["open"][p.value][number]) for p in Precondition), str(overcome)]
            )
        return rows

    def plan_state(self) -> str:
        state = self.snapshot["plan"]
        names = ", ".join(state["signatories"])
        date = self.words.date(state["signed_off_on"]) if state["signed_off_on"] else ""
        texts = {
            "none": MT.PLAN_NONE,
            "current": MT.PLAN_CURRENT,
            "out_of_date": MT.PLAN_OUT_OF_DATE,
            "withdrawn": MT.PLAN_WITHDRAWN,
        }
        return self.t(texts[state["state"]]).format(number=state["version"], date=date, names=names)


class MeetingSections:
    """The story of a meeting pack or decision list in one language."""

    def __init__(self, snapshot: dict, words: Wording) -> None:
        self.texts = MeetingWords(snapshot, words)
        self.snapshot = snapshot
        self.styles = paragraph_styles() | point_styles()

    def story(self) -> list[Flowable]:
        if not self.texts.pack:
            return self._header() + self._decided()
        return (
            self._header()
            + self._proposed()
            + self._changes()
            + self._overdue()
            + self._attention()
            + self._commitment()
            + self._method()
            + self._actions()
            + self._progress()
            + self._plan()
        )

    def _method(self) -> list[Flowable]:
        phase = self.snapshot["collaboration"]["phase"]
        return method_sections(self.snapshot["method"], phase, self.texts.words, self.styles, self._h1)

    def _h1(self, text: str, key: str) -> list[Flowable]:
        """A section's heading, which starts a new page rather than stand alone at the foot of one."""
        return [CondPageBreak(45 * mm), *heading(text, key, self.styles["h1"])]

    def _body(self, text: str) -> Paragraph:
        return Paragraph(markup(text), self.styles["body"])

    def _header(self) -> list[Flowable]:
        s, texts = self.styles, self.texts
        name = self.snapshot["collaboration"]["name"]
        return [
            *heading(texts.title(), "cover", s["title"]),
            *paragraphs(name, s["subtitle"]),
            Spacer(1, 2 * mm),
            key_value_table(texts.facts(), s, TEXT_WIDTH, 42 * mm),
            Spacer(1, 4 * mm),
        ]

    def _proposed(self) -> list[Flowable]:
        texts = self.texts
        story = self._h1(texts.t(MT.PROPOSED_DECISIONS), "decisions")
        decisions = self.snapshot["decisions"]
        if not decisions:
            return [*story, self._body(texts.t(MT.NO_PROPOSALS))]
        story.append(self._body(texts.t(MT.PROPOSED_INTRO)))
        for decision in decisions:
            story += self._numbered_point(decision)
        return story

    def _numbered_point(self, decision: dict, decided: bool = False) -> list[Flowable]:
        """A proposed decision under its number, indented; a short one is kept on one page, a long
        one (a proposal may be pages long) flows on."""
        s, texts = self.styles, self.texts
        first, *rest = markup_lines(decision["proposal"]) or [""]
        body: list[Flowable] = [Paragraph(first, s["point"], bulletText=f"{decision['number']}.")]
        body += [Paragraph(line, s["point"]) for line in rest]
        body.append(Paragraph(markup(texts.about(decision)), s["point_small"]))
        if decided:
            body.append(Paragraph(markup(f"{texts.t(MT.OUTCOME)}: {texts.outcome(decision)}"), s["point"]))
            if decision["wording"]:
                body += paragraphs(f"{texts.t(MT.DECISION)}: {decision['wording']}", s["point_text"])
            if decision["action"]:
                action = f"{texts.t(MT.NEW_ACTION)}: {texts.new_action(decision)}"
                body += paragraphs(action, s["point_text"])
        body.append(Spacer(1, 3 * mm))
        short = sum(len(line) for line in (decision["proposal"], decision["wording"], decision["action"]))
        return [KeepTogether(body)] if short < KEPT_TOGETHER else body

    def _decided(self) -> list[Flowable]:
        texts = self.texts
        story = self._h1(texts.t(MT.DECISIONS), "decisions")
        decisions = self.snapshot["decisions"]
        if not decisions:
            return [*story, self._body(texts.t(MT.NO_DECISIONS))]
        for decision in decisions:
            story += self._numbered_point(decision, decided=True)
        if any(d["outcome"] == Outcome.DEFERRED.value for d in decisions):
            story.append(Paragraph(markup(texts.t(MT.DEFERRED_RETURN)), self.styles["small"]))
        if recorded_by := texts.recorded_by():
            story.append(Paragraph(markup(recorded_by), self.styles["small"]))
        return story

    def _changes(self) -> list[Flowable]:
        story = self._h1(self.texts.changes_heading(), "changes")
        points = self.texts.change_points()
        if not points:
            return [*story, self._body(self.texts.t(MT.NO_CHANGES))]
        return story + bullets(points, self.styles["bullet"])

    def _overdue(self) -> list[Flowable]:
        s, texts = self.styles, self.texts
        story = self._h1(texts.t(MT.OVERDUE_AND_UNDATED), "overdue")
        widths = [TEXT_WIDTH * w for w in (0.36, 0.22, 0.2, 0.22)]
        for label, key, empty in (
            (MT.OVERDUE, "overdue", MT.NONE_OVERDUE),
            (MT.UNDATED, "undated", MT.NONE_UNDATED),
        ):
            story.append(Paragraph(markup(texts.t(label)), s["h2"]))
            barriers = self.snapshot[key]
            if barriers:
                story.append(data_table(texts.barrier_header(), texts.barrier_rows(barriers), s, widths))
            else:
                story.append(self._body(texts.t(empty)))
        return story

    def _attention(self) -> list[Flowable]:
        texts = self.texts
        story = self._h1(texts.t(T.POINTS_OF_ATTENTION), "attention")
        gaps = self.snapshot["gaps"]
        if not gaps:
            return [*story, self._body(texts.t(T.NO_GAPS))]
        return story + bullets(gap_points(gaps, texts.words), self.styles["bullet"])

    def _commitment(self) -> list[Flowable]:
        s, texts = self.styles, self.texts
        widths = [TEXT_WIDTH * 0.2] * 5
        table = data_table(texts.commitment_header(), texts.commitment_rows(), s, widths)
        table.setStyle(TableStyle([("FONT", (0, 1), (0, -1), BOLD, 8.5)]))
        return [
            *self._h1(texts.t(MT.COMMITMENT_PER_LEVEL), "commitment"),
            Paragraph(markup(texts.t(MT.COMMITMENT_INTRO)), s["small"]),
            Spacer(1, 2 * mm),
            table,
        ]

    def _actions(self) -> list[Flowable]:
        s, texts = self.styles, self.texts
        story = self._h1(texts.t(MT.ACTIONS), "actions")
        rows = texts.action_rows()
        if not rows:
            return [*story, self._body(texts.t(MT.NO_ACTIONS))]
        widths = [TEXT_WIDTH * w for w in (0.44, 0.18, 0.16, 0.22)]
        intro = Paragraph(markup(texts.t(MT.ACTIONS_INTRO)), s["small"])
        return [*story, intro, data_table(texts.action_header(), rows, s, widths)]

    def _progress(self) -> list[Flowable]:
        s, texts = self.styles, self.texts
        story = self._h1(texts.t(MT.PROGRESS), "progress")
        timeline = self.snapshot["timeline"]
        if not timeline["months"]:
            return [*story, self._body(texts.t(MT.NO_HISTORY))]
        widths = [TEXT_WIDTH * 0.12] + [TEXT_WIDTH * 0.17] * 4 + [TEXT_WIDTH * 0.2]
        return [
            *story,
            Paragraph(markup(texts.t(MT.PROGRESS_INTRO)), s["small"]),
            progress_chart(timeline, texts.words, TEXT_WIDTH),
            data_table(texts.progress_header(), texts.progress_rows(), s, widths),
        ]

    def _plan(self) -> list[Flowable]:
        return [*self._h1(self.texts.t(MT.PLAN_STATE), "plan"), self._body(self.texts.plan_state())]
