import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { changesSince, GUIDANCE_CHANGES } from '../../content/changeList';
import { today } from '../../share/dates';
import { renderApp } from '../../test/renderApp';

/*
 * A decision's link is a record: the link offered on an outcome says when it was made and what
 * it recommended, an opened link keeps both until an answer changes, and a link whose
 * recommendation is no longer today's says so, with what changed since.
 */

const ACCEPT =
  'v=1&objectives=clients&body=sra&rules=allowed&matter=none&invite=standard&profile=relevant';
const JUROR = 'v=1&objectives=clients&body=aba&rules=allowed&matter=juror';

beforeAll(async () => {
  await import('../question/DecisionRoute');
});

const shareField = () =>
  screen.getByRole<HTMLInputElement>('textbox', { name: 'Link to this decision' });

async function open(query: string) {
  const { router } = renderApp(`/decision?${query}`);
  await waitFor(() => expect(document.querySelector('[data-outcome]')).toBeInTheDocument());
  return router;
}

describe('the record in a share link', () => {
  it('a decision reached here offers a link made today that records its recommendation', async () => {
    await open(ACCEPT);
    expect(shareField().value.endsWith(`#/decision?${ACCEPT}&made=${today()}&was=accept`)).toBe(
      true,
    );
    // Not opened from a record: nothing says it was shared.
    expect(screen.queryByText(/was shared with you/)).not.toBeInTheDocument();
    expect(document.querySelector('[data-was]')).toBeNull();
  });

  it('an opened link keeps its own made and was, in the address and in the link it offers', async () => {
    const query = `${ACCEPT}&made=2026-11-30&was=accept`;
    const router = await open(query);
    expect(router.state.location.search).toBe(`?${query}`);
    expect(shareField().value.endsWith(`#/decision?${query}`)).toBe(true);
    expect(
      screen.getByText(
        /shared with you through a link. The link says it was made on 30 November 2026/,
      ),
    ).toBeVisible();
    // The same recommendation: no notice of a change.
    expect(document.querySelector('[data-was]')).toBeNull();
  });

  it('a link whose recommendation changed says so above the recommendation, with what changed since', async () => {
    await open(`${JUROR}&made=2026-11-30&was=ignore`);
    const notice = document.querySelector('[data-was]') as HTMLElement;
    expect(notice).not.toBeNull();
    expect(notice).toHaveAttribute('data-was', 'ignore');
    expect(notice).toHaveTextContent('This link says the recommendation was different');
    expect(notice).toHaveTextContent(
      'This link says that on 30 November 2026 the same answers led to',
    );
    expect(notice).toHaveTextContent('“Ignore the invitation”');
    // The list of changes is a chunk of its own: it arrives a moment after the notice.
    const changes = (await within(notice).findAllByRole('listitem')).map((li) => li.textContent);
    expect(changes).toHaveLength(changesSince('2026-11-30').length);
    expect(changes[0]).toContain('6 December 2026');
    // Above the recommendation: before the page's heading in the document.
    const heading = screen.getByRole('heading', { level: 1 });
    expect(notice.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('changing an answer starts a new record', async () => {
    const user = userEvent.setup();
    const query = `${ACCEPT}&made=2026-11-30&was=accept`;
    const router = await open(query);
    await user.click(screen.getByRole('button', { name: /^change\s*their profile/i }));
    // The question screen is a chunk of its own; until it arrives the outcome stays in view.
    await screen.findByRole('heading', { level: 1, name: /do they fit/i });
    await user.click(screen.getByLabelText(/No, they don’t fit/i));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect(document.querySelector('[data-outcome]')).toHaveAttribute('data-outcome', 'ignore'),
    );
    expect(router.state.location.search).not.toMatch(/made=|was=/);
    expect(shareField().value).toMatch(new RegExp(`made=${today()}&was=ignore$`));
    expect(screen.queryByText(/was shared with you/)).not.toBeInTheDocument();
  });
});

describe('the changelog', () => {
  it('lists the changes after the day a link was made, and all of them without a day', () => {
    expect(changesSince(undefined)).toEqual(GUIDANCE_CHANGES);
    expect(changesSince('2026-11-30')).toEqual(GUIDANCE_CHANGES);
    expect(changesSince('2026-12-08')).toEqual([]);
    for (const c of GUIDANCE_CHANGES) expect(c.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const dates = GUIDANCE_CHANGES.map((c) => c.date);
    expect([...dates].sort()).toEqual(dates);
  });
});
