// Quick exit in the browser. The page is hidden in the same instant, a mark
// is left in this tab's sessionStorage, and the current history entry is
// replaced by the neutral page. Pages of Senda further back in history can
// still be reached with Back: when one of them is shown again (loaded anew,
// or restored from the back-forward cache) with the mark set, it leaves at
// once without showing anything.
const MARK = 'senda-quick-exit';

function marked() {
  try { return sessionStorage.getItem(MARK) === '1'; } catch { return false; }
}

export function leave(url) {
  document.documentElement.classList.add('leaving');
  document.title = '';
  try { sessionStorage.setItem(MARK, '1'); } catch { /* storage blocked: leaving still works */ }
  location.replace(url);
}

// True when this page was reached with Back or Forward after a quick exit.
// Opening Senda afresh (a link, the address bar, the home-screen icon)
// clears the mark.
export function came_back_after_exit() {
  if (!marked()) return false;
  const navigation = performance.getEntriesByType('navigation')[0];
  if (navigation && navigation.type === 'back_forward') return true;
  try { sessionStorage.removeItem(MARK); } catch { /* nothing to clear */ }
  return false;
}

export function leave_again_when_restored(url) {
  addEventListener('pageshow', (event) => {
    if (event.persisted && marked()) leave(url);
  });
}
