"""The Layout tab in a real browser: plan, change keyframe, drag a box, see table, plot and preview follow."""

import json

import pytest


@pytest.fixture()
def page(browser, studio):
    context = browser.new_context(viewport={"width": 1400, "height": 1700})
    page = context.new_page()
    page.goto(studio["url"])
    page.wait_for_selector("#plan-button", timeout=30_000)
    yield page
    context.close()


def table_rows(page) -> list[list[str]]:
    """The visible rows of the boxes table (gradio renders them as a virtual grid)."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('#layout-table .virtual-row')).map(
        row => Array.from(row.querySelectorAll('[role=gridcell]')).map(cell => cell.textContent.trim()))""")


def wait_status(page, text: str) -> None:
    page.wait_for_function(
        "t => (document.querySelector('#layout-status')?.innerText || '').includes(t)", arg=text, timeout=20_000)


def preview_src(page) -> str | None:
    video = page.locator("#layout-preview video")
    return video.get_attribute("src") if video.count() else None


def drag_on_editor(page, from_xy, by_xy, image_size=(512, 512)):
    """Drag in the annotator's canvas, in image pixel coordinates (the image is fitted and centred)."""
    canvas = page.locator("#layout-editor canvas")
    page.locator("#layout-editor button[aria-label='Drag boxes']").click()
    box = canvas.bounding_box()
    cw, ch = canvas.evaluate("c => [c.width, c.height]")
    fit = min(cw / image_size[0], ch / image_size[1])
    ox, oy = (cw - image_size[0] * fit) / 2, (ch - image_size[1] * fit) / 2
    css = box["width"] / cw
    x = box["x"] + (ox + from_xy[0] * fit) * css
    y = box["y"] + (oy + from_xy[1] * fit) * css
    dx, dy = by_xy[0] * fit * css, by_xy[1] * fit * css
    page.mouse.move(x, y)
    page.mouse.down()
    for step in range(1, 9):
        page.mouse.move(x + dx * step / 8, y + dy * step / 8)
    page.mouse.up()


def test_plan_scrub_drag_updates_table_and_preview(page, artifacts):
    page.locator("#layout-prompt textarea").fill("a red ball rolls from the left to the right in a garden")
    page.locator("#plan-button").click()
    wait_status(page, "Planned 1 object")
    page.wait_for_selector("#layout-preview video", timeout=20_000)
    first_preview = preview_src(page)
    assert first_preview and first_preview.endswith(".mp4")
    assert page.locator("#layout-reasoning textarea").input_value().strip(), "the planner's reasoning is shown"

    number = page.locator("#keyframe-slider input[type=number]")
    number.fill("3")
    number.press("Enter")
    wait_status(page, "Keyframe 3 of 6")
    before = table_rows(page)[0]
    assert before[1] == "red ball"  # the planner keeps colour words in names, as LVD's do
    x_min, y_min, x_max, y_max = (float(v) for v in before[3:7])

    centre = ((x_min + x_max) / 2 * 512, (y_min + y_max) / 2 * 512)
    drag_on_editor(page, centre, (-60, -40))
    wait_status(page, "Edited keyframe 3")
    after = table_rows(page)[0]
    moved = [float(v) for v in after[3:7]]
    assert moved[0] == pytest.approx(x_min - 60 / 512, abs=0.02)
    assert moved[1] == pytest.approx(y_min - 40 / 512, abs=0.02)
    assert moved[2] - moved[0] == pytest.approx(x_max - x_min, abs=0.01), "a drag moves, it does not resize"

    page.wait_for_function("old => { const v = document.querySelector('#layout-preview video');"
                           " return v && v.getAttribute('src') && v.getAttribute('src') !== old; }",
                           arg=first_preview, timeout=20_000)
    page.screenshot(path=str(artifacts / "layout-edited.png"), full_page=True)

    page.locator("#undo-button").click()
    wait_status(page, "Undone")
    assert [float(v) for v in table_rows(page)[0][3:7]] == pytest.approx([x_min, y_min, x_max, y_max], abs=1e-3)


