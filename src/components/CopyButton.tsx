import { useEffect, useState } from 'react';
import { OUTCOME_UI } from '../content/site';

interface Props {
  text: string;
  label: string;
  /** The field holding the text, selected when the Clipboard API is blocked. */
  fallbackTarget?: () => HTMLInputElement | HTMLTextAreaElement | null;
}

/**
 * False where the page's permissions policy is known to block the Clipboard API (a
 * cross-origin frame whose host left out `allow="clipboard-write"`). Asking anyway only
 * logs an error in the console. Browsers that can't tell us: try the API.
 */
function clipboardAllowed(): boolean {
  const policy = (document as { featurePolicy?: { allowsFeature(f: string): boolean } })
    .featurePolicy;
  return policy?.allowsFeature('clipboard-write') ?? true;
}

/** Copies text, says so, and falls back to selecting it where the clipboard is blocked. */
export function CopyButton({ text, label, fallbackTarget }: Props) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (status !== 'copied') return;
    const timer = window.setTimeout(() => setStatus('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  async function copy() {
    try {
      if (!navigator.clipboard || !clipboardAllowed()) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      const field = fallbackTarget?.();
      field?.focus();
      field?.select();
      setStatus('failed');
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-3 no-print">
      <button type="button" className="btn btn-secondary" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="text-sm font-semibold">
        {status === 'copied' ? OUTCOME_UI.copied : status === 'failed' ? OUTCOME_UI.copyFailed : ''}
      </span>
    </span>
  );
}
