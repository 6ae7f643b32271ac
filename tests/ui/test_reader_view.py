from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from interact_desktop.ui.reader.reader_view import ReaderView


def test_figure_is_drawn_from_svg(qtbot):
    view = ReaderView("readerView")
    qtbot.addWidget(view)
    view.resize(1000, 700)
    with qtbot.waitSignal(view.firstPainted):
        view.show()
    image = view.loadResource(
        QTextDocument.ResourceType.ImageResource, QUrl("figure:first-hours-timeline")
    )
    assert not image.isNull() and image.width() > 100
    assert drawn_colours(image) > 3, "the figure has drawing on it"


def drawn_colours(image) -> int:
    return len({image.pixel(x, image.height() // 2) for x in range(0, image.width(), 7)})


FIGURE = QUrl("figure:first-hours-timeline")


def unpainted_page_with_a_figure(qtbot) -> ReaderView:
    view = ReaderView("readerView")
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show_page('<p>before</p><p><img src="figure:first-hours-timeline"/></p><p>after</p>')
    return view


def figure_of(view: ReaderView):
    return view.document().resource(QTextDocument.ResourceType.ImageResource, FIGURE)


def test_the_first_paint_shows_the_text_and_the_figure_follows_in_the_room_kept_for_it(qtbot):
    view = unpainted_page_with_a_figure(qtbot)
    blank = figure_of(view)
    assert blank.width() > 400 and drawn_colours(blank) == 1, "a blank before the first paint"
    with qtbot.waitSignal(view.firstPainted):
        view.show()
    qtbot.waitUntil(lambda: drawn_colours(figure_of(view)) > 3)
    drawn = figure_of(view)
    assert (drawn.width(), drawn.height()) == (blank.width(), blank.height()), "nothing moves"


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


def figure_width(view: ReaderView) -> int:
    image = view.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("figure:first-hours-timeline")
    )
    return image.width() if image is not None and not image.isNull() else 0


def test_a_page_laid_out_too_narrow_gets_its_figure_redrawn_at_full_width(qtbot):
    """A page opened while the reader is hidden or squeezed (e.g. under the notebook) must
    neither fail nor keep a thumbnail once the reader has its width."""
    view = ReaderView("readerView")
    qtbot.addWidget(view)
    view.resize(40, 400)
    view.show()
    page = '<p>before</p><p><img src="figure:first-hours-timeline"/></p><p>after word</p>'
    view.show_page(page)
    assert figure_width(view) < 100  # little or no room: a thumbnail at most, and no error
    view.highlight(["word"], "en")
    view.resize(1200, 800)
    qtbot.waitUntil(lambda: figure_width(view) > 400)
    assert len(view.extraSelections()) == 1  # the highlighted word is still marked


def test_a_page_with_a_figure_opened_from_the_notebook_shows_its_figure(window, qtbot):
    from tests.helpers.notebook_ui import create

    window.resize(1300, 800)
    window.notebook.show_notebook()  # the reader is hidden under the notebook
    create(qtbot, window.notebook.view)
    window.open_place("section:response-first-hours")  # crashed: a figure of no width
    qtbot.waitUntil(lambda: figure_width(window.reader) > 300)


def test_the_contents_list_the_checklists_by_their_title_in_the_users_language(window):
    from interact_desktop.core.content.model import localized
    from interact_desktop.core.text import fold

    window.languages.set_language("el")
    group = window.toc.item("group:checklist")
    titles = [group.child(i).text(0) for i in range(group.childCount())]
    expected = [localized(c.title, "el") for c in window.handbook.checklists.values()]
    assert titles == sorted(expected, key=fold)


def test_a_page_printed_before_it_was_painted_has_its_figures_drawn(qtbot):
    view = unpainted_page_with_a_figure(qtbot)
    assert drawn_colours(figure_of(view)) == 1
    view.draw_figures()  # what printing the page does first
    assert drawn_colours(figure_of(view)) > 3
