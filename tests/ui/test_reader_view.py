from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from interact_desktop.ui.reader_view import ReaderView


def test_figure_is_drawn_from_svg(qtbot):
    view = ReaderView("readerView")
    qtbot.addWidget(view)
    image = view.loadResource(
        QTextDocument.ResourceType.ImageResource, QUrl("figure:first-hours-timeline")
    )
    assert not image.isNull() and image.width() > 100
    colours = {image.pixel(x, image.height() // 2) for x in range(0, image.width(), 7)}
    assert len(colours) > 3, "the figure has drawing on it"


def test_internal_links_are_emitted_as_places(qtbot):
    view = ReaderView("readerView")
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.placeRequested) as signal:
        view.anchorClicked.emit(QUrl("glossary:guardian"))
    assert signal.args == ["glossary:guardian"]


def test_text_column_keeps_a_comfortable_width(qtbot):
    view = ReaderView("readerView")
    qtbot.addWidget(view)
    view.resize(1600, 800)
    view.show()
    view.show_page("<p>" + "word " * 400 + "</p>")
    margin = view.document().rootFrame().frameFormat().leftMargin()
    column = view.viewport().width() - 2 * margin
    assert 400 < column < 1000
