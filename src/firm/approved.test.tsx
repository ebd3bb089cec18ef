import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GUIDANCE_CHANGES } from '../content/changeList';
import { ADVICE_AS_OF } from '../content/changes';
import { longDate } from '../content/site';
import { today } from '../share/dates';
import { checkDraft, draftFrom, draftToJson, emptyDraft } from './draft';
import { FirmApproval } from './FirmApproval';
import { copy, VALID } from './fixtures';
import { readFirmSettings, type FirmSettings } from './settings';

const APPROVED = { by: 'Risk & Compliance', on: '2026-12-02', advice: '2026-12-01' };

function read(approved: unknown) {
  const file = copy();
  file.approved = approved;
  return readFirmSettings(file);
}

describe('the firm’s sign-off in its settings (approved)', () => {
  it('is read with who approved, when, and the version of the advice reviewed', () => {
    expect(read(APPROVED)).toEqual({ ok: true, settings: { ...VALID, approved: APPROVED } });
  });

  it('refuses the whole file when the sign-off is wrong, naming the field', () => {
    const tomorrowButOne = today(new Date(Date.now() + 3 * 86_400_000));
    const cases: [unknown, string][] = [
      [
        { ...APPROVED, on: tomorrowButOne },
        'The firm file’s approved, on: it should be a real date written YYYY-MM-DD, such as 2026-12-01, and not in the future.',
      ],
      [
        { ...APPROVED, advice: '6 December 2026' },
        'The firm file’s approved, advice: it should be a real date written YYYY-MM-DD, such as 2026-12-01, and not in the future.',
      ],
      [
        { ...APPROVED, on: '2026-02-30' },
        'The firm file’s approved, on: it should be a real date written YYYY-MM-DD, such as 2026-12-01, and not in the future.',
      ],
      [
        { ...APPROVED, by: 'Risk\nCompliance' },
        'The firm file’s approved, by: it contains a line break, a tab, an invisible or unassigned character (such as a zero-width space or a blank filler), or more than two marks stacked on one letter.',
      ],
      [
        { ...APPROVED, by: 'x'.repeat(81) },
        'The firm file’s approved, by: it is longer than 80 characters.',
      ],
      [{ by: 'Risk', on: '2026-12-02' }, 'The firm file’s approved, advice: it is missing.'],
      [
        { ...APPROVED, note: 'ok' },
        'The firm file’s approved: “note” is not a field this tool knows.',
      ],
    ];
    for (const [approved, problem] of cases) expect(read(approved)).toEqual({ ok: false, problem });
  });
});

describe('FirmApproval', () => {
  const settings = (advice: string): FirmSettings => ({
    ...VALID,
    approved: { ...APPROVED, advice },
  });

  it('says who approved the tool for the firm, when, and which version of the advice', () => {
    render(<FirmApproval settings={settings(ADVICE_AS_OF)} />);
    expect(document.querySelector('[data-firm-approved]')).toHaveTextContent(
      `Risk & Compliance approved this tool for Hartley & Rowe LLP on 2 December 2026, having reviewed its advice as of ${longDate(ADVICE_AS_OF)}.`,
    );
    expect(document.querySelector('[data-advice-changed]')).toBeNull();
  });

  it('when our advice is newer than the version approved, lists the dated changes since', () => {
    const before = GUIDANCE_CHANGES[0]!.date;
    const older = `${Number(before.slice(0, 4)) - 1}${before.slice(4)}`;
    render(<FirmApproval settings={settings(older)} />);
    const changed = document.querySelector<HTMLElement>('[data-advice-changed]');
    expect(changed).not.toBeNull();
    expect(changed).toHaveTextContent('Our advice has changed since Risk & Compliance reviewed it');
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(GUIDANCE_CHANGES.map((c) => `${longDate(c.date)}: ${c.text}`));
  });

  it('says nothing for a firm that recorded no sign-off', () => {
    const { container } = render(<FirmApproval settings={VALID} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('the builder’s approval fields', () => {
  it('write who approved and when, with the version of the advice the tool gives today', () => {
    const draft = {
      ...emptyDraft('2026-12-01'),
      firm: 'Acme',
      approved: { by: 'Risk', on: '2026-12-02' },
    };
    expect(draftToJson(draft).approved).toEqual({
      by: 'Risk',
      on: '2026-12-02',
      advice: ADVICE_AS_OF,
    });
    expect(draftToJson({ ...draft, approved: { by: '', on: '' } })).not.toHaveProperty('approved');
  });

  it('keep a sign-off of today’s advice, and ask again for the date of one of an older version', () => {
    const current = { ...VALID, approved: { ...APPROVED, advice: ADVICE_AS_OF } };
    expect(draftToJson(draftFrom(current))).toEqual(current);

    const draft = draftFrom({ ...VALID, approved: { ...APPROVED, advice: '2025-01-01' } });
    expect(draft.approved?.by).toBe('Risk & Compliance');
    const { settings, errors } = checkDraft(draft);
    expect(settings).toBeUndefined();
    expect(errors.get('approved.on')).toBe(
      'It should be a real date written YYYY-MM-DD, such as 2026-12-01, and not in the future.',
    );
  });
});
