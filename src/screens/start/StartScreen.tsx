import { Link } from 'react-router';
import { SITE } from '../../content/site';

/**
 * The decision's code and its question screen, fetched as soon as the reader shows they mean
 * to start (a pointer over "Start now", a touch, or focus on it), so the first question rarely
 * waits for the network. Not part of the start page's own load.
 */
const fetchDecision = () =>
  void Promise.all([
    import('../question/DecisionRoute'),
    import('../question/QuestionScreen'),
  ]).catch(() => undefined);

/** `#/`: what the tool does, in two sentences, and a way in. */
export default function StartScreen() {
  return (
    <section className="prerendered space-y-6">
      <h1 className="text-3xl font-bold sm:text-4xl">{SITE.name}</h1>
      <p className="text-xl">{SITE.intro.join(' ')}</p>
      <p className="text-muted">{SITE.privacy}</p>
      <p>
        <Link
          to="/decision?v=1"
          state={{ backIsBrowserBack: true, fresh: true }}
          className="btn btn-primary text-lg"
          role="button"
          // A button starts on Space as well as Enter; a link only on Enter.
          onKeyDown={(e) => {
            if (e.key !== ' ') return;
            e.preventDefault();
            e.currentTarget.click();
          }}
          onPointerEnter={fetchDecision}
          onTouchStart={fetchDecision}
          onFocus={fetchDecision}
        >
          {SITE.start}
        </Link>
      </p>
    </section>
  );
}
