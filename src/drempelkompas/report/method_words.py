"""The method's part of a plan or meeting snapshot in one language, as lines and tables: shared by
the PDFs and the OpenDocument meeting pack."""

from drempelkompas.domain.catalog import TYPICAL_BARRIERS_BY_KEY
from drempelkompas.domain.commitment import gap_template
from drempelkompas.domain.enums import CommitmentState, GateDecision, Level, Phase, Precondition, Sector
from drempelkompas.domain.gates import CRITERION_TEXTS, GATE_CONTEXT
from drempelkompas.report.method_texts import MX
from drempelkompas.report.texts import T, Wording


def euros(value: int, language_code: str) -> str:
    """A whole number of euros as the language writes it: "€ 12.500" in Dutch, "€ 12,500" in English."""
    digits = f"{value:,}"
    return "€ " + (digits.replace(",", ".") if language_code == "nl" else digits)


def tenths(value: int | None, language_code: str) -> str:
    if value is None:
        return "–"
    text = f"{value // 10}.{value % 10}"
    return text.replace(".", ",") if language_code == "nl" else text


class MethodWords:
    def __init__(self, method: dict, phase: str, words: Wording) -> None:
        self.method = method
        self.phase = Phase(phase)
        self.words = words
        self.code = words.language.code

    def t(self, text: str) -> str:
        return self.words.t(text)

    # commitment

    def commitment_intro(self) -> str:
        return self.t(MX.COMMITMENT_INTRO).format(phase=self.words.label(self.phase))

    def commitment_table(self) -> tuple[list[str], list[list[str]]]:
        header = [self.t(MX.PARTNER), *(self.words.label(level) for level in Level)]
        rows: dict[str, list[str]] = {}
        for cell in self.method["commitments"]:
            rows.setdefault(cell["partner"], [cell["partner"]]).append(self._cell(cell))
        return header, list(rows.values())

    def _cell(self, cell: dict) -> str:
        state = self.words.label(CommitmentState(cell["state"]))
        since = self.words.date(cell["since"]) if cell["since"] else ""
        if cell["person"] and since:
            return self.t(MX.STATE_PERSON_SINCE).format(state=state, person=cell["person"], date=since)
        if cell["person"]:
            return self.t(MX.STATE_PERSON).format(state=state, person=cell["person"])
        return self.t(MX.STATE_SINCE).format(state=state, date=since) if since else state

    def commitment_gaps(self) -> list[str]:
        return [
            self.words.language.translate("Commitment", gap_template(gap["kind"], gap["level"])).format(
                partner=gap["partner"]
            )
            for gap in self.method["commitment_gaps"]
        ]

    # ledger

    def ledger_table(self) -> tuple[list[str], list[list[str]]]:
        header = [
            self.t(MX.PARTNER),
            self.t(MX.SECTOR),
            self.t(MX.CONTRIBUTIONS),
            self.t(MX.PLEDGED),
            self.t(MX.DELIVERED),
            self.t(MX.SHARE),
        ]
        rows = [
            [
                row["name"],
                self.words.label(Sector(row["sector"])),
                str(row["contributions"]),
                euros(row["pledged"], self.code),
                euros(row["delivered"], self.code),
                f"{row['share']}%",
            ]
            for row in self.method["ledger"]["partners"]
        ]
        partners = self.method["ledger"]["partners"]
        rows.append(
            [
                self.t(T.TOTAL),
                "",
                str(sum(r["contributions"] for r in partners)),
                euros(sum(r["pledged"] for r in partners), self.code),
                euros(sum(r["delivered"] for r in partners), self.code),
                "",
            ]
        )
        return header, rows

    def has_contributions(self) -> bool:
        return any(row["contributions"] for row in self.method["ledger"]["partners"])

    def ledger_lines(self) -> list[str]:
        ledger = self.method["ledger"]
        if ledger["even"] is None:
            lines = [self.t(MX.SPREAD_UNKNOWN)]
        elif ledger["even"]:
            lines = [self.t(MX.SPREAD_EVEN)]
        else:
            share = next(r["share"] for r in ledger["partners"] if r["name"] == ledger["largest"])
            lines = [self.t(MX.SPREAD_UNEVEN).format(partner=ledger["largest"], share=share)]
        if ledger["without"]:
            lines.append(self.t(MX.WITHOUT).format(partners=", ".join(ledger["without"])))
        return lines

    # scan

    def scan_intro(self) -> str:
        scan = self.method["scan"]
        return self.t(MX.SCAN_INTRO).format(date=self.words.date(scan["held_on"]), count=scan["respondents"])

    def scan_table(self) -> tuple[list[str], list[list[str]]]:
        scan = self.method["scan"]
        previous = scan["previous"]
        header = [self.t(T.PRECONDITION), self.t(MX.LATEST)]
        if previous:
            header.append(self.t(MX.PREVIOUS_ROUND).format(date=self.words.date(previous["held_on"])))
        rows = []
        for precondition in Precondition:
            row = [self.words.label(precondition), tenths(scan["scores"][precondition.value], self.code)]
            if previous:
                row.append(tenths(previous["scores"][precondition.value], self.code))
            rows.append(row)
        return header, rows

    def scan_lines(self) -> list[str]:
        high = self.method["scan"]["high"]
        if not high:
            return []
        titles = ", ".join(f"“{self.words.catalog(TYPICAL_BARRIERS_BY_KEY[key].title)}”" for key in high)
        return [self.t(MX.HIGH).format(titles=titles)]

    # gates

    def gate_lines(self) -> list[str]:
        gate = self.method["gate"]
        if gate is None:
            return [self.t(MX.NO_GATE)]
        line = self.t(MX.LAST_GATE).format(
            decision=self.words.label(GateDecision(gate["decision"])),
            from_phase=self.words.label(Phase(gate["from_phase"])),
            to_phase=self.words.label(Phase(gate["to_phase"])),
            date=self.words.date(gate["decided_on"]),
            by=gate["decided_by"],
        )
        return [line + (f" {gate['note']}" if gate["note"] else "")]

    def next_gate_heading(self) -> str:
        coming = self.method["next_gate"]
        if coming["to_phase"] is None:
            return self.t(MX.LAST_PHASE)
        return self.t(MX.NEXT_GATE).format(phase=self.words.label(Phase(coming["to_phase"])))

    def next_gate_criteria(self) -> list[str]:
        return [
            f"{'✓' if met else '✗'} {self.words.language.translate(GATE_CONTEXT, CRITERION_TEXTS[key])} "
            f"({self.t(MX.MET) if met else self.t(MX.NOT_MET)})"
            for key, met in self.method["next_gate"]["criteria"]
        ]
