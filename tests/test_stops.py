"""Stop buttons: per-session cancel tokens, bounded for long-running public studios."""

from studio.stops import SessionStops


def test_stop_reaches_only_its_session_and_the_registry_stays_bounded():
    stops = SessionStops(max_sessions=3)
    first, other = stops.start("a"), stops.start("b")
    assert stops.stop("a") and first.cancelled and not other.cancelled
    again = stops.start("a")  # a new run gets a fresh token
    assert not again.cancelled
    for session in ("c", "d"):
        stops.start(session)
    assert not stops.stop("b"), "the oldest run's session was dropped once more sessions started"
    assert stops.stop("a") and again.cancelled  # "a" ran again recently, so it was kept
    assert not stops.stop("never-started")


def test_a_finished_run_has_nothing_left_to_stop():
    """Stop after a run ended said "Stopping at the next step…" and that line stayed: nothing was running."""
    stops = SessionStops()
    first = stops.start("s")
    stops.finish("s", first)
    assert stops.stop("s") is False and not first.cancelled
    second = stops.start("s")
    stops.finish("s", first)  # a late finish of an earlier run must not unregister the current one
    assert stops.stop("s") is True and second.cancelled
