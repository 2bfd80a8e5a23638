"""The fixed texts of the method's sections in the plan and the meeting pack (English source;
translated in context "Report", like the plan's)."""

from drempelkompas.domain.markers import QT_TRANSLATE_NOOP


class MX:
    #: Heading of the plan's and the meeting pack's section on the commitment of the partners.
    COMMITMENT = QT_TRANSLATE_NOOP("Report", "Commitment of the partners")
    COMMITMENT_INTRO = QT_TRANSLATE_NOOP(
        "Report",
        "Who commits for each partner at each level. The method asks for more commitment as the "
        "collaboration grows: what the phase {phase} still lacks is listed below the table.",
    )
    COMMITMENT_COMPLETE = QT_TRANSLATE_NOOP("Report", "The commitment the phase asks for is there.")
    PARTNER = QT_TRANSLATE_NOOP("Report", "Partner")
    #: A cell of the commitment matrix: its state, who, and since when.
    STATE_PERSON_SINCE = QT_TRANSLATE_NOOP("Report", "{state}: {person}, since {date}")
    STATE_PERSON = QT_TRANSLATE_NOOP("Report", "{state}: {person}")
    STATE_SINCE = QT_TRANSLATE_NOOP("Report", "{state}, since {date}")
    #: Heading of the section on the in-kind ledger ("start with closed purses").
    LEDGER = QT_TRANSLATE_NOOP("Report", "Contributions (closed purses)")
    LEDGER_INTRO = QT_TRANSLATE_NOOP(
        "Report",
        "What each partner brings in: knowledge, network, communication, facilities and hours first, "
        "money through membership or a subsidy. Values in euros, where known; the share is of the costs "
        "the partners carry themselves, so without subsidies, which are money from outside.",
    )
    NO_CONTRIBUTIONS = QT_TRANSLATE_NOOP("Report", "No contributions are recorded yet.")
    CONTRIBUTIONS = QT_TRANSLATE_NOOP("Report", "Contributions")
    PLEDGED = QT_TRANSLATE_NOOP("Report", "Pledged")
    DELIVERED = QT_TRANSLATE_NOOP("Report", "Delivered")
    SHARE = QT_TRANSLATE_NOOP("Report", "Share")
    SECTOR = QT_TRANSLATE_NOOP("Report", "Sector")
    SPREAD_EVEN = QT_TRANSLATE_NOOP("Report", "The costs are spread evenly enough over the partners.")
    SPREAD_UNEVEN = QT_TRANSLATE_NOOP(
        "Report", "The costs are spread unevenly: {partner} carries {share}% of what the partners carry."
    )
    SPREAD_UNKNOWN = QT_TRANSLATE_NOOP("Report", "No contribution has a value, so the spread is unknown.")
    WITHOUT = QT_TRANSLATE_NOOP("Report", "Without any contribution: {partners}.")
    #: Heading of the section on the latest drempelscan (a self-assessment of the barriers).
    SCAN = QT_TRANSLATE_NOOP("Report", "Drempelscan")
    SCAN_INTRO = QT_TRANSLATE_NOOP(
        "Report",
        "The average score per precondition of the latest round ({date}, {count} respondents), from "
        "0 (does not apply) to 4 (fully applies).",
    )
    NO_SCAN = QT_TRANSLATE_NOOP("Report", "No drempelscan has been held yet.")
    LATEST = QT_TRANSLATE_NOOP("Report", "Latest")
    #: Column of the scan's table: the round before the latest, with its date.
    PREVIOUS_ROUND = QT_TRANSLATE_NOOP("Report", "Previous ({date})")
    HIGH = QT_TRANSLATE_NOOP("Report", "Scoring high: {titles}.")
    #: Heading of the section on the phase gates (go / no-go to the next phase).
    GATE = QT_TRANSLATE_NOOP("Report", "Phase gate")
    LAST_GATE = QT_TRANSLATE_NOOP(
        "Report", "Last gate: {decision} from {from_phase} to {to_phase} on {date}, by {by}."
    )
    NO_GATE = QT_TRANSLATE_NOOP("Report", "No phase gate has been recorded yet.")
    NEXT_GATE = QT_TRANSLATE_NOOP("Report", "The gate to {phase}, as it stands:")
    LAST_PHASE = QT_TRANSLATE_NOOP("Report", "The collaboration is embedded: there is no next gate.")
    MET = QT_TRANSLATE_NOOP("Report", "met")
    NOT_MET = QT_TRANSLATE_NOOP("Report", "not met")
