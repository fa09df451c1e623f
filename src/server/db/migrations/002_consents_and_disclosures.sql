-- Consents (Release of Information), limits-of-confidentiality acknowledgments, the policy
-- profile, disclosure decisions and the accounting of disclosures (issue 3).
-- Runs unchanged on PGlite (PostgreSQL 18) and PostgreSQL 15. What names a person or says what
-- was shared is sealed under the participant's data key (*_enc); dates, statuses and rule
-- vocabulary stay clear so expiry lists and lookback periods can be queried.

-- The organization's policy profile (disclosure-rules.md §0.1): one row per version, never
-- updated, so every stored decision can name the exact profile it used. Holds no participant data.
CREATE TABLE policy_profiles (
  org_id uuid NOT NULL REFERENCES organizations(id),
  version integer NOT NULL CHECK (version >= 1),
  profile jsonb NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, version)
);

-- A Release of Information. The form itself (recipient, contacts, categories, purposes, the
-- expiry event's wording, the signature mark, the criminal-justice referrer) is sealed in
-- release_enc; the columns beside it are what lists and checks need without opening it.
CREATE TABLE consents (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  release_enc bytea NOT NULL,
  -- the regime the form was checked against when saved (42 CFR Part 2 or HIPAA only)
  part2 boolean NOT NULL,
  signed_on date NOT NULL,
  signature_method text NOT NULL CHECK (signature_method IN ('drawn', 'typed')),
  expiry_kind text NOT NULL CHECK (expiry_kind IN ('date', 'event')),
  expires_on date,
  expiry_event_occurred_at timestamptz,
  expiry_event_recorded_by uuid REFERENCES users(id),
  criminal_justice boolean NOT NULL DEFAULT false,
  irrevocable_event_occurred_at timestamptz,
  revoked_at timestamptz,
  revocation_form text CHECK (revocation_form IN ('written', 'oral')),
  revocation_recorded_by uuid REFERENCES users(id),
  -- the witness (a name) and any partial scope of the revocation
  revocation_enc bytea,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (expiry_kind <> 'date' OR expires_on IS NOT NULL),
  CHECK ((revoked_at IS NULL) = (revocation_form IS NULL))
);
CREATE INDEX consents_participant ON consents (participant_id, created_at DESC);
CREATE INDEX consents_expiring ON consents (org_id, expires_on) WHERE revoked_at IS NULL;

-- The printable form made when the consent was saved, sealed like the rest of the record.
CREATE TABLE consent_documents (
  consent_id uuid PRIMARY KEY REFERENCES consents(id),
  org_id uuid NOT NULL REFERENCES organizations(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  pdf_enc bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The participant's signed acknowledgment of a versioned plain-language statement (the limits of
-- confidentiality at intake; the telehealth risks).
CREATE TABLE confidentiality_acknowledgments (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  statement_version text NOT NULL,
  signed_on date NOT NULL,
  signature_method text NOT NULL CHECK (signature_method IN ('drawn', 'typed')),
  signature_enc bytea NOT NULL,
  recorded_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX confidentiality_ack_participant ON confidentiality_acknowledgments (participant_id, statement_version);

-- "May I share this?": what was asked, the facts PeerKeep assembled, and the engine's answer,
-- with the profile version used. A supervisor's override (for denied or escalate) is recorded here.
CREATE TABLE disclosure_decisions (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  asked_by uuid NOT NULL REFERENCES users(id),
  asked_at timestamptz NOT NULL DEFAULT now(),
  profile_version integer NOT NULL CHECK (profile_version >= 0),
  consent_id uuid REFERENCES consents(id),
  -- the request (recipient identity, who is asking) and the assembled facts
  inputs_enc bytea NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('permitted_with_consent', 'permitted_exception', 'required_report',
    'deidentified_only', 'denied', 'escalate')),
  ground_id text NOT NULL,
  -- the engine's answer: citations and generic wording, no participant data
  decision jsonb NOT NULL,
  overridden_by uuid REFERENCES users(id),
  overridden_at timestamptz,
  override_reason_enc bytea
);
CREATE INDEX disclosure_decisions_participant ON disclosure_decisions (participant_id, asked_at DESC);

-- The accounting of disclosures (disclosure-rules.md §4.3): every outbound disclosure is logged;
-- the accountable flags say which lists (HIPAA 6 years, Part 2 3 years) must show it.
CREATE TABLE disclosures (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  decision_id uuid NOT NULL UNIQUE REFERENCES disclosure_decisions(id),
  consent_id uuid REFERENCES consents(id),
  disclosed_at timestamptz NOT NULL,
  disclosed_by uuid NOT NULL REFERENCES users(id),
  recipient_type text NOT NULL,
  purpose text NOT NULL,
  outcome text NOT NULL,
  ground_id text NOT NULL,
  citations text[] NOT NULL,
  profile_version integer NOT NULL,
  includes_part2 boolean NOT NULL,
  part2_notice_version text,
  overridden boolean NOT NULL DEFAULT false,
  accountable_hipaa boolean NOT NULL,
  accountable_part2 boolean NOT NULL,
  -- recipient name, organization and contact, the categories shared, the purpose statement,
  -- the verification noted and what the participant is told
  packet_enc bytea NOT NULL,
  retain_until date NOT NULL
);
CREATE INDEX disclosures_participant ON disclosures (participant_id, disclosed_at DESC);

GRANT SELECT, INSERT, UPDATE ON policy_profiles, consents, consent_documents, confidentiality_acknowledgments,
  disclosure_decisions, disclosures TO peerkeep_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['policy_profiles', 'consents', 'consent_documents', 'confidentiality_acknowledgments',
    'disclosure_decisions', 'disclosures']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY tenant_wall ON %I
      USING (org_id = nullif(current_setting('peerkeep.org_id', true), '')::uuid)
      WITH CHECK (org_id = nullif(current_setting('peerkeep.org_id', true), '')::uuid)$p$, t);
  END LOOP;
END $$;
