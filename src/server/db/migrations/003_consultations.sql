-- De-identified case consultation (issue 5): a staff member talks a participant's situation
-- through with a supervisor or colleague without saying who it is. Runs unchanged on PGlite and
-- PostgreSQL 15. Everything written about the participant — the original text, the de-identified
-- text, the redaction spans, reasons and replies — is sealed under the participant's data key, so
-- erasing the participant (crypto-shredding) makes every consultation about them unreadable too.
-- Offsets and statuses stay clear: they say nothing about the person.

CREATE TABLE consultations (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  author_id uuid NOT NULL REFERENCES users(id),
  -- chosen when the author sends it; the recipient need not have access to the record
  recipient_id uuid REFERENCES users(id),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'closed')),
  -- why the participant is discussed, for the transparency list of their record
  reason_enc bytea NOT NULL,
  -- the text as composed from the summary and the chosen notes
  original_enc bytea NOT NULL,
  -- the spans the de-identifier found (JSON), kept so a review can be replayed and explained
  detected_spans_enc bytea NOT NULL,
  -- the text the recipient reads, re-rendered on every review change and frozen when sent
  deidentified_enc bytea NOT NULL,
  -- how many review changes (extra redactions, restorations) have been made: orders them
  review_seq integer NOT NULL DEFAULT 0,
  -- the notes the text was composed from (ids only)
  note_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  closed_at timestamptz,
  CHECK (sent_at IS NULL OR recipient_id IS NOT NULL),
  CHECK (status <> 'sent' OR sent_at IS NOT NULL)
);
CREATE INDEX consultations_participant ON consultations (participant_id, created_at DESC);
CREATE INDEX consultations_recipient ON consultations (recipient_id, sent_at DESC) WHERE recipient_id IS NOT NULL;

-- Extra redactions the author made during review (offsets into the original text).
CREATE TABLE consultation_redactions (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  consultation_id uuid NOT NULL REFERENCES consultations(id),
  review_seq integer NOT NULL,
  start_at integer NOT NULL CHECK (start_at >= 0),
  end_at integer NOT NULL CHECK (end_at > start_at),
  added_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (consultation_id, review_seq)
);

-- Spans the author un-redacted, each with the stated reason (sealed): never less without a reason.
CREATE TABLE consultation_restorations (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  consultation_id uuid NOT NULL REFERENCES consultations(id),
  review_seq integer NOT NULL,
  start_at integer NOT NULL CHECK (start_at >= 0),
  end_at integer NOT NULL CHECK (end_at > start_at),
  span_type text NOT NULL,
  reason_enc bytea NOT NULL,
  restored_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (consultation_id, review_seq)
);

CREATE TABLE consultation_replies (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  consultation_id uuid NOT NULL REFERENCES consultations(id),
  author_id uuid NOT NULL REFERENCES users(id),
  body_enc bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consultation_replies_consultation ON consultation_replies (consultation_id, created_at);

-- Revealing who the participant is to the recipient: only by the author, with an urgent-risk
-- reason (sealed), flagged to the author's supervisors.
CREATE TABLE consultation_reidentifications (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  consultation_id uuid NOT NULL REFERENCES consultations(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  user_id uuid NOT NULL REFERENCES users(id),
  reason_enc bytea NOT NULL,
  supervisors_notified integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consultation_reidentifications_consultation ON consultation_reidentifications (consultation_id);

GRANT SELECT, INSERT, UPDATE ON consultations, consultation_redactions, consultation_restorations,
  consultation_replies, consultation_reidentifications TO peerkeep_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['consultations', 'consultation_redactions', 'consultation_restorations',
    'consultation_replies', 'consultation_reidentifications']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY tenant_wall ON %I
      USING (org_id = nullif(current_setting('peerkeep.org_id', true), '')::uuid)
      WITH CHECK (org_id = nullif(current_setting('peerkeep.org_id', true), '')::uuid)$p$, t);
  END LOOP;
END $$;
