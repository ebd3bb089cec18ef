import { useEffect } from 'react';
import { Link } from 'react-router';
import { afterShown, SCREEN_SHOWN } from '../app/afterShown';
import { preloadListed } from '../app/preloadListed';
import { SITE } from '../content/site';

/** The first question's code, fetched once the start page is on screen and the browser is
 *  idle: "Start now" then shows it without waiting for the network. Not part of the start
 *  page's first load, and not run until the user starts. */
const preloadFirstQuestion = () => {
  if (preloadListed('first-question-modules')) return;
  // Offline, it is fetched (or reported as not loading) when the user starts instead.
  void import('./loadScreens').then((m) => m.loadQuestionScreen()).catch(() => undefined);
};

/** `#/`: what the tool does, in two sentences, and a way in. */
export default function StartScreen() {
  useEffect(() => {
    // Where there's no idle callback (Safari), it's fetched on "Start now" instead.
    if (typeof requestIdleCallback !== 'function') return;
    let idle: number | undefined;
    const cancelPaint = afterShown(() => (idle = requestIdleCallback(preloadFirstQuestion)));
    return () => {
      cancelPaint();
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, []);
  return (
    <section className="prerendered space-y-6">
      <h1 elementtiming={SCREEN_SHOWN} className="text-3xl font-bold sm:text-4xl">
        {SITE.name}
      </h1>
      <p className="text-xl">{SITE.intro.join(' ')}</p>
      <p className="text-muted">{SITE.privacy}</p>
      <p>
        <Link to="/decision?v=1" className="btn btn-primary text-lg" role="button">
          {SITE.start}
        </Link>
      </p>
    </section>
  );
}
