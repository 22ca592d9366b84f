// Compare tab: the players start, pause and scrub together, so the same moment is seen in every variant.
// Media events do not bubble, so one capturing listener on the document reaches every <video> in
// #compare-results, including players Gradio re-creates when a new comparison arrives.
(() => {
  if (window.__phystudioCompareSync) return;
  window.__phystudioCompareSync = true;
  const ROOT = "#compare-results";
  const DRIFT_S = 0.25; // while playing, a peer further apart than this is pulled back in step
  let relaying = false;

  function peers(source) {
    return Array.from(document.querySelectorAll(`${ROOT} video`)).filter((v) => v !== source && v.src);
  }

  function relay(event) {
    const source = event.target;
    if (relaying || !(source instanceof HTMLVideoElement) || !source.closest(ROOT)) return;
    relaying = true;
    try {
      for (const peer of peers(source)) {
        const apart = Math.abs(peer.currentTime - source.currentTime);
        if (event.type === "play" && peer.paused) {
          peer.currentTime = source.currentTime;
          peer.play().catch(() => {});
        } else if (event.type === "pause" && !peer.paused) {
          peer.pause();
          peer.currentTime = source.currentTime;
        } else if (event.type === "seeked" && apart > 0.04) {
          peer.currentTime = source.currentTime;
        } else if (event.type === "timeupdate" && !source.paused && !source.seeking && apart > DRIFT_S) {
          peer.currentTime = source.currentTime;
        } else if (event.type === "ratechange") {
          peer.playbackRate = source.playbackRate;
        }
      }
    } finally {
      relaying = false;
    }
  }

  for (const type of ["play", "pause", "seeked", "timeupdate", "ratechange"]) {
    document.addEventListener(type, relay, true);
  }
})();
