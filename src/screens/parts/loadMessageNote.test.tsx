import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { NOTE_UI } from '../../content/message';
import { OUTCOMES, STEPS, type Answers } from '../../decision/answers';
import { OutcomeDetails } from './OutcomeDetails';
import { StepExtras } from './StepExtras';

const answers: Answers = {
  objectives: ['clients'],
  body: 'sra',
  rules: 'allowed',
  matter: 'judge',
  invite: 'personal',
  profile: 'unclear',
};

const LOADING = <p>loading</p>;
const hasNote = () => screen.queryByRole('heading', { name: NOTE_UI.messageToSend }) !== null;

describe('SHOWS_MESSAGE_NOTE (what a link preloads) matches the screens that show the note', () => {
  it.each(STEPS)('step %s', async (step) => {
    const { SHOWS_MESSAGE_NOTE } = await import('./loadMessageNote');
    render(
      <Suspense fallback={LOADING}>
        <StepExtras step={step} answers={answers} chosen={[]} />
      </Suspense>,
    );
    // Guidance and the note are preloaded (test-setup): one pass renders whatever shows.
    expect(screen.queryByText('loading')).toBeNull();
    expect(hasNote()).toBe(SHOWS_MESSAGE_NOTE.has(step));
  });

  it.each(OUTCOMES)('outcome %s', async (outcome) => {
    const { SHOWS_MESSAGE_NOTE } = await import('./loadMessageNote');
    render(
      <Suspense fallback={LOADING}>
        <OutcomeDetails outcome={outcome} answers={answers} reopenUrl="#/decision?v=1" />
      </Suspense>,
    );
    expect(screen.queryByText('loading')).toBeNull();
    expect(hasNote()).toBe(SHOWS_MESSAGE_NOTE.has(outcome));
  });
});

describe('preloadMessageNoteFor', () => {
  it('starts the note’s fetch for the screens that show it, and for no other', async () => {
    vi.resetModules();
    const load = vi.fn(() => new Promise(() => {}));
    vi.doMock('../../app/preloadable', () => ({
      preloadable: () => load,
      lazyPreloaded: () => () => null,
    }));
    const { preloadMessageNoteFor } = await import('./loadMessageNote');
    preloadMessageNoteFor('profile');
    preloadMessageNoteFor('accept');
    preloadMessageNoteFor(undefined);
    expect(load).not.toHaveBeenCalled();
    preloadMessageNoteFor('message');
    preloadMessageNoteFor('wait');
    expect(load).toHaveBeenCalledTimes(2);
    vi.doUnmock('../../app/preloadable');
    vi.resetModules();
  });
});
