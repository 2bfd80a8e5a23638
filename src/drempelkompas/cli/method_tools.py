"""`commitment set|list`, `contribution add|list`, `scan add|show`, `phase check|advance`: the
method's own tools on the command line."""

import re

from drempelkompas.cli.common import collaboration_id, open_for, output_language
from drempelkompas.cli.meetings import parse_day
from drempelkompas.domain.catalog import TYPICAL_BARRIERS_BY_KEY
from drempelkompas.domain.enums import (
    CommitmentState,
    ContributionKind,
    ContributionState,
    GateDecision,
    Labelled,
    Level,
    Precondition,
)
from drempelkompas.domain.errors import FieldName, ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.runtime import i18n
from drempelkompas.services import commitments, contributions, phase_gates, scans
from drempelkompas.services import validation as v
from drempelkompas.services.collaborations import get_collaboration
from drempelkompas.services.csv_io import level_from_text
from drempelkompas.services.partners import find_partner
from drempelkompas.services.scan_answers import read_answers

# The values in Dutch too, as the help texts name them: fixed words, like a file format's.
_DUTCH_WORDS = {
    "niet_gevraagd": CommitmentState.NOT_ASKED,
    "gevraagd": CommitmentState.ASKED,
    "ingetrokken": CommitmentState.WITHDRAWN,
    "kennis": ContributionKind.KNOWLEDGE,
    "netwerk": ContributionKind.NETWORK,
    "communicatie": ContributionKind.COMMUNICATION,
    "faciliteiten": ContributionKind.FACILITIES,
    "uren": ContributionKind.HOURS,
    "lidmaatschap": ContributionKind.MEMBERSHIP,
    "subsidie": ContributionKind.SUBSIDY,
    "geleverd": ContributionState.DELIVERED,
}
# "toegezegd" is a commitment's "committed" and a contribution's "pledged".
_PROMISED = {CommitmentState: CommitmentState.COMMITTED, ContributionState: ContributionState.PLEDGED}
_AMOUNT = re.compile(r"\d{1,3}([., ]\d{3})+|\d+")


# -- commitment ------------------------------------------------------------------------------


def set_commitment(args) -> None:
    open_for(args, writable=True)
    collaboration = collaboration_id(args.collaboration)
    partner = find_partner(collaboration, args.partner)
    level = _level(args.level)
    state = _member(CommitmentState, args.state, v.STATE) if args.state else None
    on = parse_day(args.date) if args.date else None
    commitments.set_commitment(collaboration, partner, level, state, args.person, on, args.note)
    cell = next(
        c for c in commitments.matrix(collaboration) if c.partner_uuid == partner and c.level is level
    )
    print(
        i18n.translate("Cli", "{partner}, {level}: {state}.").format(
            partner=cell.partner, level=i18n.label(level), state=_state_text(cell)
        )
    )


def list_commitments(args) -> None:
    open_for(args)
    collaboration = collaboration_id(args.collaboration)
    cells = commitments.matrix(collaboration)
    if not cells:
        print(i18n.translate("Cli", "The collaboration has no partners yet."))
        return
    rows = [[i18n.translate("Cli", "Partner"), *(i18n.label(level) for level in Level)]]
    for start in range(0, len(cells), len(Level)):
        row = cells[start : start + len(Level)]
        rows.append([row[0].partner, *(_state_text(cell) for cell in row)])
    _print_columns(rows)
    found = commitments.gaps(collaboration)
    phase = i18n.label(get_collaboration(collaboration).phase)
    if found:
        print()
        print(i18n.translate("Cli", "Missing for the phase {phase}:").format(phase=phase))
        for gap in found:
            print(f"  {gap.text(i18n.translate)}")
    else:
        print(
            i18n.translate("Cli", "The commitment the phase {phase} asks for is there.").format(phase=phase)
        )


def _state_text(cell: commitments.CommitmentView) -> str:
    text = i18n.label(cell.state)
    if cell.person:
        text += f" ({cell.person})"
    if cell.since:
        text += f" {cell.since.isoformat()}"
    return text


# -- contribution ----------------------------------------------------------------------------


