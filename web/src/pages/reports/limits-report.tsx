import { Loading, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { formatDate } from '../format.ts';
import type { ReportBodyProps } from './report-page.tsx';
import { type AcknowledgmentView, LIMITS_PREFIX, reportsApi, type Statement } from './reports-api.ts';

/**
 * The limits-of-confidentiality statement in force, and where the participant stands with it: the
 * version they signed and when, or a signature line when the current wording is not signed yet.
 */
export function LimitsReport({ participantId }: ReportBodyProps) {
  const statements = useLoad('statements', reportsApi.statements);
  const acks = useLoad(`acknowledgments:${participantId}`, () => reportsApi.acknowledgments(participantId));
  if (statements.state === 'loading' || acks.state === 'loading') return <Loading>Loading the statement…</Loading>;
  if (statements.state === 'failed') return <Problem error={statements.error} retry={statements.reload} />;
  if (acks.state === 'failed') return <Problem error={acks.error} retry={acks.reload} />;
  const current = statements.data.find((s) => s.version.startsWith(LIMITS_PREFIX));
  if (!current) return <p>PeerKeep has no limits-of-confidentiality statement to show. Tell your administrator.</p>;
  const signed = acks.data.filter((a) => a.statementVersion.startsWith(LIMITS_PREFIX));
  const signedCurrent = signed.find((a) => a.statementVersion === current.version);
  return (
    <>
      <section aria-labelledby="standing-heading">
        <h2 id="standing-heading">Signed</h2>
        <SignedStatus current={current} signed={signed} />
      </section>
      <section aria-labelledby="statement-heading" className="statement">
        <h2 id="statement-heading">{current.title}</h2>
        <p className="sub">
          Version {current.version}, in use since {formatDate(current.effectiveFrom)}
        </p>
        {current.sections.map((s) => (
          <div key={s.heading}>
            <h3>{s.heading}</h3>
            <p>{s.text}</p>
          </div>
        ))}
        <p className="acknowledgment">
          <strong>{current.acknowledgment}</strong>
        </p>
        {!signedCurrent && (
          <div className="signature-lines">
            <p>
              Participant’s signature <span className="blank" />
            </p>
            <p>
              Date <span className="blank short" />
            </p>
          </div>
        )}
      </section>
    </>
  );
}

function SignedStatus({ current, signed }: { readonly current: Statement; readonly signed: readonly AcknowledgmentView[] }) {
  if (signed.length === 0) return <p>The participant has not signed this statement yet.</p>;
  const how = (a: AcknowledgmentView) => `${formatDate(a.signedOn)} (${a.signatureMethod === 'drawn' ? 'drawn' : 'typed'} signature)`;
  const ofCurrent = signed.find((a) => a.statementVersion === current.version);
  if (ofCurrent) {
    return (
      <p>
        The participant signed this version, {current.version}, on {how(ofCurrent)}.
      </p>
    );
  }
  // The server lists acknowledgments newest first.
  const latest = signed[0] as AcknowledgmentView;
  return (
    <p className="warning">
      The participant signed an earlier version, {latest.statementVersion}, on {how(latest)}. The wording below is the current one and has not been signed yet; this page prints only the current
      wording.
    </p>
  );
}
