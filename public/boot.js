// Runs before first paint. index.html holds the prerendered start page; a deep link
// (a shared decision) hides it so the decision appears without the start page flashing.
if (!/^(#\/?)?$/.test(location.hash)) document.documentElement.classList.add('deep-link');
