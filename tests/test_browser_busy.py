"""The layout editor on a busy server: events answered late and out of order must never change a layout
behind the user's back (re-plan on a later keyframe, rapid keyframe keys, a cancelled new-box dialog), and
the canvas opens on the move/resize tool without rotation buttons.

The studio runs through tests/helpers/slow_events.py, which delays every event by a random 0.15–0.6 s.
"""

import json
import time

import pytest

from pipelines.core.config import load_config
from pipelines.core.layout import Layout
from pipelines.services import Services
from studio.layout_state import editor_size
from tests.conftest import launched_studio
from tests.test_browser import table_rows, wait_status

FIRST_PROMPT = "a red ball rolls from the left to the right in a garden"
PROMPT = "a glass falls off a table and shatters"
EVENT_DELAY = "0.15:0.6"
SETTLE_S = 4.0  # well past the longest delay times the longest chain of events still queued


@pytest.fixture(scope="module")
def busy_studio(tmp_path_factory):
    runs = tmp_path_factory.mktemp("busy-studio-runs")
    with launched_studio(runs, entry=("-m", "tests.helpers.slow_events"),
                         env={"PHYSTUDIO_TEST_EVENT_DELAY": EVENT_DELAY, "PHYSTUDIO_TEST_EVENT_SEED": "13"}) as url:
        yield url


@pytest.fixture()
def page(browser, busy_studio):
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    page = context.new_page()
    page.goto(busy_studio)
    page.wait_for_selector("#plan-button", timeout=60_000)
    yield page
    context.close()


@pytest.fixture(scope="module")
def planned(tmp_path_factory) -> Layout:
    """The layout the physics planner makes for PROMPT, computed here, independently of the server."""
    runs = tmp_path_factory.mktemp("expected-runs")
    result, _ = Services(load_config(None, {"server": {"runs_dir": str(runs)}})).plan_layout(PROMPT, "physics", 0, 6)
    return result.layout


def plan(page, prompt: str, objects: int) -> None:
    page.locator("#layout-prompt textarea").fill(prompt)
    page.locator("#plan-button").click()
    wait_status(page, f"Planned {objects} object")


def drag_in_canvas(page, from_xy, by_xy, image_size) -> None:
    """Press, move and release in the annotator's canvas, in image pixels, with whatever tool is active."""
    canvas = page.locator("#layout-editor canvas")
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    cw, ch = canvas.evaluate("c => [c.width, c.height]")
    fit = min(cw / image_size[0], ch / image_size[1])
    ox, oy = (cw - image_size[0] * fit) / 2, (ch - image_size[1] * fit) / 2
    css = box["width"] / cw
    x, y = box["x"] + (ox + from_xy[0] * fit) * css, box["y"] + (oy + from_xy[1] * fit) * css
    page.mouse.move(x, y)
    page.mouse.down()
    for step in range(1, 9):
        page.mouse.move(x + by_xy[0] * fit * css * step / 8, y + by_xy[1] * fit * css * step / 8)
    page.mouse.up()


def centre_in_pixels(row, image_size):
    x0, y0, x1, y1 = (float(v) for v in row[3:7])
    return (x0 + x1) / 2 * image_size[0], (y0 + y1) / 2 * image_size[1]


def expected_rows(layout: Layout, keyframe: int) -> list[list[str]]:
    """The table's text for a keyframe: id, name and coordinates rounded to 3 decimals (the presence
    column is a checkbox without text)."""
    rows = []
    for obj in layout.objects:
        box = obj.boxes[keyframe]
        coords = [f"{round(v, 3)}" for v in box] if box is not None else ["", "", "", ""]
        rows.append([str(obj.id), obj.name, *coords])
    return rows


def shown_rows(page) -> list[list[str]]:
    return [row[:2] + row[3:] for row in table_rows(page)]


def exported_layout(page) -> dict:
    page.get_by_text("Import / export").click()
    page.locator("#export-button").click()
    wait_status(page, "Exported the current layout")
    link = page.locator("#layout-export-file a").first
    link.wait_for(timeout=20_000)
    return json.loads(page.request.get(link.get_attribute("href")).text())


