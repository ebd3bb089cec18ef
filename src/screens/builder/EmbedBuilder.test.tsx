import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/renderApp';

/*
 * The builder (`#/embed`): the embed's options with each problem beside its field and beside
 * the code it would have changed, the firm file's form, and a preview of the firm's points on
 * an outcome, fed by the form as it stands.
 */

beforeAll(async () => {
  await import('./EmbedBuilder');
});
beforeEach(() => {
  // jsdom has no blob: URLs (the form's download link).
  URL.createObjectURL = vi.fn(() => 'blob:test/1');
  URL.revokeObjectURL = vi.fn();
});

async function open() {
  renderApp('/embed');
  await screen.findByRole('heading', { level: 1, name: 'Embed this tool on your intranet' });
  return userEvent.setup();
}

const code = (name: string) => screen.getByRole<HTMLTextAreaElement>('textbox', { name });

describe('the embed builder', () => {
  it('takes an accent pasted with its #', async () => {
    const user = await open();
    await user.type(screen.getByLabelText('Accent colour (optional)'), '#004c97');
    expect(code('Iframe code').value).toContain('accent=004c97');
    expect(code('Loader code').value).toContain('004c97');
    expect(screen.queryByText(/Not in this code yet/)).not.toBeInTheDocument();
  });

  it('offers the tool in French: the code and the preview open the French embed', async () => {
    const user = await open();
    const language = screen.getByRole('group', { name: 'Language' });
    expect(within(language).getByLabelText('English')).toBeChecked();
    await user.click(within(language).getByLabelText('French (Québec)'));
    expect(code('Iframe code').value).toMatch(/src="http:\/\/[^"]*\/fr\/embed\.html\?lang=fr"/);
    expect(code('Loader code').value).toContain('data-lang="fr"');
    await waitFor(() =>
      expect(screen.getByTitle(/^Preview: /)).toHaveAttribute(
        'src',
        expect.stringMatching(/\/fr\/embed\.html\?lang=fr$/),
      ),
    );
  });

  it('says beside the field and beside each code what an invalid value leaves out', async () => {
    const user = await open();
    const accent = screen.getByLabelText('Accent colour (optional)');
    await user.type(accent, 'blue');
    expect(accent).toHaveAttribute('aria-invalid', 'true');
    expect(code('Iframe code').value).not.toContain('accent=');
    for (const name of ['Iframe code', 'Loader code']) {
      const field = code(name);
      const said = document.getElementById(field.getAttribute('aria-describedby') ?? '');
      expect(said).toHaveTextContent('Not in this code yet: accent colour.');
    }
  });

  it('previews the firm’s points on an outcome from the form, applying their conditions', async () => {
    const user = await open();
    const preview = screen.getByRole('region', { name: 'Preview of your firm’s points' });
    expect(within(preview).getByText(/Your points show here once/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Firm name'), 'Hartley & Rowe <i>LLP</i>');
    await user.click(screen.getByRole('button', { name: 'Add a point' }));
    const point = screen.getByRole('group', { name: 'Point 1' });
    await user.type(within(point).getByLabelText('What to do'), 'Report any juror to Risk.');
    await user.click(within(point).getByRole('button', { name: 'When to show it (Point 1)' }));
    await user.click(within(point).getAllByRole('checkbox', { name: /juror/i })[0]!);

    await waitFor(() =>
      expect(within(preview).getByText(/None of your points applies/)).toBeInTheDocument(),
    );
    await user.selectOptions(
      within(preview).getByLabelText('Recommendation to preview'),
      within(preview).getByRole('option', { name: /Don’t accept/ }),
    );
    const section = preview.querySelector('[data-firm-policy]');
    expect(section).not.toBeNull();
    expect(section).toHaveTextContent('Hartley & Rowe <i>LLP</i>: your firm’s policy');
    expect(section).toHaveTextContent('Report any juror to Risk.');
    expect(preview.querySelector('i')).toBeNull();
  });
});
