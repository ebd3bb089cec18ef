import { Link } from 'react-router';
import { SITE } from '../content/site';

/** `#/`: what the tool does, in two sentences, and a way in. */
export default function StartScreen() {
  return (
    <section className="prerendered space-y-6">
      <h1 className="text-3xl font-bold sm:text-4xl">{SITE.name}</h1>
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
