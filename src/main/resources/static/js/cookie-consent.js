// No storage without consent (promise K1). htmx 2 writes the current path into sessionStorage as it
// loads, and snapshots pages there on htmx history pushes; the shop does not need either kept: when
// the keys are missing, htmx takes the path from the address bar and fetches a page from the server
// on Back. So they are removed as soon as htmx has written them.
(function () {
  'use strict';
  var keys = ['htmx-current-path-for-history', 'htmx-history-cache'];

  function clear() {
    try {
      keys.forEach(function (key) {
        window.sessionStorage.removeItem(key);
      });
    } catch (ignored) {
      // storage disabled: nothing to clear
    }
  }

  clear();
  ['htmx:load', 'htmx:pushedIntoHistory', 'htmx:replacedInHistory', 'htmx:historyRestore'].forEach(function (event) {
    document.addEventListener(event, clear);
  });
})();
