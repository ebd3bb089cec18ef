import { useEffect, useState } from 'react';

/** A `blob:` URL holding the text, revoked when the text changes; none for no text. */
export function useBlobUrl(text: string, type = 'application/json'): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!text || typeof URL.createObjectURL !== 'function') return;
    const made = URL.createObjectURL(new Blob([text], { type }));
    // A blob: URL is a resource outside React, made and revoked with the text it holds:
    // once per change of the text, which is what effects are for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setUrl(made);
    return () => {
      URL.revokeObjectURL(made);
      setUrl(undefined);
    };
  }, [text, type]);
  return url;
}
