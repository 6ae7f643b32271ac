"""Open a hand-over packet from a colleague abroad: checked, decrypted off the GUI thread, shown
in both languages with where it comes from, and made into a new case only when accepted.

Nothing of the packet is written before the person accepts, and then only into the notebook.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from interact_desktop.core.content.model import localized
from interact_desktop.ui.common.background import Background, Job
from interact_desktop.ui.common.i18n import Retranslating
from interact_desktop.ui.services.notebook_service import NotebookService

if TYPE_CHECKING:
    from interact_desktop.core.content.handbook import Handbook
    from interact_desktop.core.handover.payload import Payload

_GREY = "#57606a"


def preview_html(handbook: Handbook, payload: Payload) -> str:
    """The packet as the recipient first sees it: labels in the sender's language with the
    recipient's below in grey (the content's own words for them), what was written as written."""
    from interact_desktop.core.handover.legal_bases import described

    origin = payload.provenance
    langs = [origin.sender_language]
    if origin.recipient_language != origin.sender_language:
        langs.append(origin.recipient_language)

    def pair(texts: list[str], bold: bool = False) -> str:
        first = f"<b>{escape(texts[0])}</b>" if bold else escape(texts[0])
        rest = [f'<br/><span style="color:{_GREY}">{escape(t)}</span>' for t in texts[1:]
                if t and t != texts[0]]  # fmt: skip
        return first + "".join(rest)

    def both(key: str, bold: bool = False) -> str:
        return pair([handbook.export_label(key, lang) for lang in langs], bold)

    def row(label: str, value: str) -> str:
        return f"<tr><td valign='top' width='35%'>{label}</td><td valign='top'>{value}</td></tr>"

    basis = pair([described(origin.legal_basis, "", handbook.checklists, lang) for lang in langs])
    basis = basis if origin.legal_basis else ""
    if origin.legal_basis_text:
        basis += ("<br/>" if basis else "") + escape(origin.legal_basis_text)
    rows = [
        ("handover-sender", escape(origin.sender_name)),
        ("handover-organisation", escape(origin.organisation)),
        ("handover-country", escape(origin.country)),
        ("handover-recipient", escape(origin.recipient)),
        ("handover-date", escape(origin.date)),
        ("handover-purpose", escape(origin.purpose)),
        ("handover-legal-basis", basis),
    ]
    html = [f"<h2>{both('handover-title')}</h2>",
            f"<h3>{both('handover-provenance')}</h3><table cellpadding='3'>"]  # fmt: skip
    html += [row(both(key, bold=True), value) for key, value in rows if value]
    html.append("</table>")
    summary = payload.summary
    fields = [("status", both(f"status-{summary.status}"))] + [
        (name, escape(getattr(summary, name)))
        for name in ("languages", "roles", "purpose", "opened", "last_seen")
    ]
    html.append(f"<h3>{both('summary')}</h3><table cellpadding='3'>")
    html += [row(both(f"field-{name}", bold=True), value) for name, value in fields if value]
    html.append("</table>")
    for filled in payload.checklists:
        template = handbook.checklists.get(filled.template)
        title = pair([localized(template.title, lang) for lang in langs]) if template else (
            escape(filled.template))  # fmt: skip
        html.append(f"<h3>{title}</h3><table cellpadding='3'>")
        for key, value in filled.answers.items():
            item = template.item(key) if template else None
            label = pair([localized(item.label, lang) for lang in langs]) if item else escape(key)
            if item is not None and item.type in ("choice", "multichoice"):
                chosen = value if isinstance(value, list) else [value]
                names = [", ".join(localized(c.label, lang) for c in item.choices
                                   if c.id in chosen) for lang in langs]  # fmt: skip
                shown = pair(names)
            elif item is not None and item.type == "yesno" and value in ("yes", "no", "unknown"):
                shown = both(value)
            else:
                shown = escape(str(value))
            html.append(row(label, shown))
        html.append("</table>")
    html.append(f"<h3>{both('timeline')}</h3><ul>")
    for entry in payload.timeline:
        html.append(f"<li>{escape(entry.at[:16].replace('T', ' '))} — {escape(entry.text)}</li>")
    html.append("</ul>")
    if payload.notes:
        html.append(f"<h3>{both('notes')}</h3>")
        for note in payload.notes:
            body = escape(note.body).replace("\n", "<br/>")
            html.append(f"<p><i>{escape(note.updated[:16].replace('T', ' '))}</i><br/>{body}</p>")
    return "".join(html)


class HandoverPreview(Retranslating, QDialog):
    """What the packet holds and where it comes from; accepting makes it a new case."""

    def __init__(self, handbook: Handbook, payload: Payload, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("handoverPreview")
        self.setModal(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("handoverPreviewText")
        self.text.setOpenLinks(False)
        self.text.setHtml(preview_html(handbook, payload))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand-over packet"))
        self.intro.setText(
            self.tr(
                "Check where this comes from before you take it in. Accepting makes it a new "
                "case in your notebook; nothing is kept otherwise."
            )
        )
        self.text.setAccessibleName(self.tr("What the packet holds"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create the case"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))


class HandoverImporter(QObject):
    """Opens packets for the notebook feature; ``imported`` with the new case's id."""

    imported = Signal(int)

    def __init__(
        self,
        controller: NotebookService,
        parent: QWidget,
        background: Background | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller, self.parent_widget = controller, parent
        self.handbook: Handbook | None = None
        self.background = background or Background()
        self.preview: HandoverPreview | None = None
        self.asking: QInputDialog | None = None
        self._jobs: list[Job] = []
        controller.locked.connect(self._locked)

    def messages(self) -> dict[str, str]:
        """Each refusal in the user's language (the core's messages are for the command line)."""
        nothing = self.tr("Nothing was imported.")
        return {
            "NotAPacket": self.tr("This file is not a hand-over packet."),
            "TruncatedPacket": self.tr(
                "This hand-over packet is incomplete: the file ends before the packet does (a "
                "copy or a download was cut short). Ask the sender to send it again."
            ),
            "TamperedPacket": self.tr(
                "This hand-over packet has been altered or damaged since it was sealed. Ask the "
                "sender to send it again."
            ),
            "NotForThisKey": self.tr(
                "This hand-over packet was sealed to another hand-over key, not to this "
                "installation's. Check that the sender used your key."
            ),
            "WrongPacketPassphrase": self.tr(
                "The one-time passphrase does not open this hand-over packet. Check the words "
                "with the sender and try again."
            ),
            "NewerPacket": self.tr(
                "This hand-over packet was made by a newer version of the app. Update the app "
                "to open it."
            ),
            "InvalidPayload": self.tr("This hand-over packet cannot be used: %1"),
            "": nothing,
        }

    def open_file(self, path: Path) -> None:
        from interact_desktop.core.handover.errors import HandoverError
        from interact_desktop.core.handover.packet import MAX_PACKET_BYTES, TO_KEY, read_envelope

        try:
            if path.stat().st_size > MAX_PACKET_BYTES:
                raise OSError(self.tr("the file is far larger than a hand-over packet"))
            data = path.read_bytes()
            to = read_envelope(data).to
        except HandoverError as error:
            self._refused(error)
            return
        except OSError as error:
            self._warn(self.tr("The file could not be read: %1").replace("%1", str(error)))
            return
        phrase: str | None = None
        secret: str | None = None
        if to == TO_KEY:
            secret = self.controller.handover_secret()
            if secret is None:
                from interact_desktop.core.handover.errors import NotForThisKey

                self._refused(NotForThisKey(""))
                return
        else:
            phrase = self._ask_passphrase()
            if phrase is None:
                return

        def work(progress):
            from interact_desktop.core.handover.packet import open_with_key, open_with_passphrase
            from interact_desktop.core.handover.payload import Payload

            opened = (open_with_key(data, secret) if secret is not None
                      else open_with_passphrase(data, phrase or ""))  # fmt: skip
            progress(1, 1)
            return Payload.from_bytes(opened)

        jobs: list[Job] = []
        job = self.background.run(
            work,
            done=lambda payload: self._opened(jobs[0], payload, path.name),
            failed=lambda error: self._failed(jobs[0], error),
        )
        jobs.append(job)
        self._jobs.append(job)

    def _ask_passphrase(self) -> str | None:
        dialog = QInputDialog(self.parent_widget)
        dialog.setObjectName("handoverPassphraseInput")
        dialog.setWindowTitle(self.tr("Hand-over packet"))
        dialog.setLabelText(
            self.tr(
                "This packet is sealed with a one-time passphrase. Type the words the sender "
                "gave you:"
            )
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        self.asking = dialog
        accepted = dialog.exec()
        self.asking = None
        phrase = dialog.textValue()
        dialog.deleteLater()
        return phrase if accepted and phrase.strip() and self.controller.is_unlocked else None

    def _opened(self, job: Job, payload: Payload, source: str) -> None:
        self._jobs.remove(job)
        if self.handbook is None or not self.controller.is_unlocked:
            return
        preview = HandoverPreview(self.handbook, payload, self.parent_widget)
        self.preview = preview
        accepted = preview.exec()
        self.preview = None
        preview.deleteLater()
        if not accepted or not self.controller.is_unlocked:
            return
        try:
            case_id = self.controller.import_handover(payload, source)
        except Exception as error:
            self._warn(self.tr("The case could not be created: %1").replace("%1", str(error)))
            return
        self.imported.emit(case_id)

    def _failed(self, job: Job, error: BaseException) -> None:
        from interact_desktop.core.handover.errors import HandoverError

        self._jobs.remove(job)
        if isinstance(error, HandoverError):
            self._refused(error)
        else:
            self._warn(str(error))

    def _refused(self, error: Exception) -> None:
        messages = self.messages()
        text = messages.get(type(error).__name__, str(error))
        if type(error).__name__ == "InvalidPayload":
            text = text.replace("%1", str(error))
        self._warn(f"{text}\n\n{messages['']}")

    def _warn(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Hand-over packet"), message,
                          QMessageBox.StandardButton.Ok, self.parent_widget)  # fmt: skip
        box.setObjectName("handoverRefused")
        box.exec()
        box.deleteLater()

    def _locked(self) -> None:
        for dialog in (self.preview, self.asking):
            if dialog is not None:
                dialog.reject()