def test_bad_import_shows_error_and_keeps_layout(page):
    page.locator("#layout-prompt textarea").fill("two cats walk to the right")
    page.locator("#plan-button").click()
    wait_status(page, "Planned 2 object")
    rows_before = table_rows(page)
    page.get_by_text("Import / export").click()
    page.locator("#layout-io-text .cm-content").click()
    page.keyboard.insert_text(json.dumps({"num_keyframes": 2,
                                          "objects": [{"id": 0, "name": "x", "boxes": [[0, 0, 3, 1], None]}]}))
    page.locator("#import-button").click()
    wait_status(page, "Import failed")
    assert "outside the canvas" in page.locator("#layout-status").inner_text()
    assert table_rows(page) == rows_before


def test_sessions_are_isolated(browser, studio):
    pages = []
    for prompt, expected in (("three dogs run to the left", 3), ("a ball falls", 1)):
        context = browser.new_context()
        page = context.new_page()
        page.goto(studio["url"])
        page.wait_for_selector("#plan-button", timeout=30_000)
        page.locator("#layout-prompt textarea").fill(prompt)
        page.locator("#plan-button").click()
        wait_status(page, f"Planned {expected} object")
        pages.append((context, page, expected))
    for context, page, expected in pages:
        assert len(table_rows(page)) == expected
        context.close()


def test_check_physics_flags_a_wrong_fall_and_replanning_fixes_it(page):
    boxes = [[0.45, 0.05 + 0.12 * k, 0.55, 0.15 + 0.12 * k] for k in range(6)]  # falls at constant speed
    page.locator("#layout-prompt textarea").fill("a ball falls to the ground")
    page.get_by_text("Import / export").click()
    page.locator("#layout-io-text .cm-content").click()
    page.keyboard.insert_text(json.dumps({"num_keyframes": 6, "background": "garden",
                                          "objects": [{"id": 0, "name": "ball", "boxes": boxes}]}))
    page.locator("#import-button").click()
    wait_status(page, "Imported 1 object")
    page.locator("#check-physics").click()
    wait_status(page, "physics problem")
    assert "gravity" in page.locator("#layout-reasoning textarea").input_value()
    page.locator("#fix-physics").click()
    wait_status(page, "Re-planned to fix")
    notes = page.locator("#layout-reasoning textarea").input_value()  # the new layout's check, not the old problem
    assert "after the re-plan" in notes and "without speeding up" not in notes, notes
    page.locator("#check-physics").click()
    wait_status(page, "No physics problems found")


def test_keyboard_shortcuts_step_keyframes_and_undo(page):
    page.locator("#layout-prompt textarea").fill("a red ball rolls from the left to the right in a garden")
    page.locator("#plan-button").click()
    wait_status(page, "Planned 1 object")
    page.locator("#layout-plot").click()  # focus outside any text field
    page.keyboard.press("]")
    wait_status(page, "Keyframe 2 of 6")
    page.keyboard.press("]")
    wait_status(page, "Keyframe 3 of 6")
    page.keyboard.press("[")
    wait_status(page, "Keyframe 2 of 6")
    before = table_rows(page)[0][3:7]
    drag_on_editor(page, ((float(before[0]) + float(before[2])) / 2 * 512, (float(before[1]) + float(before[3])) / 2 * 512),
                   (40, 30))
    wait_status(page, "Edited keyframe 2")
    page.locator("#layout-plot").click()
    page.keyboard.press("Control+z")
    wait_status(page, "Undone")
    assert table_rows(page)[0][3:7] == before
    page.keyboard.press("Control+Shift+z")
    wait_status(page, "Redone")
    assert table_rows(page)[0][3:7] != before
    # Typing "]" in the prompt box types it, it does not change the keyframe.
    page.locator("#layout-prompt textarea").press("]")
    assert page.locator("#layout-prompt textarea").input_value().endswith("]")
