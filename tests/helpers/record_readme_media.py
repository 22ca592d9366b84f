"""Re-record the README's layout-editor GIF from a running studio (Playwright + Debian chromium).

    python tests/helpers/record_readme_media.py            # writes assets/screenshots/layout-editor.gif

Plans a prompt, moves to keyframe 3 and drags the ball's box slowly, capturing the editor after each mouse
move, then the table and preview after the edit lands.
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.conftest import CHROMIUM, launched_studio  # noqa: E402
from tests.test_browser import table_rows, wait_status  # noqa: E402


def main() -> int:
    from PIL import Image
    from playwright.sync_api import sync_playwright

    out = ROOT / "assets" / "screenshots" / "layout-editor.gif"
    frames: list[Image.Image] = []
    with tempfile.TemporaryDirectory() as runs, launched_studio(Path(runs)) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_context(viewport={"width": 1400, "height": 1500}).new_page()
        page.goto(url)
        page.locator("#layout-prompt textarea").fill("a red ball is thrown from the left and bounces twice on the grass")
        page.locator("#plan-button").click()
        wait_status(page, "Planned 1 object")
        number = page.locator("#keyframe-slider input[type=number]")
        number.fill("3")
        number.press("Enter")
        wait_status(page, "Keyframe 3 of 6")
        editor = page.locator("#layout-editor")

        def grab(hold: int = 1) -> None:
            image = Image.open(io.BytesIO(editor.screenshot())).convert("RGB")
            frames.extend([image] * hold)

        grab(4)
        x_min, y_min, x_max, y_max = (float(v) for v in table_rows(page)[0][3:7])
        page.locator("#layout-editor button[aria-label='Drag boxes']").click()
        canvas = page.locator("#layout-editor canvas")
        box = canvas.bounding_box()
        cw, ch = canvas.evaluate("c => [c.width, c.height]")
        fit = min(cw, ch) / 512
        css = box["width"] / cw
        ox, oy = (cw - 512 * fit) / 2, (ch - 512 * fit) / 2
        x = box["x"] + (ox + (x_min + x_max) / 2 * 512 * fit) * css
        y = box["y"] + (oy + (y_min + y_max) / 2 * 512 * fit) * css
        page.mouse.move(x, y)
        page.mouse.down()
        for step in range(1, 13):
            page.mouse.move(x + 90 * fit * css * step / 12, y - 70 * fit * css * step / 12)
            grab()
        page.mouse.up()
        wait_status(page, "Edited keyframe 3")
        page.wait_for_timeout(600)
        grab(8)
        browser.close()
    width = 640
    frames = [f.resize((width, round(f.height * width / f.width)), Image.LANCZOS) for f in frames]
    frames[0].save(out, save_all=True, append_images=frames[1:], duration=140, loop=0, optimize=True)
    print(f"wrote {out} ({len(frames)} frames, {out.stat().st_size / 1e3:.0f} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
