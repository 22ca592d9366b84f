// Layout tab keyboard shortcuts (the annotator's own: D drag boxes, C create a box, Delete removes one):
//   [ / ]  previous / next keyframe      Ctrl/⌘+Z undo      Ctrl/⌘+Shift+Z or Ctrl+Y redo
// Ignored while typing in a field, and when the Layout tab is not the one shown.
// Also starts each new editor canvas on its "Drag boxes" tool: the annotator picks "Create box" when its
// first value has no boxes, and a drag meant to move an object would then draw a new box instead.
(() => {
  if (window.__phystudioLayoutKeys) return;
  window.__phystudioLayoutKeys = true;

  function typing(target) {
    return target instanceof HTMLElement &&
      (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
  }

  function stepKeyframe(delta) {
    const input = document.querySelector("#keyframe-slider input[type=number]");
    if (!input) return;
    const low = Number(input.min || 1), high = Number(input.max || 1);
    const next = Math.min(high, Math.max(low, Number(input.value) + delta));
    if (next === Number(input.value)) return;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
    setter.call(input, String(next));
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  }

  const toolbarsSeen = new WeakSet();
  function startOnDragTool() {
    for (const toolbar of document.querySelectorAll("#layout-editor .canvas-control")) {
      if (toolbarsSeen.has(toolbar)) continue;
      toolbarsSeen.add(toolbar);
      toolbar.querySelector("button[aria-label='Drag boxes']")?.click();
    }
  }
  new MutationObserver(startOnDragTool).observe(document.body, { childList: true, subtree: true });
  startOnDragTool();

  document.addEventListener("keydown", (event) => {
    const editor = document.querySelector("#layout-editor");
    if (!editor || editor.offsetParent === null || typing(event.target)) return;
    const mod = event.ctrlKey || event.metaKey;
    let handled = true;
    if (!mod && event.key === "[") stepKeyframe(-1);
    else if (!mod && event.key === "]") stepKeyframe(1);
    else if (mod && event.key.toLowerCase() === "z" && !event.shiftKey) document.querySelector("#undo-button")?.click();
    else if (mod && (event.key.toLowerCase() === "y" || (event.key.toLowerCase() === "z" && event.shiftKey)))
      document.querySelector("#redo-button")?.click();
    else handled = false;
    if (handled) event.preventDefault();
  });
})();
