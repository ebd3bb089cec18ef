// Before first paint, for a deep link (see build/preload-plugin.ts): hide the prerendered
// start page and fetch the decision's chunks alongside the app's script, at the same low
// priority as the app's script: none of them can run before React has arrived, and none
// should compete with the stylesheet the first paint needs.
if (!/^(#\/?)?$/.test(location.hash)) {
  document.documentElement.classList.add('deep-link');
  var m = document.querySelector('meta[name="deep-link-modules"]');
  (m ? m.content.split(' ') : []).forEach(function (href) {
    var l = document.createElement('link');
    l.rel = 'modulepreload';
    l.crossOrigin = '';
    l.fetchPriority = 'low';
    l.href = href;
    document.head.appendChild(l);
  });
}
