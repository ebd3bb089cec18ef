import { SPAM_SIGNS } from '../../content/questions';

export function SpamSigns() {
  return (
    <section className="card" aria-labelledby="spam-signs-title">
      <h2 id="spam-signs-title" className="font-bold">
        Signs of real spam
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {SPAM_SIGNS.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
