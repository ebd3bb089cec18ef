import type { RecordSection } from '../../content/outcomeAdvice';
import { usePrinting } from '../../hooks/usePrinting';

/**
 * On paper, what the outcome shows unfolded above (its details are screen-only): the same
 * sections that "Copy as text" writes out, so print and text hold the same record. Built only
 * when the page is printed, so the screen's words are never in the page twice.
 */
export function RecordSections({ sections }: { sections: readonly RecordSection[] }) {
  const printing = usePrinting();
  if (!printing) return null;
  return (
    <div className="print-only space-y-2" data-record>
      {sections.map((s) => (
        <section key={s.title} className="space-y-1">
          <h2 className="font-bold">{s.title}</h2>
          <ul className="list-disc space-y-0.5 pl-5">
            {s.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
