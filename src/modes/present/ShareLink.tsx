/**
 * "Copy link": copies the page's link (which holds the focused muscle, the pain map and the pen's
 * strokes) and shows it as a QR code a patient can scan with a phone. The clipboard API needs a
 * secure page and the person's leave; when it is refused, the link is selected in a text field
 * instead, ready for the keyboard's copy.
 */
import { useEffect, useRef, useState } from 'react';
import { qrMatrix } from './qr-matrix.ts';
import { QrCode } from './QrCode.tsx';

type CopyState = 'copied' | 'select';

async function copyText(text: string, field: HTMLInputElement | null): Promise<CopyState> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Refused (no permission, not focused): fall through to the text field.
  }
  if (field) {
    field.focus();
    field.select();
    try {
      // Deprecated, yet the only copy that works on pages without the clipboard API.
      if (document.execCommand('copy')) return 'copied';
    } catch {
      // Not supported: the selected field is the answer.
    }
  }
  return 'select';
}

export function ShareLink() {
  const [link, setLink] = useState<string | null>(null);
  const [state, setState] = useState<CopyState | null>(null);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (link === null) return;
    let live = true;
    void copyText(link, field.current).then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [link]);

  useEffect(() => {
    if (link === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // Esc closes the QR code first; the next Esc leaves the presentation.
      e.stopImmediatePropagation();
      setLink(null);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [link]);

  const matrix = link ? qrMatrix(link) : null;
  return (
    <>
      <button
        type="button"
        data-action="copy-link"
        onClick={() => {
          setState(null);
          setLink(window.location.href);
        }}
      >
        Copy link
      </button>
      {link !== null && (
        <section
          className="present-share"
          role="dialog"
          aria-modal="false"
          aria-labelledby="present-share-title"
        >
          <h2 id="present-share-title">Scan to take this picture home</h2>
          {matrix ? (
            <QrCode matrix={matrix} label="QR code of the link to this picture" />
          ) : (
            <p>This link is too long for a QR code; clear some of the pen's strokes.</p>
          )}
          <label className="present-share-link">
            <span>Link</span>
            <input ref={field} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <p role="status" className="present-share-status">
            {state === 'copied' && 'Link copied.'}
            {state === 'select' && 'Press Ctrl+C (⌘C) to copy the selected link.'}
          </p>
          <button type="button" onClick={() => setLink(null)} autoFocus>
            Close
          </button>
        </section>
      )}
    </>
  );
}
