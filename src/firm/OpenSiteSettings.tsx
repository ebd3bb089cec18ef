import { useId, useState } from 'react';
import { FIRM_FORM } from '../content/firmForm';
import { loadFirmSettings, settingsRequest } from './loadSettings';
import type { FirmFile } from './settings';

const T = FIRM_FORM.open;

/**
 * Opens the settings this site serves (`firm.json`, or `firms/<id>.json` for the page's
 * `?pack=<id>`), read as every page reads them, to change them in the form rather than
 * start from nothing. A file that is missing or can't be used is said in plain words, and
 * the form is left as it was.
 */
export function OpenSiteSettings({
  onOpen,
  search = location.search,
}: {
  /** The file as written, in both its languages. */
  onOpen: (file: FirmFile) => void;
  search?: string;
}) {
  const id = useId();
  const request = settingsRequest(search);
  const path = request.ok ? request.path : 'firm.json';
  const [said, setSaid] = useState<{ text: string; failed?: boolean }>();
  const [busy, setBusy] = useState(false);

  const open = async () => {
    if (busy) return;
    setBusy(true);
    setSaid({ text: T.opening(path) });
    const loaded = await loadFirmSettings(search);
    setBusy(false);
    if (loaded.kind === 'settings') {
      onOpen(loaded.file);
      setSaid({ text: T.opened(path) });
    } else if (loaded.kind === 'none') setSaid({ text: T.none(path), failed: true });
    else setSaid({ text: T.failed(loaded.problem), failed: true });
  };

  return (
    <div className="space-y-2">
      <p id={`${id}-hint`} className="text-sm text-muted">
        {T.hint(path)}
      </p>
      <button
        type="button"
        className="btn btn-secondary"
        aria-describedby={`${id}-hint`}
        onClick={() => void open()}
      >
        {T.button}
      </button>
      <p role="status" className={said?.failed ? 'font-semibold' : undefined}>
        {said?.text}
      </p>
    </div>
  );
}
