"""The portfolio window: every collaboration against the four preconditions, sortable and filtered,
for the programme manager. A double-click opens the collaboration in the main window; the
portfolio can be saved as an A4 landscape PDF or as CSV."""

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from drempelkompas.documents.overview_files import save_portfolio
from drempelkompas.domain import palette
from drempelkompas.domain.enums import Phase, Precondition
from drempelkompas.runtime import i18n
from drempelkompas.services.collaborations import sort_key
from drempelkompas.services.portfolio import portfolio
from drempelkompas.ui.document_export import export_document
from drempelkompas.ui.widgets import EnumCombo, Retranslating

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
FIXED_COLUMNS = 2  # name and phase, then one column per precondition, then the rest


class _PortfolioFilter(QSortFilterProxyModel):
    """Rows whose name matches the search, optionally only those with overdue barriers or
    without an owner at the administrative level."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search = ""
        self.phase: Phase | None = None
        self.only_overdue = False
        self.only_without_administrative = False
        self.setSortRole(SORT_ROLE)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        if self.search and self.search not in sort_key(row["name"]):
            return False
        if self.phase is not None and row["phase"] != self.phase.value:
            return False
        if self.only_overdue and not row["overdue"]:
            return False
        return not (self.only_without_administrative and row["administrative"])


class PortfolioDialog(Retranslating, QDialog):
    opened = Signal(int)  # a collaboration's id, to show in the main window

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioDialog")
        self.model = QStandardItemModel(self)
        self.filter = _PortfolioFilter(self)
        self.filter.setSourceModel(self.model)
        self.table = QTableView(objectName="portfolioTable")
        self.table.setModel(self.filter)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.search = QLineEdit(objectName="portfolioSearch", clearButtonEnabled=True)
        self.search.textChanged.connect(self._filter_changed)
        self.phase = EnumCombo(Phase, None, none_text="")
        self.phase.setObjectName("portfolioPhase")
        self.phase.currentIndexChanged.connect(self._filter_changed)
        self.only_overdue = QCheckBox(objectName="onlyOverdue")
        self.only_without_administrative = QCheckBox(objectName="onlyWithoutAdministrative")
        self.include_archived = QCheckBox(objectName="includeArchived")
        for box in (self.only_overdue, self.only_without_administrative):
            box.toggled.connect(self._filter_changed)
        self.include_archived.toggled.connect(self.reload)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.phase)
        for box in (self.only_overdue, self.only_without_administrative, self.include_archived):
            filters.addWidget(box)
        self.summary = QLabel(objectName="portfolioSummary")
        self.pdf_button = QPushButton(objectName="portfolioPdf")
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.csv_button = QPushButton(objectName="portfolioCsv")
        self.csv_button.clicked.connect(lambda: self.export(".csv"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.csv_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(1180, 560)
        self._rows: list[dict] = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Portfolio — Drempelkompas"))
        self.search.setPlaceholderText(self.tr("Search collaborations…"))
        self.search.setAccessibleName(self.tr("Search collaborations"))
        self.only_overdue.setText(self.tr("Only with &overdue barriers"))
        self.only_without_administrative.setText(
            self.tr("Only with a precondition &without an administrative owner")
        )
        self.include_archived.setText(self.tr("Include &archived"))
        self.phase.retranslate_ui(none_text=self.tr("All phases"))
        self.phase.setAccessibleName(self.tr("Phase"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))
        self.csv_button.setText(self.tr("Save as &CSV…"))
        self._fill()

    def reload(self) -> None:
        self._rows = portfolio(date.today(), self.include_archived.isChecked())["rows"]
        self._fill()

    def _fill(self) -> None:
        header = [self.tr("Collaboration"), self.tr("Phase")]
        header += [i18n.label(p) for p in Precondition]
        header += [self.tr("Overdue"), self.tr("Last activity"), self.tr("Plan")]
        self.model.clear()
        self.model.setHorizontalHeaderLabels(header)
        for row in self._rows:
            self.model.appendRow(self._items(row))
        self.table.resizeRowsToContents()
        self._filter_changed()

    def _items(self, row: dict) -> list[QStandardItem]:
        name = _item(row["name"], sort_key(row["name"]))
        name.setData(row["id"], ID_ROLE)
        name.setData(row, ROW_ROLE)
        phase = Phase(row["phase"])
        items = [name, _item(i18n.label(phase), list(Phase).index(phase))]
        for precondition in Precondition:
            items.append(self._cell(row["cells"][precondition.value]))
        plan = row["plan"]
        items += [
            _item(str(row["overdue"]), row["overdue"]),
            _item(i18n.format_date(date.fromisoformat(row["last_activity"])), row["last_activity"]),
            _item(self._plan_text(plan), plan["state"]),
        ]
        return items

    def _cell(self, cell: dict) -> QStandardItem:
        if not cell["open"]:
            return _item(self.tr("none open"), -1)
        text = self.tr("{open} open · {overdue} overdue · impact {impact}").format(**cell)
        if cell["administrative"]:
            text += " · " + self.tr("administrative owner")
        item = _item(text, cell["open"] * 100 + cell["overdue"])
        if cell["overdue"]:
            item.setForeground(QBrush(QColor(palette.WARNING)))
        return item

    def _plan_text(self, plan: dict) -> str:
        texts = {
            "none": self.tr("none"),
            "current": self.tr("version {number}, current"),
            "out_of_date": self.tr("version {number}, to sign off again"),
            "withdrawn": self.tr("withdrawn"),
        }
        return texts[plan["state"]].format(number=plan["version"])

    def _filter_changed(self) -> None:
        self.filter.search = sort_key(self.search.text()) if self.search.text().strip() else ""
        self.filter.phase = self.phase.member()
        self.filter.only_overdue = self.only_overdue.isChecked()
        self.filter.only_without_administrative = self.only_without_administrative.isChecked()
        self.filter.invalidateFilter()
        self.table.resizeRowsToContents()
        self.summary.setText(
            self.tr("%n collaboration(s) shown", "", self.filter.rowCount())
            + " · "
            + self.tr("double-click one to open it")
        )

    def _open(self, index) -> None:
        collaboration_id = self.filter.index(index.row(), 0).data(ID_ROLE)
        if collaboration_id is not None:
            self.opened.emit(collaboration_id)

    def export(self, suffix: str) -> None:
        language = i18n.Language(i18n.current_language())
        archived = self.include_archived.isChecked()
        filters = self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("CSV (*.csv)")

        shown = [self.filter.index(row, 0).data(ID_ROLE) for row in range(self.filter.rowCount())]

        def write(path: str, progress) -> str:
            save_portfolio(path, language, date.today(), archived, shown)
            return ""  # names the fonts lack show as a marker; the list of them is not worth a warning

        export_document(
            self,
            self.tr("Save the portfolio"),
            self.tr("portfolio {date}").format(date=date.today().isoformat()) + suffix,
            filters,
            self.tr("Writing the portfolio…"),
            write,
        )


def _item(text: str, sort_value) -> QStandardItem:
    item = QStandardItem(text)
    item.setData(sort_value, SORT_ROLE)
    item.setToolTip(text)
    return item
