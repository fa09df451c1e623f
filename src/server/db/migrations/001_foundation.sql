-- PeerKeep foundation: tenants, staff, participants, notes, groups, break-the-glass, audit.
-- Runs unchanged on PGlite (PostgreSQL 18) and PostgreSQL 15: no syntax newer than 15.
-- Sensitive participant fields live only in *_enc columns (AES-256-GCM envelopes made by the
-- server's crypto adapter); nothing here stores a name, address or note text in the clear.

-- The role request transactions switch to (SET LOCAL ROLE), so that row-level security and the
-- audit grants apply even when the server connects as the database owner.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'peerkeep_app') THEN
    CREATE ROLE peerkeep_app NOLOGIN;
  END IF;
END $$;
GRANT peerkeep_app TO CURRENT_USER;

CREATE TABLE organizations (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  slug text NOT NULL UNIQUE,
  idle_minutes integer NOT NULL DEFAULT 15 CHECK (idle_minutes BETWEEN 1 AND 240),
  -- key for the blind name index; wrapped by a master key, never rotated with the data keys
  index_key_wrapped bytea NOT NULL,
  index_key_master_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Organization keys wrap participant data keys. Several versions live at once during rotation.
CREATE TABLE org_keys (
  org_id uuid NOT NULL REFERENCES organizations(id),
  version integer NOT NULL,
  wrapped_key bytea NOT NULL,
  master_key_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  retired_at timestamptz,
  PRIMARY KEY (org_id, version)
);

CREATE TABLE teams (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, name)
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  email text NOT NULL UNIQUE,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('peer_specialist', 'supervisor', 'privacy_officer', 'admin')),
  team_id uuid REFERENCES teams(id),
  platform_admin boolean NOT NULL DEFAULT false,
  password_hash text NOT NULL,
  -- the TOTP secret, sealed under the organization key version named beside it
  totp_secret_enc bytea,
  totp_org_key_version integer,
  totp_enabled boolean NOT NULL DEFAULT false,
  totp_last_step bigint,
  failed_signins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_org ON users (org_id);

