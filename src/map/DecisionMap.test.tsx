import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { replay } from '../decision/replay';
import { DecisionMap } from './DecisionMap';
import { DECISION_GRAPH, DECISION_MAP } from './decisionMap';
import HowWeGotHere, { decisionPath } from './PathMap';

const WAIT = {
  objectives: ['careers' as const],
  body: 'bsb' as const,
  rules: 'allowed' as const,
  matter: 'none' as const,
  invite: 'standard' as const,
  profile: 'unclear' as const,
  reply: 'pending' as const,
};

describe('DecisionMap', () => {
  it('is one image named by its title and described by its desc', () => {
    render(<DecisionMap model={DECISION_MAP} title="The map" desc="What it shows" />);
    const img = screen.getByRole('img', { name: 'The map' });
    expect(img).toHaveAccessibleDescription('What it shows');
    expect(img.querySelectorAll('[data-node]')).toHaveLength(DECISION_GRAPH.nodes.length);
    expect(img.querySelectorAll('[data-edge]')).toHaveLength(DECISION_GRAPH.edges.length);
    expect(img.querySelectorAll('[data-label]')).toHaveLength(DECISION_GRAPH.edges.length);
  });

  it('uses no inline style (the CSP forbids them): attributes and classes only', () => {
    const { container } = render(<DecisionMap model={DECISION_MAP} title="t" desc="d" />);
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('highlights exactly the path given and dims the rest', () => {
    const path = decisionPath({ answers: replay(WAIT).context.answers, fixed: {} });
    const { container } = render(
      <DecisionMap model={DECISION_MAP} path={path} title="t" desc="d" />,
    );
    const on = (sel: string, attr: string) =>
      [...container.querySelectorAll(`${sel}.is-on`)].map((e) => e.getAttribute(attr));
    expect(on('.map-node', 'data-node').sort()).toEqual([...path.nodes].sort());
    expect(on('.map-edge', 'data-edge').sort()).toEqual([...path.edges].sort());
    const off = container.querySelectorAll('.map-node.is-off');
    expect(off).toHaveLength(DECISION_GRAPH.nodes.length - path.nodes.length);
  });
});

describe('How we got here', () => {
  it('gives the path as an ordered list too: each step with the answer given, then the outcome', () => {
    const { context } = replay(WAIT);
    render(
      <MemoryRouter>
        <HowWeGotHere answers={context.answers} fixed={{}} />
      </MemoryRouter>,
    );
    const region = screen.getByRole('region', { name: 'How we got here' });
    // Folded under one line until the reader opens it.
    const fold = region.querySelector('details') as HTMLDetailsElement;
    expect(fold.open).toBe(false);
    expect(within(region).getByText('Show your path through the decision')).toBeInTheDocument();
    fold.open = true;
    expect(within(region).getByRole('img', { name: /your path highlighted/i })).toBeVisible();
    const items = within(within(region).getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'What do you use LinkedIn for? You answered: Recruiting or my own career',
      'Who regulates your profession? You answered: Barristers, England & Wales',
      'Do your rules let you connect? You answered: Yes, they allow it',
      'Connected to one of your matters? You answered: No, not as far as I can tell',
      'What does their invitation say? You answered: Just LinkedIn’s standard text',
      'Do they fit, from their profile? You answered: I can’t tell why they want to connect',
      'Did they reply to your note? You answered: Not yet',
      'Recommendation: Wait for their reply',
    ]);
    expect(
      within(region).getByRole('link', { name: /how the whole decision works/i }),
    ).toHaveAttribute('href', '/how-it-works');
  });

  it('on paper, draws only the path, each arrow labelled with the answer given', () => {
    const { context } = replay({ objectives: ['known-only'], matter: 'none' });
    const { container } = render(
      <MemoryRouter>
        <HowWeGotHere answers={context.answers} fixed={{}} />
      </MemoryRouter>,
    );
    const svg = container.querySelector('.map-print svg') as SVGSVGElement;
    expect(
      [...svg.querySelectorAll('[data-node]')].map((n) => n.getAttribute('data-node')),
    ).toEqual(['objectives', 'matter', 'ignore']);
    const label = [...(svg.querySelector('[data-label]')?.querySelectorAll('tspan') ?? [])];
    expect(label.map((t) => t.textContent).join(' ')).toBe(
      'I only connect with people I already know',
    );
  });
});
