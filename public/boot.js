// Runs before the first paint: a page opened on a decision link hides the prerendered start
// page, so the reader never sees it flash before their decision (src/app/Layout.tsx shows the
// page again once React has rendered it).
if (!/^(#\/?)?$/.test(location.hash)) document.documentElement.classList.add('deep-link');
