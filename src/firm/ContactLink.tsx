import { FIRM_SECTION as T } from '../content/firm';
import { safeLink } from '../embed/safeLink';

/**
 * A firm's contact as a link: an e-mail address shows the address; a web page shows the
 * contact's name and the site's host. Anything that is not an `https:` page or a bare
 * `mailto:` address renders as the name alone, never as a link. Long names and hosts wrap
 * anywhere, so the end of a host (the domain that owns it) is always on screen.
 */
export function ContactLink({ label, href }: { label: string; href: string }) {
  const link = safeLink(href);
  if (!link) return <span className="wrap-anywhere">{label}</span>;
  if (link.kind === 'email')
    return (
      <span className="wrap-anywhere">
        {label}, <a href={link.href}>{link.display}</a>
      </span>
    );
  return (
    <span className="wrap-anywhere">
      <a href={link.href} target="_blank" rel="noopener noreferrer">
        {label} <span className="sr-only">{T.newTab}</span>
      </a>{' '}
      ({link.display})
    </span>
  );
}
