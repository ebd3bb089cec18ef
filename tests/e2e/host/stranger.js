// Answers the loader's hello with the largest height and the furthest scroll it can ask for.
(function () {
  var frameId = new URLSearchParams(location.search).get('frameId') || '';
  function send(type, payload) {
    window.parent.postMessage(
      { ns: 'dt-embed', v: 1, frameId: frameId, type: type, payload: payload },
      '*',
    );
  }
  window.addEventListener('message', function (event) {
    if (!event.data || event.data.type !== 'dt:hello') return;
    send('dt:ready', { protocol: 1 });
    send('dt:resize', { height: 1000000 });
    setTimeout(function () {
      send('dt:scroll-request', { top: 1000000 });
      document.body.setAttribute('data-asked', '');
    }, 200);
  });
})();
