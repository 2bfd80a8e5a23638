"""The report's fixed texts and the words it takes from a language: labels, catalog texts, dates."""

from datetime import date
from typing import Protocol

from drempelkompas.domain import plan
from drempelkompas.domain.catalog import CATALOG_CONTEXT
from drempelkompas.domain.markers import QT_TRANSLATE_NOOP


class Language(Protocol):
    """What the renderer needs of a language (see `drempelkompas.runtime.i18n.Language`)."""

    code: str

    def translate(self, context: str, text: str) -> str: ...

    def format_date(self, value: date) -> str: ...


class T:
    """The report's fixed texts (English source; translated in context "Report")."""

    DRAFT_OF_VERSION = QT_TRANSLATE_NOOP("Report", "Draft of version {number}")
    VERSION_N = QT_TRANSLATE_NOOP("Report", "Version {number}")
    PAGE_X_OF_Y = QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}")
    FOOTER_FINGERPRINT = QT_TRANSLATE_NOOP("Report", "Fingerprint {short}")
    DRAFT_WATERMARK = QT_TRANSLATE_NOOP("Report", "DRAFT, NOT SIGNED OFF")
    STATUS_DRAFT = QT_TRANSLATE_NOOP("Report", "Draft, not signed off")
    STATUS_SIGNED_OFF = QT_TRANSLATE_NOOP("Report", "Signed off")
    STATUS_WITHDRAWN = QT_TRANSLATE_NOOP("Report", "Signed off, then withdrawn")
    #: Written large across every page of a withdrawn version.
    WITHDRAWN_MARK = QT_TRANSLATE_NOOP("Report", "WITHDRAWN")
    WITHDRAWN_ON = QT_TRANSLATE_NOOP("Report", "Withdrawn on {date} by {name}: {reason}")
    #: Below the sign-off notice: who entered the sign-off in the app (the audit trail).
    RECORDED_BY = QT_TRANSLATE_NOOP("Report", "The sign-off was recorded in Drempelkompas by {name}.")
    ACTION_PLAN = QT_TRANSLATE_NOOP("Report", "Action plan")
    AMBITION = QT_TRANSLATE_NOOP("Report", "Ambition")
    VERSION = QT_TRANSLATE_NOOP("Report", "Version")
    STATUS = QT_TRANSLATE_NOOP("Report", "Status")
    DATE = QT_TRANSLATE_NOOP("Report", "Date")
    PHASE = QT_TRANSLATE_NOOP("Report", "Phase")
    PARTNERS = QT_TRANSLATE_NOOP("Report", "Partners")
    NO_PARTNERS = QT_TRANSLATE_NOOP("Report", "No partners recorded.")
    PRECONDITION = QT_TRANSLATE_NOOP("Report", "Precondition")
    TOTAL = QT_TRANSLATE_NOOP("Report", "Total")
    SUMMARY = QT_TRANSLATE_NOOP("Report", "Summary")
    SUMMARY_INTRO = QT_TRANSLATE_NOOP(
        "Report", "Barriers per precondition. Overcome barriers are counted here but not listed in the plan."
    )
    POINTS_OF_ATTENTION = QT_TRANSLATE_NOOP("Report", "Points of attention")
    NO_GAPS = QT_TRANSLATE_NOOP("Report", "The plan has no gaps.")
    #: A barrier's title and the due date it passed, in a list of overdue barriers.
    TITLE_DUE = QT_TRANSLATE_NOOP("Report", "“{title}” (due {date})")
    NO_OPEN_BARRIERS = QT_TRANSLATE_NOOP("Report", "No open barriers for this precondition.")
    NOT_SET = QT_TRANSLATE_NOOP("Report", "not set")
    IMPACT = QT_TRANSLATE_NOOP("Report", "Impact")
    #: Level of commitment: administrative, management or execution.
    LEVEL = QT_TRANSLATE_NOOP("Report", "Level")
    OWNER = QT_TRANSLATE_NOOP("Report", "Owner")
    DUE_DATE = QT_TRANSLATE_NOOP("Report", "Due date")
    NEXT_ACTION = QT_TRANSLATE_NOOP("Report", "Next action")
    NO_LESSON = QT_TRANSLATE_NOOP("Report", "No lesson fits this barrier yet.")
    LESSON_SUGGESTED = QT_TRANSLATE_NOOP("Report", "Lesson (suggested by the method)")
    LESSON = QT_TRANSLATE_NOOP("Report", "Lesson")
    SEE_LESSON = QT_TRANSLATE_NOOP("Report", "see lesson {number} under Lessons used")
    LESSONS_USED = QT_TRANSLATE_NOOP("Report", "Lessons used")
    LESSONS_INTRO = QT_TRANSLATE_NOOP(
        "Report",
        "The lessons of the method that this plan applies, each once, numbered as the barriers cite them.",
    )
    #: Heading in the plan: what changed since the previous signed-off version of the plan.
    SINCE_VERSION = QT_TRANSLATE_NOOP("Report", "Since version {number}")
    OPEN_AT_VERSION = QT_TRANSLATE_NOOP("Report", "Open at version {number}")
    OPEN_NOW = QT_TRANSLATE_NOOP("Report", "Open now")
    SINCE_OVERCOME = QT_TRANSLATE_NOOP("Report", "Overcome ({count}): {titles}.")
    SINCE_REMOVED = QT_TRANSLATE_NOOP("Report", "Taken off the board ({count}): {titles}.")
    SINCE_NEW = QT_TRANSLATE_NOOP("Report", "New ({count}): {titles}.")
    SINCE_NOTHING = QT_TRANSLATE_NOOP("Report", "No barrier was overcome, taken off or added.")
    #: Heading: the formal approval of the plan by the people named (Dutch: vaststelling).
    SIGN_OFF = QT_TRANSLATE_NOOP("Report", "Sign-off")
    DRAFT_NOTICE = QT_TRANSLATE_NOOP(
        "Report", "This is a draft. It has not been signed off and is not a decision."
    )
    APPROVED_NOTICE = QT_TRANSLATE_NOOP(
        "Report", "The signatories below signed off version {number} of this action plan."
    )
    DRAFT_NOT_VERIFIABLE = QT_TRANSLATE_NOOP(
        "Report",
        "A draft has no fingerprint that can be verified: only a signed-off version can be checked "
        "afterwards.",
    )
    NAME = QT_TRANSLATE_NOOP("Report", "Name")
    ROLE = QT_TRANSLATE_NOOP("Report", "Role")
    SIGNATURE = QT_TRANSLATE_NOOP("Report", "Signature")
    DIGITAL_SIGNATURES = QT_TRANSLATE_NOOP("Report", "Digital signatures")
    #: On the stamp of a digital signature, above the signer's name.
    DIGITALLY_SIGNED_BY = QT_TRANSLATE_NOOP("Report", "Digitally signed by")
    FINGERPRINT_HEADING = QT_TRANSLATE_NOOP("Report", "Fingerprint (SHA-256) of this plan")
    VERIFY_HINT = QT_TRANSLATE_NOOP(
        "Report",
        "Check this file with: drempelkompas verify FILE.pdf. It confirms that the file "
        "is an unaltered export of a signed-off version.",
    )


# Points of attention of one kind in several barriers, as one point.
GAP_GROUPS = {
    plan.GAP_NO_OWNER: QT_TRANSLATE_NOOP("Report", "Without an owner ({count}): {titles}."),
    plan.GAP_NO_NEXT_ACTION: QT_TRANSLATE_NOOP("Report", "Without a next action ({count}): {titles}."),
    plan.GAP_NO_DUE_DATE: QT_TRANSLATE_NOOP("Report", "Without a due date ({count}): {titles}."),
    plan.GAP_OVERDUE: QT_TRANSLATE_NOOP("Report", "Overdue ({count}): {titles}."),
}


class Wording:
    """Every text of the report in one language."""

    def __init__(self, language: Language) -> None:
        self.language = language

    def t(self, text: str) -> str:
        """A fixed text of class T."""
        return self.language.translate("Report", text)

    def label(self, member) -> str:
        """An enum member's label, such as a Precondition's."""
        return self.language.translate(type(member).__name__, member.label)

    def catalog(self, text: str) -> str:
        """A text of the method's catalog."""
        return self.language.translate(CATALOG_CONTEXT, text)

    def date(self, iso: str) -> str:
        return self.language.format_date(date.fromisoformat(iso[:10]))