def add_contribution(args) -> None:
    open_for(args, writable=True)
    collaboration = collaboration_id(args.collaboration)
    partner = find_partner(collaboration, args.partner)
    contributions.add_contribution(
        collaboration,
        partner,
        _member(ContributionKind, args.kind, v.KIND),
        args.description or "",
        _member(ContributionState, args.state, v.STATE) if args.state else ContributionState.PLEDGED,
        parse_day(args.starts) if args.starts else None,
        parse_day(args.ends) if args.ends else None,
        _amount(args.value) if args.value else None,
    )
    count = len(contributions.contributions(collaboration))
    print(i18n.translate("Cli", "Added; the ledger has {count} contributions.").format(count=count))


def list_contributions(args) -> None:
    open_for(args)
    collaboration = collaboration_id(args.collaboration)
    if args.output:
        from drempelkompas.documents.method_files import save_ledger_csv

        count = save_ledger_csv(args.output, collaboration, output_language(args))
        print(
            i18n.translate("Cli", "Wrote {count} contributions to {file}.").format(
                count=count, file=args.output
            )
        )
        return
    found = contributions.contributions(collaboration)
    if not found:
        print(i18n.translate("Cli", "No contributions yet."))
    rows = [
        [
            i18n.translate("Cli", "Partner"),
            i18n.translate("Cli", "Kind"),
            i18n.translate("Cli", "State"),
            i18n.translate("Cli", "Period"),
            i18n.translate("Cli", "Value"),
            i18n.translate("Cli", "Description"),
        ]
    ]
    for c in found:
        period = (
            " – ".join(d.isoformat() if d else "…" for d in (c.starts_on, c.ends_on))
            if (c.starts_on or c.ends_on)
            else ""
        )
        rows.append(
            [c.partner, i18n.label(c.kind), i18n.label(c.state), period, _euros(c.value), c.description]
        )
    if found:
        _print_columns(rows)
        _print_totals(contributions.summary(collaboration))


def _print_totals(summary: contributions.LedgerSummary) -> None:
    print()
    print(i18n.translate("Cli", "Per partner:"))
    for partner in summary.partners:
        totals = summary.per_partner[partner.uuid]
        share = summary.spread.shares.get(partner.uuid, 0.0)
        print(
            "  "
            + i18n.translate(
                "Cli", "{partner}: {value}, {share}% of the costs (contributions: {count})"
            ).format(
                partner=partner.name,
                count=totals.contributions,
                value=_euros(totals.value),
                share=round(share * 100),
            )
        )
    print(
        "  "
        + i18n.translate("Cli", "(shares of the costs the partners carry: a subsidy is money from outside)")
    )
    print(i18n.translate("Cli", "Per sector:"))
    for sector, totals in summary.per_sector.items():
        print(
            "  "
            + i18n.translate("Cli", "{sector}: {value} (contributions: {count})").format(
                sector=i18n.label(sector), count=totals.contributions, value=_euros(totals.value)
            )
        )
    names = {p.uuid: p.name for p in summary.partners}
    if summary.spread.even is None:
        print(
            i18n.translate("Cli", "No contribution has a value yet, so the spread of the costs is unknown.")
        )
    elif summary.spread.even:
        print(i18n.translate("Cli", "The costs are spread evenly enough."))
    else:
        print(
            i18n.translate("Cli", "The costs are spread unevenly: {partner} carries {share}%.").format(
                partner=names[summary.spread.largest],
                share=round(summary.spread.shares[summary.spread.largest] * 100),
            )
        )
    if summary.spread.without:
        print(
            i18n.translate("Cli", "Without any contribution: {partners}.").format(
                partners=", ".join(names[uuid] for uuid in summary.spread.without)
            )
        )


def _euros(value: int | None) -> str:
    return "" if value is None else "€ " + i18n.format_number(value)


def _amount(text: str) -> int:
    cleaned = text.replace("€", "").strip()
    if not _AMOUNT.fullmatch(cleaned):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Give the value in whole euros, such as 12500, not {value}."),
            value=text,
        )
    return v.clean_value(int(re.sub(r"\D", "", cleaned)))


# -- scan ------------------------------------------------------------------------------------


def add_scan(args) -> None:
    open_for(args, writable=True)
    collaboration = collaboration_id(args.collaboration)
    answers = read_answers(args.answers)
    partner = find_partner(collaboration, args.partner) if args.partner else None
    scans.add_response(
        collaboration,
        args.respondent,
        answers,
        parse_day(args.date) if args.date else None,
        partner,
        _level(args.level) if args.level else None,
    )
    print(
        i18n.translate("Cli", "Recorded {count} answers of {respondent}.").format(
            count=len(answers), respondent=args.respondent
        )
    )
    _print_profile(collaboration)


