/** Notices for the person (e.g. words in the link that were not understood), each dismissible. */
import { useExplorer } from '../state/store.ts';

export function Notices() {
  const notices = useExplorer((s) => s.notices);
  const dismiss = useExplorer((s) => s.dismissNotice);
  const clearNotices = useExplorer((s) => s.clearNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notices-wrap">
      <ul className="notices" aria-label="Notices">
        {notices.map((notice, i) => (
          <li key={`${i}-${notice}`} className="notice" role="status">
            <span>{notice}</span>
            <button
              type="button"
              className="notice-dismiss"
              aria-label="Dismiss notice"
              onClick={() => dismiss(i)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {notices.length > 1 && (
        <button type="button" className="link-button" onClick={clearNotices}>
          Dismiss all notices
        </button>
      )}
    </div>
  );
}
