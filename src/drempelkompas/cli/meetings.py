"""`meeting plan|propose|candidates|pack|record|decisions|log`: the steering group's meetings."""

import sys
from datetime import date

from drempelkompas.cli.common import collaboration_id, open_for, output_language
from drempelkompas.documents.meeting_files import save_decision_list, save_meeting_pack
from drempelkompas.domain.enums import Outcome
from drempelkompas.domain.errors import NotFoundError, ValidationError
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP
from drempelkompas.domain.meeting import WHY_TEXTS
from drempelkompas.runtime import i18n
from drempelkompas.services import decisions, meetings
from drempelkompas.services.barrier_views import board
from drempelkompas.services.validation import name_key

#: The body a meeting is of when none is given.
DEFAULT_BODY = QT_TRANSLATE_NOOP("Cli", "Steering group")
_OUTCOMES = {
    "taken": Outcome.TAKEN,
    "genomen": Outcome.TAKEN,
    "deferred": Outcome.DEFERRED,
    "aangehouden": Outcome.DEFERRED,
    "uitgesteld": Outcome.DEFERRED,
    "rejected": Outcome.REJECTED,
    "verworpen": Outcome.REJECTED,
    "afgewezen": Outcome.REJECTED,
}
_DETAILS = ("body", "chair", "case_number", "portfolio_holder")


def plan(args) -> None:
    open_for(args, writable=True)
    collaboration = collaboration_id(args.collaboration)
    held_on = parse_day(args.date)
    meetings.ensure_meeting(collaboration, held_on, **_details(args))
    print(i18n.translate("Cli", "Planned the meeting of {date}.").format(date=i18n.format_date(held_on)))


def _details(args) -> dict:
    """The meeting's details given on the command line, with the body a new meeting gets."""
    given = {key: getattr(args, key, None) for key in _DETAILS}
    return {"default_body": i18n.translate("Cli", DEFAULT_BODY), **given}


def propose(args) -> None:
    open_for(args, writable=True)
    collaboration = collaboration_id(args.collaboration)
    barrier = _barrier_id(collaboration, args.barrier) if args.barrier else None
    decisions.propose_decision(collaboration, args.proposal, barrier)
    count = len(decisions.pending_decisions(collaboration))
    print(
        i18n.translate("Cli", "Proposed; the next meeting has {count} proposed decisions.").format(
            count=count
        )
    )


def candidates(args) -> None:
    open_for(args)
    collaboration = collaboration_id(args.collaboration)
    on = parse_day(args.date) if args.date else _next_meeting_day(collaboration)
    found = decisions.decision_candidates(collaboration, on)
    if not found:
        print(i18n.translate("Cli", "No barrier calls for a decision."))
    for candidate in found:
        reasons = ", ".join(i18n.translate("Meeting", WHY_TEXTS[reason]) for reason in candidate.reasons)
        print(f"{candidate.barrier.title} ({i18n.label(candidate.barrier.precondition)}): {reasons}")


def _next_meeting_day(collaboration: int) -> date:
    """The day of the next meeting still to be recorded, or today without one."""
    coming = [
        m.held_on for m in meetings.meetings(collaboration) if not m.recorded and m.held_on >= date.today()
    ]
    return coming[0] if coming else date.today()


def pack(args) -> None:
    open_for(args, writable=True)  # preparing a pack plans the meeting
    collaboration = collaboration_id(args.collaboration)
    held_on = parse_day(args.date)
    missing = save_meeting_pack(
        args.output, collaboration, held_on, output_language(args), meeting=_details(args)
    )
    print(i18n.translate("Cli", "Wrote the meeting pack to {file}.").format(file=args.output))
    _warn_missing(missing)