def show_scan(args) -> None:
    open_for(args)
    _print_profile(collaboration_id(args.collaboration))


def _print_profile(collaboration: int) -> None:
    found = scans.profiles(collaboration)
    if not found:
        print(i18n.translate("Cli", "No drempelscan yet."))
        return
    rows = [
        [
            i18n.translate("Cli", "Date"),
            i18n.translate("Cli", "Respondents"),
            *(i18n.label(p) for p in Precondition),
        ]
    ]
    for profile in found:
        scores = [profile.preconditions[p] for p in Precondition]
        rows.append(
            [
                profile.held_on.isoformat(),
                str(profile.respondents),
                *("–" if s is None else i18n.format_number(s, 1) for s in scores),
            ]
        )
    print(i18n.translate("Cli", "Average score per precondition (0 does not apply, 4 fully applies):"))
    _print_columns(rows)
    proposed = scans.proposed_cards(collaboration)
    if proposed:
        print(i18n.translate("Cli", "Scoring high, without a card on the board yet:"))
        for key in proposed:
            title = i18n.translate("Catalog", TYPICAL_BARRIERS_BY_KEY[key].title)
            print(f"  {key}: {title}")


# -- phase -----------------------------------------------------------------------------------


def check_phase(args) -> None:
    open_for(args)
    _print_check(phase_gates.check_gate(collaboration_id(args.collaboration)))


def advance_phase(args) -> None:
    open_for(args, writable=True)
    collaboration = collaboration_id(args.collaboration)
    checked = phase_gates.check_gate(collaboration)
    decision = GateDecision.NO_GO if args.no_go else GateDecision.GO
    phase_gates.record_gate(
        collaboration,
        decision,
        args.by,
        args.note or "",
        parse_day(args.date) if args.date else None,
        parse_day(args.meeting) if args.meeting else None,
    )
    _print_check(checked)
    now = get_collaboration(collaboration).phase
    if decision is GateDecision.GO:
        print(
            i18n.translate("Cli", "Go: the collaboration is now in the phase {phase}.").format(
                phase=i18n.label(now)
            )
        )
    else:
        print(
            i18n.translate("Cli", "No go: the collaboration stays in the phase {phase}.").format(
                phase=i18n.label(now)
            )
        )


def _print_check(checked: phase_gates.GateCheck) -> None:
    if checked.next_phase is None:
        print(i18n.translate("Cli", "The collaboration is embedded: there is no next phase."))
        return
    print(
        i18n.translate("Cli", "The gate from {phase} to {next}:").format(
            phase=i18n.label(checked.phase), next=i18n.label(checked.next_phase)
        )
    )
    for criterion in checked.criteria:
        mark = "✓" if criterion.met else "✗"
        names = ", ".join(i18n.label(n) if isinstance(n, Labelled) else n for n in criterion.names)
        extra = f" ({names})" if names else ""
        print(f"  {mark} {i18n.translate('Gate', criterion.text)}{extra}")
    met = sum(c.met for c in checked.criteria)
    print(
        i18n.translate("Cli", "{met} of {count} criteria met.").format(met=met, count=len(checked.criteria))
    )


# -- shared ----------------------------------------------------------------------------------


def _member(kind: type, text: str, field: FieldName):
    """A member of `kind` by its value ("not_asked", also "not-asked") or its label, in English or
    the user's language."""
    wanted = v.name_key(text).replace("-", "_").replace(" ", "_")
    if wanted == "toegezegd" and kind in _PROMISED:
        return _PROMISED[kind]
    if isinstance(_DUTCH_WORDS.get(wanted), kind):
        return _DUTCH_WORDS[wanted]
    for member in kind:
        names = (member.value, member.label, i18n.label(member))
        if wanted in {v.name_key(name).replace("-", "_").replace(" ", "_") for name in names}:
            return member
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{value} is not a valid {field}; choose from: {choices}."),
        value=text,
        field=field,
        choices=", ".join(member.value.replace("_", "-") for member in kind),
    )


def _level(text: str) -> Level:
    return level_from_text(text) or _member(Level, text, v.LEVEL)


def _print_columns(rows: list[list[str]]) -> None:
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
