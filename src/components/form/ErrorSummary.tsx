import type { MouseEvent } from 'react';
import { labelled } from '../../content/site';
import type { Checked, Form } from './useForm';

/**
 * What stands between the reader and what the form makes: how many problems, a button that
 * shows them all and moves focus to the first on screen, and then each problem as a link to
 * its field (GOV.UK's error summary).
 */
export function ErrorSummary<T>({
  form,
  title,
  show,
}: {
  form: Form<T, Checked>;
  title: (n: number) => string;
  show: string;
}) {
  const { problems } = form;
  if (problems.length === 0) return null;
  // The app's routes live in the address's #: a link to #id would leave the page.
  const focus = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    e.preventDefault();
    document.getElementById(id)?.focus();
  };
  return (
    <div className="space-y-2">
      <p className="font-semibold">{title(problems.length)}</p>
      {form.showingAll && (
        <ul className="list-disc space-y-1 pl-5">
          {problems.map((p) => (
            <li key={p.id ?? p.message}>
              {p.id ? (
                <a href={`#${p.id}`} onClick={(e) => focus(e, p.id!)} className="text-danger">
                  {labelled(p.label)} {p.message}
                </a>
              ) : (
                p.message
              )}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="btn btn-secondary" onClick={form.showProblems}>
        {show}
      </button>
    </div>
  );
}
