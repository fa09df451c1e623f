import { ApiError } from '../../api/client.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { Problem } from '../../components/status.tsx';
import { Link } from '../../router/router.tsx';
import { consultationPaths } from './consultation-api.ts';

/**
 * A consultation that failed to open. "Not found" and "not yours" answer alike (404), so the
 * words cover both and offer no retry; any other failure can be tried again.
 */
export function ConsultationUnavailable({ error, retry }: { readonly error: unknown; readonly retry: () => void }) {
  if (!(error instanceof ApiError && error.status === 404)) {
    return (
      <>
        <PageHeading title="Consultation">Consultation</PageHeading>
        <Problem error={error} retry={retry} />
      </>
    );
  }
  return (
    <>
      <PageHeading title="Consultation not available">Consultation not available</PageHeading>
      <p>
        Only the colleague who asked for a consultation, and the colleague it was sent to, can open it. Check the link, or find it in <Link to={consultationPaths.inbox()}>the consultations sent to you</Link> or in the
        Consultations section of the person’s record.
      </p>
    </>
  );
}
