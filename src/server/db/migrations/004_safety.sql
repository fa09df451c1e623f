-- Risky disclosures and the safety protocol (issue 4). Runs unchanged on PGlite and PostgreSQL 15.
-- Every word the participant said or staff wrote about them — logged messages, the evidence of a
-- finding, the details of each protocol step, a safety plan — is sealed under the participant's
-- data key, so erasing the participant (crypto-shredding) makes all of it unreadable. Categories,
-- levels, modifiers, offsets and statuses stay clear: they drive the dashboard and say nothing the
-- existence of the event does not already say.

-- What a participant wrote or said outside a session (a text, a voicemail), logged by staff and
-- scanned like a note.
CREATE TABLE participant_messages (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  logged_by uuid NOT NULL REFERENCES users(id),
  channel text NOT NULL CHECK (channel IN ('text', 'email', 'voicemail', 'chat', 'letter', 'other')),
  received_at timestamptz NOT NULL,
  body_enc bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX participant_messages_participant ON participant_messages (participant_id, received_at DESC);

-- One statement the detector found in a note version or a message. Discounted findings (negated,
-- historical, someone else's) are kept too: they are the audit trail of what was not raised.
CREATE TABLE risk_findings (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  note_id uuid REFERENCES notes(id),
  note_version integer,
  message_id uuid REFERENCES participant_messages(id),
  category text NOT NULL CHECK (category IN ('self_harm', 'harm_to_others', 'child_abuse', 'vulnerable_adult_abuse', 'domestic_violence', 'crime')),
  level text NOT NULL CHECK (level IN ('none', 'low', 'moderate', 'high', 'imminent')),
  negated boolean NOT NULL,
  historical boolean NOT NULL,
  hypothetical boolean NOT NULL,
  experiencer text NOT NULL CHECK (experiencer IN ('participant', 'other')),
  material boolean NOT NULL,
  -- imminence cue names (plan, intent, timeframe, ...): vocabulary, never the participant's words
  cues jsonb NOT NULL DEFAULT '[]'::jsonb,
  start_at integer NOT NULL CHECK (start_at >= 0),
  end_at integer NOT NULL CHECK (end_at >= start_at),
  evidence_enc bytea NOT NULL,
  detector_version text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((note_id IS NULL) <> (message_id IS NULL)),
  CHECK (note_id IS NULL OR note_version IS NOT NULL)
);
CREATE INDEX risk_findings_participant ON risk_findings (participant_id, created_at DESC);
CREATE INDEX risk_findings_note ON risk_findings (note_id, note_version) WHERE note_id IS NOT NULL;

CREATE TABLE safety_events (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  opened_via text NOT NULL CHECK (opened_via IN ('finding', 'staff_report')),
  -- the finding that opened it, or the staff member who reported
  finding_id uuid REFERENCES risk_findings(id),
  opened_by uuid REFERENCES users(id),
  urgency text NOT NULL CHECK (urgency IN ('low', 'moderate', 'high', 'imminent')),
  categories jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- a staff member's own words when they reported it
  report_enc bytea,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged', 'closed')),
  assigned_supervisor_id uuid REFERENCES users(id),
  -- how many times it passed to the next supervisor unacknowledged, and when it last did
  escalation_count integer NOT NULL DEFAULT 0,
  escalated_at timestamptz,
  -- set when no supervisor was left on the list, so the timer stops retrying
  escalation_exhausted boolean NOT NULL DEFAULT false,
  acknowledged_by uuid REFERENCES users(id),
  acknowledged_at timestamptz,
  outcome text CHECK (outcome IN ('safe_with_plan', 'connected_to_crisis_services', 'emergency_services_responded',
    'hospital_or_emergency_department', 'no_current_risk_after_review', 'lost_contact', 'other')),
  follow_up_on date,
  closed_by uuid REFERENCES users(id),
  closed_at timestamptz,
  opened_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK ((opened_via = 'finding') = (finding_id IS NOT NULL)),
  CHECK (status <> 'closed' OR (outcome IS NOT NULL AND follow_up_on IS NOT NULL AND closed_at IS NOT NULL))
);
-- At most one event open per participant: a second alarming note joins the open event.
CREATE UNIQUE INDEX safety_events_one_open ON safety_events (participant_id) WHERE status <> 'closed';
CREATE INDEX safety_events_open ON safety_events (org_id, status, opened_at) WHERE status <> 'closed';

-- A Stanley–Brown safety plan (six steps, sealed as one JSON value), versioned by row.
CREATE TABLE safety_plans (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  plan_enc bytea NOT NULL,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX safety_plans_participant ON safety_plans (participant_id, created_at DESC);

-- The protocol as it happened: each step with its time and actor (NULL actor: the escalation timer).
CREATE TABLE safety_event_steps (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  event_id uuid NOT NULL REFERENCES safety_events(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  seq integer NOT NULL,
  step text NOT NULL CHECK (step IN ('opened', 'listen', 'inform_participant', 'notify_supervisor', 'referral', 'outside_contact',
    'safety_plan', 'acknowledged', 'reassigned', 'escalated', 'closed')),
  actor_id uuid REFERENCES users(id),
  at timestamptz NOT NULL,
  -- structured facts with no participant words (who was notified, which number, delivery status)
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  details_enc bytea,
  UNIQUE (event_id, seq)
);

-- E-mail copies of in-app notifications, delivered after the transaction commits (an outbox), so a
-- slow mail server never holds a note save and a crash never loses a notice.
CREATE TABLE notification_emails (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  notification_id uuid NOT NULL REFERENCES notifications(id),
  user_id uuid NOT NULL REFERENCES users(id),
  -- skipped: no mail server is configured, the in-app notice is all there is
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'skipped')),
  attempts integer NOT NULL DEFAULT 0,
  -- the mail server's reply code or error class, never message text
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX notification_emails_pending ON notification_emails (created_at) WHERE status = 'pending';
CREATE INDEX notification_emails_notification ON notification_emails (notification_id);

-- Per organization: minutes an imminent event may wait for acknowledgement, and the supervisors to
-- escalate to, in order. Crisis numbers are not here: they live in the policy profile.
CREATE TABLE safety_settings (
  org_id uuid PRIMARY KEY REFERENCES organizations(id),
  ack_minutes integer NOT NULL DEFAULT 15 CHECK (ack_minutes BETWEEN 1 AND 1440),
  escalation_order jsonb NOT NULL DEFAULT '[]'::jsonb,
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

GRANT SELECT, INSERT, UPDATE ON participant_messages, risk_findings, safety_events, safety_plans,
  safety_event_steps, notification_emails, safety_settings TO peerkeep_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['participant_messages', 'risk_findings', 'safety_events', 'safety_plans',
    'safety_event_steps', 'notification_emails', 'safety_settings']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY tenant_wall ON %I
      USING (org_id = nullif(current_setting('peerkeep.org_id', true), '')::uuid)
      WITH CHECK (org_id = nullif(current_setting('peerkeep.org_id', true), '')::uuid)$p$, t);
  END LOOP;
END $$;
