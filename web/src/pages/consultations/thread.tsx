import { Private } from '../../session/privacy-screen.tsx';
import { formatDateTime } from '../format.ts';

export interface ThreadEntry {
  readonly id: string;
  readonly who: string;
  readonly body: string;
  readonly createdAt: string;
}

/** The replies of a consultation, oldest first. */
export function Thread({ entries, empty }: { readonly entries: readonly ThreadEntry[]; readonly empty: string }) {
  return (
    <section aria-labelledby="thread-heading" className="thread">
      <h2 id="thread-heading">Replies ({entries.length})</h2>
      {entries.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ol className="thread-list">
          {entries.map((e) => (
            <li key={e.id}>
              <p className="meta">
                <strong>{e.who}</strong> · <time dateTime={e.createdAt}>{formatDateTime(e.createdAt)}</time>
              </p>
              <Private block focusable what="reply">
                <p className="thread-body">{e.body}</p>
              </Private>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