def test_replan_rapid_keys_and_a_cancelled_dialog_leave_the_planned_layout_exactly(page, planned, artifacts):
    plan(page, FIRST_PROMPT, 1)
    page.locator("#layout-plot").click()  # focus outside any text field
    for _ in range(3):
        page.keyboard.press("]")
        time.sleep(0.3)
    wait_status(page, "Keyframe 4 of 6")

    plan(page, PROMPT, len(planned.objects))  # re-plan while the slider is on keyframe 4
    assert page.locator("#keyframe-slider input[type=number]").input_value() == "1"

    page.locator("#layout-plot").click()
    for _ in range(5):
        page.keyboard.press("]")
        time.sleep(0.3)
    wait_status(page, "Keyframe 6 of 6")
    assert page.locator("#keyframe-slider input[type=number]").input_value() == "6"
    assert shown_rows(page) == expected_rows(planned, 5)

    # "Create box", a drag that starts on an object, then Cancel in the label dialog.
    size = editor_size(planned)
    target = next(row for row in table_rows(page) if row[3])
    page.locator("#layout-editor button[aria-label='Create box']").click()
    drag_in_canvas(page, centre_in_pixels(target, size), (50, 40), size)
    cancel = page.get_by_role("button", name="Cancel")
    cancel.wait_for(timeout=10_000)
    wait_status(page, "Name the new box")  # the server saw the unnamed box while the dialog is open
    cancel.click()
    time.sleep(SETTLE_S)
    assert shown_rows(page) == expected_rows(planned, 5)
    page.screenshot(path=str(artifacts / "layout-busy.png"), full_page=True)

    assert exported_layout(page) == json.loads(planned.to_json())


def test_canvas_opens_on_the_move_tool_without_rotation(page, planned):
    plan(page, PROMPT, len(planned.objects))
    drag_tool = page.locator("#layout-editor button[aria-label='Drag boxes']")
    page.wait_for_function("() => document.querySelector(\"#layout-editor button[aria-label='Drag boxes']\")"
                           "?.classList.contains('selected')", timeout=10_000)
    assert "selected" not in (page.locator("#layout-editor button[aria-label='Create box']").get_attribute("class") or "")
    assert drag_tool.is_visible()
    for name in ("Rotate clockwise", "Rotate counterclockwise"):
        assert page.locator(f"#layout-editor button[aria-label='{name}']").count() == 1, "the annotator has it"
        assert not page.locator(f"#layout-editor button[aria-label='{name}']").is_visible(), f"{name} is hidden"

    # A drag on an object, with no tool chosen, moves it: no label dialog, no new object.
    size = editor_size(planned)
    row = next(r for r in table_rows(page) if r[3])
    drag_in_canvas(page, centre_in_pixels(row, size), (-40, -30), size)
    wait_status(page, "Edited keyframe 1")
    assert page.get_by_role("button", name="Cancel").count() == 0
    moved = next(r for r in table_rows(page) if r[0] == row[0])
    assert float(moved[3]) == pytest.approx(float(row[3]) - 40 / size[0], abs=0.01)
    assert len(table_rows(page)) == len(planned.objects)


def caption_overlap_px(page, elem_id: str, content: str) -> float:
    """How far a component's floating label reaches down over its picture (<= 0: clear of it)."""
    return page.evaluate("""([id, content]) => {
        const root = document.getElementById(id);
        return root.querySelector('[data-testid=block-label]').getBoundingClientRect().bottom
             - root.querySelector(content).getBoundingClientRect().top; }""", [elem_id, content])


def test_layout_captions_do_not_cover_the_editor_or_the_preview(page, planned):
    plan(page, PROMPT, len(planned.objects))
    page.wait_for_selector("#layout-preview video", timeout=30_000)
    assert caption_overlap_px(page, "layout-preview", "video") <= 0
    assert caption_overlap_px(page, "layout-editor", "canvas") <= 0
