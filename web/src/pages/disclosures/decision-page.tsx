import { PageHeading } from '../../components/page-heading.tsx';
import { Loading, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { Link } from '../../router/router.tsx';
import { paths } from '../../router/routes.ts';
import { formatDateTime } from '../format.ts';
import { decisionApi } from './decision-api.ts';
import { DecisionResult } from './decision-result.tsx';
import '../consents/consents.css';

/**
 * One stored "May I share this?" decision on its own page: where a peer sends their supervisor
 * to review and override it, and where the peer comes back to record the disclosure. The address
 * holds the decision's id only.
 */
export function DecisionPage({ id }: { readonly id: string }) {
  const decision = useLoad(`disclosure-decision:${id}`, () => decisionApi.get(id));
  return (
    <div className="decision-page">
      {decision.state === 'ready' && (
        <p className="breadcrumb">
          <Link to={paths.participant(decision.data.participantId, 'share')}>Back to “May I share this?” for this participant</Link>
        </p>
      )}
      <PageHeading title="A “May I share this?” decision">A “May I share this?” decision</PageHeading>
      {decision.state === 'loading' && <Loading>Opening the decision…</Loading>}
      {decision.state === 'failed' && <Problem error={decision.error} retry={decision.reload} />}
      {decision.state === 'ready' && (
        <>
          <p className="hint">Asked on {formatDateTime(decision.data.askedAt)}. PeerKeep decided with the consents on file and the program’s rules at that time.</p>
          <DecisionResult decision={decision.data} onChange={decision.set} level={2} focus={false} />
        </>
      )}
    </div>
  );
}
