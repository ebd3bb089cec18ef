import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../decision/steps';
import { FirmEscalation } from './FirmEscalation';
import { FirmNotice } from './FirmNotice';
import { FirmSection } from './FirmSection';
import { VALID } from './fixtures';
import type { FirmSettings } from './settings';

const media: Answers = { objectives: ['media'], body: 'sra', rules: 'allowed', matter: 'none' };
const MARKUP = '<script>alert(1)</script><img src=x onerror=alert(1)>';

function section() {
  const heading = screen.getByRole('heading', { name: 'Hartley & Rowe LLP: your firm’s policy' });
  const region = heading.closest('section')!;
  expect(region).toHaveAttribute('data-firm-policy');
  return region;
}

describe('FirmSection', () => {
  it('shows the points that apply under the firm’s name, as the firm’s own policy', () => {
    render(<FirmSection settings={VALID} outcome="accept" answers={media} />);
    const region = section();
    expect(screen.getByRole('region', { name: 'Hartley & Rowe LLP: your firm’s policy' })).toBe(
      region,
    );
    expect(region).toHaveTextContent('not your professional body’s rules, and not our suggestion');
    const items = within(region).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Never discuss a client or a matter on LinkedIn.',
      'Talk to Communications before you accept a journalist. Contact: Communications team (opens in a new tab) (intranet.example.com)',
    ]);
    expect(region).toHaveTextContent('Last reviewed by your firm on 1 December 2026.');
  });

  it('a point’s contact: a web page shows its name and host, an address shows the address', () => {
    render(<FirmSection settings={VALID} outcome="dont-connect" answers={{ matter: 'juror' }} />);
    const region = section();
    const mail = within(region).getByRole('link', { name: 'risk@example.com' });
    expect(mail).toHaveAttribute('href', 'mailto:risk@example.com');
    expect(mail).not.toHaveAttribute('target');
    expect(region).toHaveTextContent('Contact: Risk and Compliance, risk@example.com');
  });

  it('links the firm’s policy, in a new tab', () => {
    render(<FirmSection settings={VALID} outcome="ignore" answers={media} />);
    const link = within(section()).getByRole('link', {
      name: 'Read your firm’s social media policy (opens in a new tab)',
    });
    expect(link).toHaveAttribute('href', 'https://intranet.example.com/policies/social-media');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows nothing when no point applies and there is no policy link', () => {
    const settings: FirmSettings = {
      version: 1,
      firm: 'A',
      revised: '2026-01-01',
      points: [{ text: 'x', when: { outcome: ['wait'] } }],
    };
    const { container } = render(
      <FirmSection settings={settings} outcome="accept" answers={media} />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('shows markup in any text as text', () => {
    const settings: FirmSettings = {
      ...VALID,
      firm: MARKUP,
      points: [{ text: MARKUP, contact: 'comms' }],
      contacts: [{ id: 'comms', label: MARKUP, href: 'https://example.com/' }],
    };
    const { container } = render(
      <FirmSection settings={settings} outcome="accept" answers={media} />,
    );
    expect(container.querySelector('script, img')).toBeNull();
    expect(
      screen.getByRole('heading', { name: `${MARKUP}: your firm’s policy` }),
    ).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent(MARKUP, { normalizeWhitespace: false });
    expect(
      screen.getByRole('link', { name: `${MARKUP} (opens in a new tab)` }),
    ).toBeInTheDocument();
  });

  it('never puts a javascript: (or any other) link on the page, even in settings built by hand', () => {
    const bad = [
      'javascript:alert(1)',
      'data:text/html,x',
      'http://example.com',
      'mailto:a@b.co?bcc=c@d.co',
    ];
    for (const href of bad) {
      const settings = {
        ...VALID,
        policyUrl: href,
        contacts: [{ id: 'comms', label: 'Comms', href }],
        points: [{ text: 'Ask first.', contact: 'comms' }],
        escalate: 'comms',
      } as FirmSettings;
      const { container, unmount } = render(
        <>
          <FirmSection settings={settings} outcome="dont-connect" answers={media} />
          <FirmEscalation settings={settings} outcome="dont-connect" />
        </>,
      );
      expect(container.querySelectorAll('a')).toHaveLength(0);
      expect(container.innerHTML).not.toContain(href.replace(/&/g, '&amp;'));
      expect(container).toHaveTextContent('Ask first. Contact: Comms');
      unmount();
    }
  });
});

describe('FirmEscalation', () => {
  it('names the escalation contact on a red-flag outcome', () => {
    render(<FirmEscalation settings={VALID} outcome="dont-connect" />);
    expect(screen.getByRole('link', { name: 'risk@example.com' })).toHaveAttribute(
      'href',
      'mailto:risk@example.com',
    );
    expect(document.body).toHaveTextContent(
      'Tell your firm’s named contact now: Risk and Compliance, risk@example.com',
    );
  });

  it('says nothing on other outcomes', () => {
    const { container } = render(<FirmEscalation settings={VALID} outcome="accept" />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('FirmNotice', () => {
  it('says which field is wrong and that the tool works without the settings', () => {
    render(
      <FirmNotice problem="The firm file’s points, number 3, text: it is longer than 300 characters." />,
    );
    const notice = screen.getByRole('status');
    expect(notice).toHaveAttribute('data-firm-notice');
    expect(notice).toHaveTextContent('Your firm’s settings are not in use');
    expect(notice).toHaveTextContent('points, number 3, text: it is longer than 300 characters.');
    expect(notice).toHaveTextContent('The tool works as usual without them.');
  });

  it('shows a problem with markup in it as text', () => {
    const { container } = render(<FirmNotice problem={MARKUP} />);
    expect(container.querySelector('script, img')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(MARKUP);
  });
});
