import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VALID } from './fixtures';
import { FirmFileForm } from './FirmFileForm';
import type { FirmFile, FirmSettings } from './settings';

const blobs: Blob[] = [];
beforeEach(() => {
  blobs.length = 0;
  // jsdom has no blob: URLs.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.restoreAllMocks());

function setup(initial?: FirmFile) {
  const onSettingsChange = vi.fn<(settings: FirmSettings | undefined) => void>();
  const user = userEvent.setup();
  render(<FirmFileForm initial={initial} onSettingsChange={onSettingsChange} />);
  const json = (): unknown =>
    JSON.parse(screen.getByLabelText<HTMLTextAreaElement>('Your firm.json').value);
  const last = () => onSettingsChange.mock.calls.at(-1)?.[0];
  return { user, onSettingsChange, json, last };
}

const contactGroup = (n: number) => screen.getByRole('group', { name: `Contact ${n}` });
const pointGroup = (n: number) => screen.getByRole('group', { name: `Point ${n}` });

describe('FirmFileForm', () => {
  it('a firm name and today’s date make a valid file, shown and ready to download', async () => {
    const { user, json, last } = setup();
    expect(screen.queryByRole('link', { name: 'Download firm.json' })).toBeNull();
    await user.type(screen.getByLabelText('Firm name'), 'Hartley & Rowe LLP');
    expect(json()).toMatchObject({ version: 1, firm: 'Hartley & Rowe LLP' });
    expect((json() as { revised: string }).revised).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(last()).toMatchObject({ firm: 'Hartley & Rowe LLP' });
    const link = screen.getByRole('link', { name: 'Download firm.json' });
    expect(link).toHaveAttribute('download', 'firm.json');
    expect(link.getAttribute('href')).toMatch(/^blob:/);
    expect(JSON.parse(await blobs.at(-1)!.text())).toEqual(json());
  });

  it('shows each problem beside its field once the field is left, and offers no download', async () => {
    const { user, last } = setup();
    const firm = screen.getByLabelText('Firm name');
    await user.type(firm, 'x');
    await user.clear(firm);
    expect(screen.queryByText('It is empty.')).toBeNull();
    await user.tab();
    expect(firm).toHaveAccessibleDescription(expect.stringContaining('Error: It is empty.'));
    expect(firm).toHaveAttribute('aria-invalid', 'true');
    expect(last()).toBeUndefined();
    expect(screen.queryByRole('link', { name: 'Download firm.json' })).toBeNull();
    expect(
      screen.getByText('There is 1 problem to fix before you can download the file.'),
    ).toBeInTheDocument();

    const revised = screen.getByLabelText('Date you last reviewed these settings');
    await user.clear(revised);
    await user.type(revised, '2026-02-30');
    await user.tab();
    expect(revised).toHaveAccessibleDescription(
      expect.stringContaining('It should be a real date'),
    );
  });

  it('“Show the problems” shows them all and moves focus to the first', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Show the problems' }));
    const firm = screen.getByLabelText('Firm name');
    expect(firm).toHaveFocus();
    expect(firm).toHaveAccessibleDescription(expect.stringContaining('It is empty.'));
  });

  it('contacts: added with focus on the new one, links checked, removed with focus on Add', async () => {
    const { user, json, last } = setup();
    await user.type(screen.getByLabelText('Firm name'), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Add a contact' }));
    const label = within(contactGroup(1)).getByLabelText('Name shown to readers');
    expect(label).toHaveFocus();
    await user.type(label, 'Risk');
    const href = within(contactGroup(1)).getByLabelText('E-mail or web address');
    await user.type(href, 'javascript:alert(1)');
    await user.tab();
    expect(href).toHaveAccessibleDescription(
      expect.stringContaining('It should be a web address starting https:// or an e-mail address'),
    );
    expect(last()).toBeUndefined();

    await user.clear(href);
    await user.type(href, 'mailto:risk@example.com?subject=Hello');
    expect(href).toHaveAccessibleDescription(expect.stringContaining('no ? part'));

    await user.clear(href);
    await user.type(href, 'mailto:risk@example.com');
    expect(href).not.toHaveAttribute('aria-invalid');
    expect(json()).toMatchObject({
      contacts: [{ id: 'contact-1', label: 'Risk', href: 'mailto:risk@example.com' }],
    });

    await user.selectOptions(
      screen.getByLabelText('Who to tell when there is a red flag (optional)'),
      'Risk',
    );
    expect(last()).toMatchObject({ escalate: 'contact-1' });

    // Renaming the id keeps what names the contact.
    const id = within(contactGroup(1)).getByLabelText('Short id');
    await user.clear(id);
    await user.type(id, 'risk');
    expect(json()).toMatchObject({ escalate: 'risk', contacts: [{ id: 'risk' }] });

    await user.click(screen.getByRole('button', { name: 'Remove contact 1' }));
    expect(screen.getByRole('button', { name: 'Add a contact' })).toHaveFocus();
    expect(json()).toEqual({ version: 1, firm: 'Acme', revised: expect.any(String) as string });
  });

  it('holds at most 6 contacts', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add a contact' }));
    for (let i = 0; i < 5; i++)
      await user.click(screen.getByRole('button', { name: 'Add another contact' }));
    expect(screen.getAllByRole('group', { name: /^Contact \d$/ })).toHaveLength(6);
    expect(screen.queryByRole('button', { name: /Add another contact/ })).toBeNull();
    expect(
      screen.getByText('You have added the most contacts a file can hold (6).'),
    ).toBeInTheDocument();
  });

  it('points: text, contact and conditions from the decision’s own ids and words', async () => {
    const { user, json, last } = setup();
    await user.type(screen.getByLabelText('Firm name'), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Add a point' }));
    const text = within(pointGroup(1)).getByLabelText('What to do');
    expect(text).toHaveFocus();
    await user.type(text, 'Talk to Communications before you accept a journalist.');
    await user.click(
      within(pointGroup(1)).getByRole('button', { name: 'When to show it (Point 1)' }),
    );
    const outcome = within(pointGroup(1)).getByRole('group', { name: 'Recommendation' });
    await user.click(within(outcome).getByLabelText('Accept the invitation'));
    const objectives = within(pointGroup(1)).getByRole('group', {
      name: 'What you use LinkedIn for',
    });
    await user.click(within(objectives).getByLabelText('Raising my profile'));
    await user.click(within(objectives).getByLabelText('Winning work'));
    expect(json()).toMatchObject({
      points: [
        {
          text: 'Talk to Communications before you accept a journalist.',
          when: { outcome: ['accept'], objectives: ['clients', 'media'] },
        },
      ],
    });
    expect(last()?.points?.[0]?.when).toEqual({
      outcome: ['accept'],
      objectives: ['clients', 'media'],
    });
    // Every body of the decision can be chosen.
    const body = within(pointGroup(1)).getByRole('group', { name: 'Professional body' });
    expect(within(body).getByLabelText('Solicitors, England & Wales')).toHaveAttribute(
      'value',
      'sra',
    );
    expect(within(body).getByLabelText('I am not regulated')).toHaveAttribute('value', 'none');

    await user.click(within(objectives).getByLabelText('Raising my profile'));
    await user.click(within(objectives).getByLabelText('Winning work'));
    expect(json()).toMatchObject({ points: [{ when: { outcome: ['accept'] } }] });

    await user.click(screen.getByRole('button', { name: 'Remove point 1' }));
    expect(screen.getByRole('button', { name: 'Add a point' })).toHaveFocus();
  });

  it('a point marked to come first is written as first, and unticking it takes it out again', async () => {
    const { user, json } = setup();
    await user.type(screen.getByLabelText('Firm name'), 'Hartley & Rowe LLP');
    await user.click(screen.getByRole('button', { name: 'Add a point' }));
    await user.type(within(pointGroup(1)).getByLabelText('What to do'), 'Talk to Communications.');
    const first = within(pointGroup(1)).getByRole('checkbox', {
      name: 'Do this before anything else on LinkedIn',
    });
    await user.click(first);
    expect(json()).toMatchObject({ points: [{ text: 'Talk to Communications.', first: true }] });
    await user.click(first);
    expect((json() as { points: object[] }).points[0]).not.toHaveProperty('first');
  });

  it('a point too long is refused beside its text', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add a point' }));
    const text = within(pointGroup(1)).getByLabelText('What to do');
    await user.click(text);
    await user.paste('x'.repeat(301));
    await user.tab();
    expect(text).toHaveAccessibleDescription(
      expect.stringContaining('It is longer than 300 characters.'),
    );
  });

  it('starts from a file to edit, and reports it as valid', () => {
    const { json, last } = setup(VALID);
    expect(json()).toEqual(VALID);
    expect(last()).toEqual(VALID);
    expect(screen.getByLabelText('Professional body (optional)')).toHaveValue('sra');
    expect(
      within(pointGroup(2)).getByLabelText('Contact for this point (optional)'),
    ).toHaveDisplayValue('Communications team');
  });

  it('offers the French beside each text a reader sees, and writes it only once it is filled', async () => {
    const { user, json, last } = setup();
    await user.type(screen.getByLabelText('Firm name'), 'Hartley & Rowe LLP');
    const french = screen.getByLabelText('Firm name in French (optional)');
    expect(french).toHaveAttribute('lang', 'fr-CA');
    expect(json()).toMatchObject({ firm: 'Hartley & Rowe LLP' });
    await user.type(french, 'Hartley & Rowe S.E.N.C.R.L.');
    expect(json()).toMatchObject({
      firm: { en: 'Hartley & Rowe LLP', fr: 'Hartley & Rowe S.E.N.C.R.L.' },
    });
    // The preview is this page's language.
    expect(last()).toMatchObject({ firm: 'Hartley & Rowe LLP' });

    await user.click(screen.getByRole('button', { name: 'Add a contact' }));
    await user.type(within(contactGroup(1)).getByLabelText('Name shown to readers'), 'Risk');
    await user.type(within(contactGroup(1)).getByLabelText('Name in French (optional)'), 'Risques');
    await user.click(screen.getByRole('button', { name: 'Add a point' }));
    await user.type(
      within(pointGroup(1)).getByLabelText('What to do, in French (optional)'),
      'Soyez courtois.',
    );
    expect(json()).toMatchObject({
      contacts: [{ label: { en: 'Risk', fr: 'Risques' } }],
      points: [{ text: { fr: 'Soyez courtois.' } }],
    });
  });

  it('starts from a file in two languages with each text in its field', () => {
    const file = {
      ...VALID,
      firm: { en: 'Hartley & Rowe LLP', fr: 'Hartley & Rowe S.E.N.C.R.L.' },
    };
    const { json } = setup(file);
    expect(screen.getByLabelText('Firm name')).toHaveValue('Hartley & Rowe LLP');
    expect(screen.getByLabelText('Firm name in French (optional)')).toHaveValue(
      'Hartley & Rowe S.E.N.C.R.L.',
    );
    expect(json()).toEqual(file);
  });

  it('shows markup typed into a field as text only', async () => {
    const { user, json } = setup();
    await user.type(screen.getByLabelText('Firm name'), '<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(json()).toMatchObject({ firm: '<img src=x onerror=alert(1)>' });
  });
});

describe('FirmFileForm, problems in screen order', () => {
  it('“Show the problems” focuses the first problem on screen, a contact before a point', async () => {
    const { user } = setup({ version: 1, firm: 'Acme', revised: '2026-12-01' });
    await user.click(screen.getByRole('button', { name: 'Add a contact' }));
    await user.clear(within(contactGroup(1)).getByLabelText('Short id'));
    await user.click(screen.getByRole('button', { name: 'Add a point' }));
    await user.click(screen.getByRole('button', { name: 'Show the problems' }));
    // The name comes before the id on screen.
    expect(within(contactGroup(1)).getByLabelText('Name shown to readers')).toHaveFocus();
    expect(within(contactGroup(1)).getByLabelText('Short id')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(within(pointGroup(1)).getByLabelText('What to do')).toHaveAccessibleDescription(
      expect.stringContaining('It is empty.'),
    );
  });
});

describe('FirmFileForm, opening the settings the site serves', () => {
  const serve = (response: Response) => {
    const fetchMock = vi.fn(() => Promise.resolve(response));
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
  };
  afterEach(() => vi.unstubAllGlobals());
  const open = (user: ReturnType<typeof userEvent.setup>) =>
    user.click(screen.getByRole('button', { name: 'Open this site’s settings' }));

  it('fills the form from firm.json, read as the pages read it, to change it', async () => {
    const fetchMock = serve(
      new Response(JSON.stringify(VALID), { headers: { 'Content-Type': 'application/json' } }),
    );
    const { user, json, last } = setup();
    await user.type(screen.getByLabelText('Firm name'), 'Typed before');
    await open(user);
    expect(await screen.findByText(/^Opened firm\.json\./)).toHaveAttribute('role', 'status');
    expect(fetchMock).toHaveBeenCalledWith('firm.json', expect.anything());
    expect(screen.getByLabelText('Firm name')).toHaveValue(VALID.firm);
    expect(screen.getAllByRole('group', { name: /^Point \d$/ })).toHaveLength(3);
    expect(json()).toEqual(VALID);
    expect(last()).toEqual(VALID);

    // Then changed like any other file.
    await user.clear(within(contactGroup(1)).getByLabelText('Short id'));
    await user.type(within(contactGroup(1)).getByLabelText('Short id'), 'risk-team');
    expect(json()).toMatchObject({
      escalate: 'risk-team',
      points: [{}, {}, { contact: 'risk-team' }],
    });
  });

  it('a file that is not valid says so and leaves the form as it was', async () => {
    serve(new Response('{ "version": 1, "firm": "Broken" ', { status: 200 }));
    const { user } = setup();
    await user.type(screen.getByLabelText('Firm name'), 'Mine');
    await open(user);
    expect(
      await screen.findByText(
        'The firm file is not valid JSON: check for a missing comma, quote or bracket. The form is as it was.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Firm name')).toHaveValue('Mine');
  });

  it('a file that breaks a rule names the field, and leaves the form as it was', async () => {
    serve(new Response(JSON.stringify({ ...VALID, policyUrl: 'http://example.com' })));
    const { user } = setup();
    await user.type(screen.getByLabelText('Firm name'), 'Mine');
    await open(user);
    expect(await screen.findByText(/policyUrl.*The form is as it was\.$/)).toBeInTheDocument();
    expect(screen.getByLabelText('Firm name')).toHaveValue('Mine');
  });

  it('a site with no settings says there is nothing to open', async () => {
    serve(new Response('', { status: 404 }));
    const { user } = setup();
    await open(user);
    expect(
      await screen.findByText(
        'This site serves no firm.json yet, so there is nothing to open. The form is as it was.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Firm name')).toHaveValue('');
  });
});