def record(args) -> None:
    open_for(args, writable=True)
    collaboration = collaboration_id(args.collaboration)
    held_on = parse_day(args.date)
    meeting = meetings.find_meeting(collaboration, held_on)
    if meeting is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no meeting on {date} for this collaboration."),
            date=held_on.isoformat(),
        )
    if meeting.recorded and not args.correct:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The meeting of {date} is recorded already; add --correct to change the outcomes you name.",
            ),
            date=held_on.isoformat(),
        )
    actions = dict(_action(text) for text in args.action or [])
    decided = []
    for text in args.decision or []:
        number, outcome, wording = _decision(text)
        action, owner, due = actions.pop(number, ("", "", None))
        decided.append(decisions.Recorded(number, outcome, wording, action, owner, due))
    for number, (action, owner, due) in actions.items():  # an action without an outcome: taken
        decided.append(decisions.Recorded(number, Outcome.TAKEN, "", action, owner, due))
    results = decisions.record_meeting(meeting.id, decided)
    print(i18n.translate("Cli", "Recorded the meeting of {date}.").format(date=i18n.format_date(held_on)))
    for point in results:
        print(f"{point.number}. {i18n.translate('Outcome', point.outcome.label)}: {point.proposal}")


def decision_list(args) -> None:
    open_for(args)
    collaboration = collaboration_id(args.collaboration)
    held_on = parse_day(args.date)
    missing = save_decision_list(args.output, collaboration, held_on, output_language(args))
    print(i18n.translate("Cli", "Wrote the decision list to {file}.").format(file=args.output))
    _warn_missing(missing)


def log(args) -> None:
    open_for(args)
    collaboration = collaboration_id(args.collaboration)
    if not meetings.meetings(collaboration) and not decisions.pending_decisions(collaboration):
        print(i18n.translate("Cli", "No meetings yet."))
    for meeting in meetings.meetings(collaboration):
        state = "" if meeting.recorded else " " + i18n.translate("Cli", "(not recorded yet)")
        print(f"{i18n.format_date(meeting.held_on)} — {meeting.body}{state}")
        for point in decisions.meeting_decisions(meeting.id):
            outcome = i18n.translate("Outcome", point.outcome.label)
            wording = f" — {point.wording}" if point.wording else ""
            print(f"  {point.number}. {outcome}: {point.proposal}{wording}")
    pending = decisions.pending_decisions(collaboration)
    if pending:
        print(i18n.translate("Cli", "On the agenda of the next meeting:"))
        for point in pending:
            print(f"  {point.number}. {point.proposal}")


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not a date; write it as YYYY-MM-DD."), value=text
        ) from None


def _decision(text: str) -> tuple[int, Outcome, str]:
    number, _, rest = text.partition("|")
    outcome, _, wording = rest.partition("|")
    found = _OUTCOMES.get(outcome.strip().lower()) or _translated_outcome(outcome)
    if not number.strip().isdigit() or found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", 'Write a decision as "number|taken, deferred or rejected|wording", not "{text}".'
            ),
            text=text,
        )
    return int(number), found, wording


def _translated_outcome(text: str) -> Outcome | None:
    wanted = name_key(text)
    return next((o for o in Outcome if name_key(i18n.translate("Outcome", o.label)) == wanted), None)


def _action(text: str) -> tuple[int, tuple[str, str, date | None]]:
    parts = text.split("|")
    if len(parts) not in (2, 3, 4) or not parts[0].strip().isdigit():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", 'Write an action as "number|action|owner|YYYY-MM-DD", not "{text}".'),
            text=text,
        )
    owner = parts[2] if len(parts) > 2 else ""
    due = parse_day(parts[3]) if len(parts) > 3 and parts[3].strip() else None
    return int(parts[0]), (parts[1], owner, due)


def _barrier_id(collaboration: int, title: str) -> int:
    wanted = name_key(title)
    found = [
        card.id
        for column in board(collaboration).values()
        for card in column
        if name_key(card.title) == wanted
    ]
    if not found:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no barrier titled {title}."), title=title)
    if len(found) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Several barriers are titled {title}; give a more precise title."),
            title=title,
        )
    return found[0]


def _warn_missing(missing: str) -> None:
    if missing:
        print(
            i18n.translate(
                "Cli", "Warning: the PDF's fonts cannot show {characters}; the PDF prints \ufffd instead."
            ).format(characters=" ".join(missing)),
            file=sys.stderr,
        )
