import { type FormEvent, useId, useState } from 'react';
import { api } from '../../api/endpoints.ts';
import { SubmitButton, TextArea } from '../../components/fields.tsx';
import { errorFor, FormError } from '../../components/form-error.tsx';
import { Loading, Notice, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { paths } from '../../router/routes.ts';
import { Link } from '../../router/router.tsx';
import { Private } from '../../session/privacy-screen.tsx';
import { useSignedIn } from '../../session/session-context.tsx';
import { formatDateTime } from '../format.ts';
import { type BreakGlassGrant, breakGlassApi, grantLength, OUTCOME_WORDS, type ReviewOutcome } from './break-glass-api.ts';
import '../consents/consents.css';
import './policy-admin.css';

/**
 * Emergency access ("break the glass") waiting for a judgement, and the ones already judged. A
 * supervisor sees their team's, a privacy officer everyone's (use-cases/break-glass.ts).
 */
export function BreakGlassReviewsSection() {
  const grants = useLoad('break-glass', breakGlassApi.list);
  const [notice, setNotice] = useState<string | null>(null);
  if (grants.state === 'loading') return <Loading>Loading emergency accesses…</Loading>;
  if (grants.state === 'failed') return <Problem error={grants.error} retry={grants.reload} />;
  const pending = grants.data.filter((g) => !g.reviewedAt);
  const past = grants.data.filter((g) => g.reviewedAt);
  return (
    <div className="stack">
      <p className="section-intro">
        When someone opens a record outside their caseload in an emergency, they must say why, and the access ends on its own. Judge each one: was it a real emergency, and did the access fit it?
      </p>
      {notice && <Notice>{notice}</Notice>}
      <section aria-labelledby="pending-heading">
        <h3 id="pending-heading">Waiting for review ({pending.length})</h3>
        {pending.length === 0 ? (
          <p>Nothing is waiting for review.</p>
        ) : (
          <ul className="review-list">
            {pending.map((g) => (
              <Grant
                key={g.id}
                grant={g}
                onReviewed={(outcome) => {
                  setNotice(`Review recorded: ${outcome === 'appropriate' ? 'appropriate' : 'not appropriate'}.`);
                  grants.reload();
                }}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="past-heading">
        <h3 id="past-heading">Reviewed</h3>
        {past.length === 0 ? (
          <p>No reviews yet.</p>
        ) : (
          <ul className="review-list">
            {past.map((g) => (
              <Grant key={g.id} grant={g} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function Grant({ grant: g, onReviewed }: { readonly grant: BreakGlassGrant; readonly onReviewed?: (o: ReviewOutcome) => void }) {
  const me = useSignedIn().user;
  const headingId = `grant-${g.id}`;
  const ended = Date.parse(g.expiresAt) <= Date.now();
  const privacyOfficer = me.role === 'privacy_officer';
  return (
    <li className={g.reviewedAt ? 'review-item' : 'review-item pending-item'} aria-labelledby={headingId}>
      <h4 id={headingId}>
        {g.userName} opened {privacyOfficer ? <ParticipantName id={g.participantId} /> : 'a record outside their caseload'}
      </h4>
      <dl className="facts">
        <div>
          <dt>When</dt>
          <dd>{formatDateTime(g.createdAt)}</dd>
        </div>
        <div>
          <dt>How long</dt>
          <dd>
            {grantLength(g.createdAt, g.expiresAt)}, {ended ? 'ended' : 'open until'} {formatDateTime(g.expiresAt)}
          </dd>
        </div>
        {g.reviewedAt && (
          <div>
            <dt>Judged</dt>
            <dd>
              {g.reviewOutcome === 'appropriate' ? 'Appropriate' : g.reviewOutcome === 'inappropriate' ? 'Not appropriate' : (g.reviewOutcome ?? 'Reviewed')}, {formatDateTime(g.reviewedAt)}
              {g.reviewerName ? `, by ${g.reviewerName}` : ''}
            </dd>
          </div>
        )}
      </dl>
      <p className="meta">Reason given</p>
      <div className="review-reason">
        <Private block what="reason">
          {g.reason}
        </Private>
      </div>
      {g.reviewNote && (
        <>
          <p className="meta">Reviewer’s note</p>
          <div className="review-reason">
            <Private block what="note">
              {g.reviewNote}
            </Private>
          </div>
        </>
      )}
      <p>
        {privacyOfficer ? (
          <Link to={paths.participant(g.participantId, 'access')}>See what was done in the record (access report)</Link>
        ) : (
          <Link to={paths.participant(g.participantId)}>Open the record, if it is in your reach</Link>
        )}
      </p>
      {onReviewed &&
        (g.userId === me.id ? (
          <p className="hint">You opened this one yourself; another supervisor or the privacy officer judges it.</p>
        ) : (
          <ReviewForm grantId={g.id} onDone={onReviewed} />
        ))}
    </li>
  );
}

/** Privacy officers may see every participant's name (participant.read_identity with any relation). */
function ParticipantName({ id }: { readonly id: string }) {
  const who = useLoad(`identity:${id}`, () => api.identity(id));
  if (who.state !== 'ready') return <>a participant’s record</>;
  return (
    <>
      <Private>{who.data.displayName}</Private>’s record
    </>
  );
}

const NOTE_FIELDS = ['note'];

function ReviewForm({ grantId, onDone }: { readonly grantId: string; readonly onDone: (o: ReviewOutcome) => void }) {
  const ids = useId();
  const [outcome, setOutcome] = useState<ReviewOutcome | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!outcome) return setMissing(true);
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      await breakGlassApi.review(grantId, outcome, note);
      onDone(outcome);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <fieldset className={missing ? 'pk-fieldset has-error' : 'pk-fieldset'} aria-describedby={missing ? `${ids}-missing` : undefined}>
        <legend>Your judgement</legend>
        {(Object.keys(OUTCOME_WORDS) as ReviewOutcome[]).map((o) => (
          <label key={o} className="choice">
            <input type="radio" name={`${ids}-outcome`} checked={outcome === o} onChange={() => setOutcome(o)} />
            {OUTCOME_WORDS[o]}
          </label>
        ))}
        {missing && (
          <p className="field-error" id={`${ids}-missing`}>
            Choose appropriate or not appropriate, then record the review.
          </p>
        )}
      </fieldset>
      <TextArea
        label="Note (optional)"
        hint="Why you judged so, in a sentence or two. It is kept sealed with the participant’s record and shown to reviewers only. Follow-up with the staff member belongs in your usual supervision notes."
        rows={3}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errorFor(error, 'note', NOTE_FIELDS)}
      />
      <p className="hint">PeerKeep records the judgement, who made it and when.</p>
      <FormError error={error} fields={NOTE_FIELDS} />
      <SubmitButton busy={busy} busyLabel="Recording…">
        Record the review
      </SubmitButton>
    </form>
  );
}
