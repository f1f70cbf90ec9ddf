-- Electronic exchange between installations (issue 17, item 5): this installation's identity, the
-- peer installations an administrator registered with the agency codes each serves, the packages
-- sent (through the outbox) and received (once per package id), and the packages refused.

-- One row: the key pair (private key sealed by the credential vault) and the certificate peers verify with.
CREATE TABLE IF NOT EXISTS exchange_identity (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  name text NOT NULL,
  certificate_pem text NOT NULL,
  fingerprint_sha256 text NOT NULL,
  sealed_private_key bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS exchange_peers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  base_url text NOT NULL,
  certificate_pem text NOT NULL,
  fingerprint_sha256 text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- An agency code is served by one peer at most: that is where its packages go, and whose key signs what it sends.
CREATE TABLE IF NOT EXISTS exchange_peer_agencies (
  agency_code text PRIMARY KEY CHECK (agency_code ~ '^\d{3}\.\d{2}\.\d{2}\.[HG]\d{2}$'),
  peer_id uuid NOT NULL REFERENCES exchange_peers (id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS exchange_peer_agencies_peer ON exchange_peer_agencies (peer_id);

-- The exact bytes sent and their signature, kept so that a retry sends the same package.
CREATE TABLE IF NOT EXISTS exchange_outgoing_packages (
  package_id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('document', 'status', 'control')),
  -- The document package a status or control package is about; null for a document.
  refers_to uuid,
  sender_code text NOT NULL,
  sender_name text NOT NULL,
  recipient_code text NOT NULL,
  recipient_name text NOT NULL,
  body bytea NOT NULL,
  signature text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz,
  given_up_at timestamptz,
  last_error text,
  -- For a document: the latest status its recipient sent back, and when.
  last_status text,
  last_status_at timestamptz
);
CREATE INDEX IF NOT EXISTS exchange_outgoing_packages_refers_to ON exchange_outgoing_packages (refers_to) WHERE refers_to IS NOT NULL;

CREATE TABLE IF NOT EXISTS exchange_received_packages (
  package_id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('document', 'status', 'control')),
  refers_to uuid,
  peer_id uuid REFERENCES exchange_peers (id) ON DELETE SET NULL,
  sender_code text NOT NULL,
  sender_name text NOT NULL,
  recipient_code text NOT NULL,
  recipient_name text NOT NULL,
  body bytea NOT NULL,
  body_sha256 text NOT NULL,
  signature text NOT NULL,
  -- A document: received, then recalled or updated by its sender; status and control packages stay received.
  state text NOT NULL DEFAULT 'received' CHECK (state IN ('received', 'recalled', 'updated')),
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS exchange_received_packages_refers_to ON exchange_received_packages (refers_to) WHERE refers_to IS NOT NULL;

-- What was refused and why; the package itself is not kept (it may be anyone's junk), only its hash.
CREATE TABLE IF NOT EXISTS exchange_refusals (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  refused_at timestamptz NOT NULL DEFAULT now(),
  code text NOT NULL,
  reason text NOT NULL,
  peer_id uuid,
  package_id text,
  sender_code text,
  remote_address text NOT NULL,
  body_sha256 text NOT NULL,
  body_bytes integer NOT NULL
);
