"""The fixed texts of a meeting's documents, the portfolio and the printed board (English source;
translated in context "Report", like the plan's)."""

from drempelkompas.domain import meeting
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP


class MT:
    #: Title of the document the members of a steering group get before the meeting (Dutch: vergaderstuk).
    MEETING_PACK = QT_TRANSLATE_NOOP("Report", "Meeting pack")
    #: Title of the list of decisions a meeting took (Dutch: besluitenlijst).
    DECISION_LIST = QT_TRANSLATE_NOOP("Report", "Decision list")
    BODY = QT_TRANSLATE_NOOP("Report", "Body")
    MEETING_DATE = QT_TRANSLATE_NOOP("Report", "Meeting date")
    CHAIR = QT_TRANSLATE_NOOP("Report", "Chair")
    CASE_NUMBER = QT_TRANSLATE_NOOP("Report", "Case number")
    PORTFOLIO_HOLDER = QT_TRANSLATE_NOOP("Report", "Portfolio holder")
    COLLABORATION = QT_TRANSLATE_NOOP("Report", "Collaboration")
    PREVIOUS_MEETING = QT_TRANSLATE_NOOP("Report", "Previous meeting")
    NONE_BEFORE = QT_TRANSLATE_NOOP("Report", "none: this is the first")
    #: At the foot of every page of the editable meeting pack, before the page's number.
    PAGE = QT_TRANSLATE_NOOP("Report", "page")
    #: Header of the pages of a meeting's documents: the body and the meeting's date.
    BODY_ON_DATE = QT_TRANSLATE_NOOP("Report", "{body}, {date}")
    PROPOSED_DECISIONS = QT_TRANSLATE_NOOP("Report", "Proposed decisions")
    #: Heading of the decision list's section with what was decided.
    DECISIONS = QT_TRANSLATE_NOOP("Report", "Decisions")
    PROPOSED_INTRO = QT_TRANSLATE_NOOP("Report", "The body is asked to decide on the following.")
    NO_PROPOSALS = QT_TRANSLATE_NOOP("Report", "No decisions are proposed for this meeting.")
    ABOUT_BARRIER = QT_TRANSLATE_NOOP("Report", "About: {title} ({precondition})")
    GENERAL_POINT = QT_TRANSLATE_NOOP("Report", "About the collaboration as a whole")
    CHANGES_SINCE = QT_TRANSLATE_NOOP("Report", "What changed since the previous meeting ({date})")
    CHANGES_SO_FAR = QT_TRANSLATE_NOOP("Report", "What happened so far")
    NO_CHANGES = QT_TRANSLATE_NOOP("Report", "Nothing changed on the board.")
    CHANGE_NEW = QT_TRANSLATE_NOOP("Report", "New ({count}): {titles}.")
    CHANGE_OVERCOME = QT_TRANSLATE_NOOP("Report", "Overcome ({count}): {titles}.")
    CHANGE_MOVED = QT_TRANSLATE_NOOP("Report", "Moved to another precondition ({count}): {titles}.")
    CHANGE_REASSIGNED = QT_TRANSLATE_NOOP("Report", "Re-assigned ({count}): {titles}.")
    #: One barrier that changed from one value to another, e.g. a new owner.
    FROM_TO = QT_TRANSLATE_NOOP("Report", "“{title}” ({old} → {new})")
    NOBODY = QT_TRANSLATE_NOOP("Report", "nobody")
    OVERDUE_AND_UNDATED = QT_TRANSLATE_NOOP("Report", "Overdue and undated barriers")
    OVERDUE = QT_TRANSLATE_NOOP("Report", "Overdue on the meeting date")
    NONE_OVERDUE = QT_TRANSLATE_NOOP("Report", "No barrier is overdue.")
    UNDATED = QT_TRANSLATE_NOOP("Report", "Without a due date")
    NONE_UNDATED = QT_TRANSLATE_NOOP("Report", "Every open barrier has a due date.")
    BARRIER = QT_TRANSLATE_NOOP("Report", "Barrier")
    COMMITMENT_PER_LEVEL = QT_TRANSLATE_NOOP("Report", "Commitment per level")
    COMMITMENT_INTRO = QT_TRANSLATE_NOOP(
        "Report",
        "Open barriers per level of commitment and precondition; in brackets how many have an owner. "
        "The method asks for commitment at all three levels, and more of it as the collaboration grows.",
    )
    NO_LEVEL = QT_TRANSLATE_NOOP("Report", "No level")
    #: A count of open barriers and, in brackets, how many of them have an owner.
    OPEN_OWNED = QT_TRANSLATE_NOOP("Report", "{open} ({owned})")
    ACTIONS = QT_TRANSLATE_NOOP("Report", "Actions")
    ACTIONS_INTRO = QT_TRANSLATE_NOOP("Report", "The next action of every open barrier, by due date.")
    NO_ACTIONS = QT_TRANSLATE_NOOP("Report", "There are no open barriers.")
    WHAT = QT_TRANSLATE_NOOP("Report", "What")
    WHO = QT_TRANSLATE_NOOP("Report", "Who")
    DUE = QT_TRANSLATE_NOOP("Report", "Due")
    PROGRESS = QT_TRANSLATE_NOOP("Report", "Progress over time")
    PROGRESS_INTRO = QT_TRANSLATE_NOOP(
        "Report", "Open barriers at the end of each month, per precondition, from the board's history."
    )
    NO_HISTORY = QT_TRANSLATE_NOOP("Report", "There is no history yet.")
    MONTH = QT_TRANSLATE_NOOP("Report", "Month")
    OVERCOME_PER_MONTH = QT_TRANSLATE_NOOP("Report", "Overcome in the month")
    PLAN_STATE = QT_TRANSLATE_NOOP("Report", "The action plan")
    PLAN_NONE = QT_TRANSLATE_NOOP("Report", "No version of the action plan has been signed off yet.")
    PLAN_CURRENT = QT_TRANSLATE_NOOP(
        "Report",
        "Version {number}, signed off on {date} by {names}, is current: the board has not changed since.",
    )
    PLAN_OUT_OF_DATE = QT_TRANSLATE_NOOP(
        "Report",
        "Version {number} was signed off on {date} by {names}. The board has changed since: the plan needs "
        "to be signed off again.",
    )
    PLAN_WITHDRAWN = QT_TRANSLATE_NOOP(
        "Report", "Every signed-off version was withdrawn; the last was version {number}."
    )
    OUTCOME = QT_TRANSLATE_NOOP("Report", "Outcome")
    DECISION = QT_TRANSLATE_NOOP("Report", "Decision")
    NEW_ACTION = QT_TRANSLATE_NOOP("Report", "New action")
    ACTION_BY = QT_TRANSLATE_NOOP("Report", "{action} (who: {owner}; due: {date})")
    NO_DECISIONS = QT_TRANSLATE_NOOP("Report", "The meeting decided nothing.")
    DEFERRED_RETURN = QT_TRANSLATE_NOOP("Report", "Deferred points return on the agenda of the next meeting.")
    NOT_RECORDED = QT_TRANSLATE_NOOP("Report", "not recorded yet")
    RECORDED_BY = QT_TRANSLATE_NOOP("Report", "The outcomes were recorded in Drempelkompas by {names}.")
    # The portfolio and the printed board
    PORTFOLIO = QT_TRANSLATE_NOOP("Report", "Portfolio")
    PORTFOLIO_INTRO = QT_TRANSLATE_NOOP(
        "Report",
        "All collaborations against the four preconditions: open barriers, of which overdue, the highest "
        "impact, and whether an owner at the administrative level is present (A). A red line marks "
        "a precondition with overdue barriers.",
    )
    #: Header of the portfolio's pages: the date it was made.
    ON_DATE = QT_TRANSLATE_NOOP("Report", "On {date}")
    LAST_ACTIVITY = QT_TRANSLATE_NOOP("Report", "Last activity")
    PLAN = QT_TRANSLATE_NOOP("Report", "Plan")
    #: A portfolio cell: open barriers, how many overdue, highest impact.
    CELL = QT_TRANSLATE_NOOP("Report", "{open} open · {overdue} overdue · impact {impact}")
    CELL_EMPTY = QT_TRANSLATE_NOOP("Report", "none open")
    ADMINISTRATIVE_MARK = QT_TRANSLATE_NOOP("Report", "A")
    NO_COLLABORATIONS = QT_TRANSLATE_NOOP("Report", "There are no collaborations.")
    PLAN_SHORT_NONE = QT_TRANSLATE_NOOP("Report", "none")
    PLAN_SHORT_CURRENT = QT_TRANSLATE_NOOP("Report", "version {number}, current")
    PLAN_SHORT_OUT_OF_DATE = QT_TRANSLATE_NOOP("Report", "version {number}, to sign off again")
    PLAN_SHORT_WITHDRAWN = QT_TRANSLATE_NOOP("Report", "withdrawn")
    #: A column heading of the portfolio's CSV file: the open barriers of a precondition.
    CSV_OPEN = QT_TRANSLATE_NOOP("Report", "{precondition}: open")
    CSV_OVERDUE = QT_TRANSLATE_NOOP("Report", "{precondition}: overdue")
    CSV_IMPACT = QT_TRANSLATE_NOOP("Report", "{precondition}: highest impact")
    CSV_ADMINISTRATIVE = QT_TRANSLATE_NOOP("Report", "{precondition}: administrative owner")
    YES = QT_TRANSLATE_NOOP("Report", "yes")
    NO = QT_TRANSLATE_NOOP("Report", "no")
    BOARD = QT_TRANSLATE_NOOP("Report", "Board")
    NO_CARDS = QT_TRANSLATE_NOOP("Report", "No barriers.")
    #: On a printed card: when it is due.
    CARD_DUE = QT_TRANSLATE_NOOP("Report", "due {date}")
    CARD_OVERDUE = QT_TRANSLATE_NOOP("Report", "overdue since {date}")


CHANGE_TEXTS = {
    meeting.CHANGE_NEW: MT.CHANGE_NEW,
    meeting.CHANGE_OVERCOME: MT.CHANGE_OVERCOME,
    meeting.CHANGE_MOVED: MT.CHANGE_MOVED,
    meeting.CHANGE_REASSIGNED: MT.CHANGE_REASSIGNED,
}
