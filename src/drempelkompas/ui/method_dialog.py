"""*Help › The method*: the Digicampus method as the catalog holds it, in the interface's language.

The four preconditions with their typical barriers, the four lessons with their key points, and
the three levels of commitment. The window may stay open beside the board.
"""

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from drempelkompas.domain.catalog import (
    CATALOG_CONTEXT,
    LESSONS,
    LEVELS,
    PRECONDITIONS,
    typical_barriers_for,
)
from drempelkompas.runtime import i18n
from drempelkompas.ui.widgets import Retranslating


def catalog_text(text: str) -> str:
    return escape(i18n.translate(CATALOG_CONTEXT, text))


class MethodDialog(Retranslating, QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("MethodDialog")
        self.text = QTextBrowser(objectName="methodText", openLinks=True, openExternalLinks=False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("The method"))
        self.text.setAccessibleName(self.tr("The method"))
        position = self.text.verticalScrollBar().value()
        self.text.setHtml(self.method_html())
        self.text.verticalScrollBar().setValue(position)

    def method_html(self) -> str:
        title = self.tr("Overcoming barriers to innovation")
        introduction = self.tr(
            "Innovation across the boundaries of government, market, science and society needs "
            "four preconditions. Each has its typical barriers; four lessons help to overcome "
            "them. After the Digicampus method."
        )
        preconditions, lessons = self.tr("The four preconditions"), self.tr("The four lessons")
        levels, typical = self.tr("Commitment at three levels"), self.tr("Typical barriers")
        parts = [
            f"<h2>{escape(title)}</h2><p>{escape(introduction)}</p>",
            f"<p><a href='#preconditions'>{escape(preconditions)}</a> · "
            f"<a href='#lessons'>{escape(lessons)}</a> · <a href='#levels'>{escape(levels)}</a></p>",
            f"<h2><a name='preconditions'></a>{escape(preconditions)}</h2>",
        ]
        for info in PRECONDITIONS:
            parts.append(f"<h3>{escape(i18n.label(info.precondition))}</h3>")
            parts.append(f"<p>{catalog_text(info.explanation)}</p>")
            parts.append(f"<p><i>{escape(typical)}</i></p><ul>")
            for barrier in typical_barriers_for(info.precondition):
                parts.append(
                    f"<li><b>{catalog_text(barrier.title)}</b><br>{catalog_text(barrier.description)}</li>"
                )
            parts.append("</ul>")
        parts.append(f"<h2><a name='lessons'></a>{escape(lessons)}</h2>")
        for number, lesson in enumerate(LESSONS, start=1):
            parts.append(f"<h3>{number}. {catalog_text(lesson.title)}</h3>")
            parts.append(f"<p>{catalog_text(lesson.summary)}</p><ul>")
            parts += [f"<li>{catalog_text(point)}</li>" for point in lesson.key_points]
            helps = ", ".join(i18n.label(p) for p in lesson.preconditions)
            helps_with = self.tr("Helps with: {preconditions}").format(preconditions=helps)
            parts.append(f"</ul><p><i>{escape(helps_with)}</i></p>")
        parts.append(f"<h2><a name='levels'></a>{escape(levels)}</h2><ul>")
        for level in LEVELS:
            parts.append(
                f"<li><b>{escape(i18n.label(level.level))}</b>: {catalog_text(level.explanation)}</li>"
            )
        parts.append("</ul>")
        return "\n".join(parts)
