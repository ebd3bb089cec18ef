import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from './ErrorSummary';
import { TextField } from './fields';
import { getIn, keyed, rowKey, setIn, withRowKeys } from './path';
import { Rows } from './Rows';
import { useForm } from './useForm';

/** A small form with the kit's parts: a field, a list of rows, a summary. */

interface Pet {
  name?: string;
  kind?: string;
}
interface Value {
  owner?: string;
  pets?: Pet[];
}

// In screen order: the owner, then each pet's kind before its name.
const WORDS = {
  owner: { label: 'Owner', hint: 'Your full name.' },
  pets: {
    legend: 'Pets',
    item: (n: number) => `Pet ${n}`,
    add: 'Add a pet',
    addAnother: 'Add another pet',
    remove: (n: number) => `Remove pet ${n}`,
    max: 'Two pets at most.',
    kind: { label: 'Kind' },
    name: { label: 'Pet name' },
  },
};

function check(value: Value) {
  const errors = new Map<string, string>();
  // Found in another order than the screen's, as a schema may find them.
  value.pets?.forEach((p, i) => {
    if (p.name === 'x') errors.set(`pets.${i}.name.first`, 'Too short.');
    if (!p.kind) errors.set(`pets.${i}.kind`, 'Enter a kind.');
  });
  if (!value.owner) errors.set('owner', 'Enter a name.');
  return { errors };
}

function PetForm({ eager = false }: { eager?: boolean }) {
  const form = useForm<Value, ReturnType<typeof check>>({
    initial: () => ({ owner: 'Ann' }),
    check,
    words: WORDS,
    eager,
  });
  return (
    <div>
      <TextField field={form.field('owner')} />
      <Rows form={form} path="pets" max={2} make={() => ({ kind: '', name: '' })}>
        {(i) => (
          <>
            <TextField field={form.field(`pets.${i}.kind`)} />
            <TextField field={form.field(`pets.${i}.name`)} />
          </>
        )}
      </Rows>
      <ErrorSummary form={form} title={(n) => `${n} problems`} show="Show the problems" />
    </div>
  );
}

describe('a field bound from its path', () => {
  it('has its label and hint, and its problem once it is left', async () => {
    const user = userEvent.setup();
    render(<PetForm />);
    const owner = screen.getByLabelText('Owner');
    expect(owner).toHaveValue('Ann');
    expect(owner).toHaveAccessibleDescription('Your full name.');
    await user.clear(owner);
    expect(owner).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(owner).toHaveAttribute('aria-invalid', 'true');
    expect(owner).toHaveAccessibleDescription('Your full name. Error: Enter a name.');
  });

  it('shows a problem at once when the form is eager', async () => {
    const user = userEvent.setup();
    render(<PetForm eager />);
    await user.clear(screen.getByLabelText('Owner'));
    expect(screen.getByLabelText('Owner')).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('rows', () => {
  it('add with focus on the new row, remove with focus on Add, up to the most', async () => {
    const user = userEvent.setup();
    render(<PetForm />);
    await user.click(screen.getByRole('button', { name: 'Add a pet' }));
    const first = screen.getByRole('group', { name: 'Pet 1' });
    expect(within(first).getByLabelText('Kind')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Add another pet' }));
    expect(screen.getByText('Two pets at most.')).toBeInTheDocument();
    await user.type(within(first).getByLabelText('Kind'), 'cat');
    await user.click(screen.getByRole('button', { name: 'Remove pet 1' }));
    expect(screen.getByRole('button', { name: 'Add another pet' })).toHaveFocus();
    // The row left is the second one, now first, with what it held.
    expect(within(screen.getByRole('group', { name: 'Pet 1' })).getByLabelText('Kind')).toHaveValue(
      '',
    );
  });
});

describe('the error summary', () => {
  it('lists each field’s problem in screen order, links to it, focuses the first', async () => {
    const user = userEvent.setup();
    render(<PetForm />);
    await user.clear(screen.getByLabelText('Owner'));
    await user.click(screen.getByRole('button', { name: 'Add a pet' }));
    await user.type(screen.getByLabelText('Pet name'), 'x');
    expect(screen.getByText('3 problems')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Show the problems' }));
    expect(screen.getByLabelText('Owner')).toHaveFocus();
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Owner: Enter a name.',
      'Pet 1, Kind: Enter a kind.',
      // Found below the field: the field's own problem.
      'Pet 1, Pet name: Too short.',
    ]);
    const hash = location.hash;
    await user.click(links[2]!);
    expect(screen.getByLabelText('Pet name')).toHaveFocus();
    expect(location.hash).toBe(hash);
  });
});

describe('paths', () => {
  it('read and write a copy along the path, keeping each row’s key', () => {
    const value = withRowKeys({ pets: [{ name: 'Rex' }] });
    const key = rowKey(value.pets[0]);
    expect(key).toEqual(expect.any(Number));
    const next = setIn(value, 'pets.0.name', 'Tom');
    expect(getIn(next, 'pets.0.name')).toBe('Tom');
    expect(rowKey(next.pets[0])).toBe(key);
    expect(value.pets[0]!.name).toBe('Rex');
    expect(setIn({}, 'pets.1.kind', 'cat')).toEqual({ pets: [undefined, { kind: 'cat' }] });
    expect(JSON.stringify(keyed({ a: 1 }))).toBe('{"a":1}');
  });
});
