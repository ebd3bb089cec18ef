import { FIRM_SECTION as T } from '../content/firm';
import { linkParts } from './links';

/**
 * A firm's contact as a link: an e-mail address shows the address; a web page shows the
 * contact's name and the site's host. Anything that is not an `https:` page or a bare
 * `mailto:` address renders as the name alone, never as a link.
 */
export function ContactLink({ label, href }: { label: string; href: string }) {
  const link = linkParts(href);
  if (!link) return <>{label}</>;
  if (link.kind === 'email')
    return (
      <>
        {label}, <a href={link.href}>{link.display}</a>
      </>
    );
  return (
    <>
      <a href={link.href} target="_blank" rel="noopener noreferrer">
        {label} <span className="sr-only">{T.newTab}</span>
      </a>{' '}
      ({link.display})
    </>
  );
}
