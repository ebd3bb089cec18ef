import { useEffect } from 'react';
import { createPath, useLocation, useNavigate } from 'react-router';

/**
 * The router listens to the fragment only once its first render has been committed, and that
 * render is a transition (the prerendered start page is taken over in slices): a fragment that
 * changed in between (a link followed, Back, a host page's change) was not heard. Once
 * listening, show the address the browser is at. (The full site's hash router only: a memory
 * router's address is not the browser's.)
 */
export function FragmentCatchUp(): null {
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    const current = window.location.hash.replace(/^#/, '') || '/';
    if (current !== createPath(location)) void navigate(current, { replace: true });
    // Once, after the first commit: from then on the router hears every change itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}