CREATE TABLE recovery_codes (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  user_id uuid NOT NULL REFERENCES users(id),
  code_hash text NOT NULL,
  used_at timestamptz
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

CREATE TABLE sessions (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  user_id uuid NOT NULL REFERENCES users(id),
  token_hash text NOT NULL UNIQUE,
  csrf_token text NOT NULL,
  mfa_passed boolean NOT NULL,
  source text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  user_id uuid NOT NULL REFERENCES users(id),
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz
);

-- Fixed-window counters for sign-in rate limits, shared by every server on the database.
CREATE TABLE rate_limits (
  bucket text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL
);

CREATE TABLE participants (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  team_id uuid REFERENCES teams(id),
  profile_enc bytea,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- set when the data key was destroyed (crypto-shredding); the row stays so audit ids resolve
  erased_at timestamptz
);
CREATE INDEX participants_org ON participants (org_id);

-- One data key per participant, wrapped by an organization key version.
CREATE TABLE participant_keys (
  participant_id uuid PRIMARY KEY REFERENCES participants(id),
  org_id uuid NOT NULL REFERENCES organizations(id),
  org_key_version integer NOT NULL,
  wrapped_key bytea NOT NULL,
  FOREIGN KEY (org_id, org_key_version) REFERENCES org_keys(org_id, version)
);
CREATE INDEX participant_keys_version ON participant_keys (org_id, org_key_version);

-- Keyed blind index: HMAC of each normalized name token, so search works without clear names.
CREATE TABLE participant_name_tokens (
  org_id uuid NOT NULL REFERENCES organizations(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  token bytea NOT NULL,
  PRIMARY KEY (participant_id, token)
);
CREATE INDEX participant_name_tokens_lookup ON participant_name_tokens (org_id, token);

CREATE TABLE caseload_assignments (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  user_id uuid NOT NULL REFERENCES users(id),
  assigned_by uuid REFERENCES users(id),
  assigned_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz
);
CREATE INDEX caseload_current ON caseload_assignments (user_id, participant_id) WHERE ended_at IS NULL;
CREATE INDEX caseload_participant ON caseload_assignments (participant_id) WHERE ended_at IS NULL;

CREATE TABLE groups (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  team_id uuid REFERENCES teams(id),
  name text NOT NULL,
  facilitator_id uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE group_sessions (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  group_id uuid NOT NULL REFERENCES groups(id),
  session_date date NOT NULL,
  session_type text NOT NULL CHECK (session_type IN ('in_person', 'phone', 'telehealth', 'text')),
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
  facilitator_id uuid NOT NULL REFERENCES users(id),
  -- the general note belongs to no one participant: sealed under the organization key
  general_note_enc bytea,
  org_key_version integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE notes (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  author_id uuid NOT NULL REFERENCES users(id),
  group_session_id uuid REFERENCES group_sessions(id),
  session_date date NOT NULL,
  session_type text NOT NULL CHECK (session_type IN ('in_person', 'phone', 'telehealth', 'text')),
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
  body_enc bytea NOT NULL,
  version integer NOT NULL DEFAULT 1,
  -- who wrote the current version (the author, or the last editor)
  last_edited_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notes_participant ON notes (participant_id, session_date DESC);

-- Earlier versions of a note, kept on every edit.
CREATE TABLE note_versions (
  note_id uuid NOT NULL REFERENCES notes(id),
  version integer NOT NULL,
  org_id uuid NOT NULL REFERENCES organizations(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  session_date date NOT NULL,
  session_type text NOT NULL,
  duration_minutes integer NOT NULL,
  body_enc bytea NOT NULL,
  edited_by uuid NOT NULL REFERENCES users(id),
  edited_at timestamptz NOT NULL,
  PRIMARY KEY (note_id, version)
);

CREATE TABLE group_attendance (
  group_session_id uuid NOT NULL REFERENCES group_sessions(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  org_id uuid NOT NULL REFERENCES organizations(id),
  present boolean NOT NULL,
  note_id uuid REFERENCES notes(id),
  PRIMARY KEY (group_session_id, participant_id)
);

CREATE TABLE break_glass (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  participant_id uuid NOT NULL REFERENCES participants(id),
  user_id uuid NOT NULL REFERENCES users(id),
  -- the stated reason may describe the participant's situation: sealed under their data key
  reason_enc bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  reviewed_by uuid REFERENCES users(id),
  reviewed_at timestamptz,
  review_outcome text CHECK (review_outcome IN ('appropriate', 'inappropriate'))
);
CREATE INDEX break_glass_active ON break_glass (user_id, participant_id, expires_at);

CREATE TABLE notifications (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organizations(id),
  user_id uuid NOT NULL REFERENCES users(id),
  kind text NOT NULL,
  subject_id uuid,
  participant_id uuid REFERENCES participants(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX notifications_user ON notifications (user_id, created_at DESC);

-- The audit log: append-only, one hash chain per organization (org_id NULL: the system chain for
-- events that belong to no organization, such as a failed sign-in for an unknown address).
CREATE TABLE audit_log (
  seq bigserial PRIMARY KEY,
  org_id uuid,
  at timestamptz NOT NULL,
  actor_id uuid,
  actor_role text,
  action text NOT NULL,
  outcome text NOT NULL,
  participant_id uuid,
  resource_type text,
  resource_id uuid,
  purpose text,
  source text,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_org_seq ON audit_log (org_id, seq);
CREATE INDEX audit_participant ON audit_log (participant_id, seq) WHERE participant_id IS NOT NULL;

-- Signed checkpoints of each chain's head: a truncated tail below a checkpoint is caught too.
CREATE TABLE audit_checkpoints (
  id bigserial PRIMARY KEY,
  org_id uuid,
  seq bigint NOT NULL,
  hash text NOT NULL,
  mac text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);

-- Takes the chain's lock for the rest of the transaction and returns the hash to link to: one
-- round trip, and no other writer can slip an entry in between the read and the insert.
CREATE FUNCTION audit_chain_head(p_org uuid) RETURNS text LANGUAGE plpgsql AS $$
DECLARE head text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('audit:' || coalesce(p_org::text, 'system')));
  IF p_org IS NULL THEN
    SELECT hash INTO head FROM audit_log WHERE org_id IS NULL ORDER BY seq DESC LIMIT 1;
  ELSE
    SELECT hash INTO head FROM audit_log WHERE org_id = p_org ORDER BY seq DESC LIMIT 1;
  END IF;
  RETURN coalesce(head, repeat('0', 64));
END $$;

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: % is not allowed', TG_OP USING ERRCODE = '42501';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

-- Grants for the request role: full use of the working tables, insert-only on the audit tables.
GRANT SELECT, INSERT, UPDATE, DELETE ON organizations, org_keys, teams, users, recovery_codes,
  sessions, api_tokens, rate_limits, participants, participant_keys, participant_name_tokens,
  caseload_assignments, groups, group_sessions, notes, note_versions, group_attendance,
  break_glass, notifications TO peerkeep_app;
GRANT SELECT, INSERT ON audit_log, audit_checkpoints TO peerkeep_app;
GRANT USAGE ON SEQUENCE audit_log_seq_seq, audit_checkpoints_id_seq TO peerkeep_app;

-- Row-level security keyed on the organization of the transaction (peerkeep.org_id), the second
-- wall behind the application's access checks. Not FORCEd: the owner (used for migrations, sign-in
-- look-ups and key rotation, which span organizations) is exempt; request work runs as
-- peerkeep_app, which is not.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['teams', 'users', 'recovery_codes', 'sessions', 'api_tokens',
    'participants', 'participant_keys', 'participant_name_tokens', 'caseload_assignments',
    'groups', 'group_sessions', 'notes', 'note_versions', 'group_attendance', 'break_glass',
    'notifications', 'audit_log', 'audit_checkpoints', 'org_keys']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format($p$CREATE POLICY tenant_wall ON %I
      USING (org_id = nullif(current_setting('peerkeep.org_id', true), '')::uuid)
      WITH CHECK (org_id = nullif(current_setting('peerkeep.org_id', true), '')::uuid)$p$, t);
  END LOOP;
  ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
  CREATE POLICY tenant_wall ON organizations
    USING (id = nullif(current_setting('peerkeep.org_id', true), '')::uuid);
END $$;
