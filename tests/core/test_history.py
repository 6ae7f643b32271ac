from interact_desktop.core.history import History


def test_back_and_forward_walk_the_visited_places():
    history = History()
    for place in ("section:a", "section:b", "section:c"):
        history.visit(place)
    assert history.back() == "section:b"
    assert history.back() == "section:a"
    assert history.back() is None
    assert history.forward() == "section:b"


def test_visiting_after_going_back_drops_the_forward_part():
    history = History()
    for place in ("section:a", "section:b", "section:c"):
        history.visit(place)
    history.back()
    history.visit("section:d")
    assert not history.can_go_forward()
    assert history.back() == "section:b"


def test_same_place_twice_is_one_entry_and_limit_holds():
    history = History(limit=3)
    history.visit("section:a")
    history.visit("section:a")
    assert not history.can_go_back()
    for place in ("section:b", "section:c", "section:d"):
        history.visit(place)
    assert history.back() == "section:c"
    assert history.back() == "section:b"
    assert history.back() is None
