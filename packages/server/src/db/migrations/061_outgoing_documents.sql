-- eOffice: outgoing documents (văn bản đi, issue 17 item 2). The register line is the documents row
-- (direction 'outgoing': its number drawn from the agency's outgoing register at release); what only
-- an outgoing document has is kept here: who drafts it and for which unit, who is to sign it and
-- in which capacity, to whom it goes, the files it was signed and released as, and the signature a
-- remote signing service still has to confirm.
CREATE TABLE IF NOT EXISTS outgoing_documents (
  document_id uuid PRIMARY KEY REFERENCES documents (id),
  author_id uuid NOT NULL REFERENCES officers (id),
  unit_id uuid REFERENCES units (id),
  signer_id uuid NOT NULL REFERENCES officers (id),
  -- The lines printed over the signature (`KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`), from the signer's grant.
  signer_lines jsonb NOT NULL,
  -- [{ "kind": "agency" | "email" | "peer", "code"?, "address"?, "name" }]
  recipients jsonb NOT NULL DEFAULT '[]',
  version integer NOT NULL DEFAULT 1 CHECK (version > 0),
  signed_file_id uuid REFERENCES files (id),
  -- Where the signer's image went on the signed PDF (page, box): the seal overlaps it at release.
  signature_box jsonb,
  released_file_id uuid REFERENCES files (id),
  released_at timestamptz,
  released_by uuid REFERENCES officers (id),
  -- A signature asked of the signer's remote signing service and not yet settled: the request and
  -- what finishes the PDF once it comes (nothing of the signing is written before).
  remote_request_id uuid,
  awaiting jsonb
);
CREATE INDEX IF NOT EXISTS outgoing_documents_author ON outgoing_documents (author_id);
CREATE INDEX IF NOT EXISTS outgoing_documents_signer ON outgoing_documents (signer_id);
CREATE INDEX IF NOT EXISTS outgoing_documents_awaiting ON outgoing_documents (remote_request_id) WHERE remote_request_id IS NOT NULL;

-- Every version of a draft, kept: the body as its author gave it (an uploaded PDF or the text
-- written from the type's template), the PDF composed for signing in the layout of Decree 30/2020
-- Appendix I, and where on it the number, the date and the signature go.
CREATE TABLE IF NOT EXISTS outgoing_document_versions (
  document_id uuid NOT NULL REFERENCES documents (id),
  version integer NOT NULL CHECK (version > 0),
  body_kind text NOT NULL CHECK (body_kind IN ('upload', 'template')),
  body_text text NOT NULL DEFAULT '',
  body_file_id uuid REFERENCES files (id),
  file_id uuid NOT NULL REFERENCES files (id),
  layout jsonb NOT NULL,
  subject text NOT NULL,
  note text NOT NULL DEFAULT '',
  created_by uuid NOT NULL REFERENCES officers (id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (document_id, version),
  CHECK ((body_kind = 'upload') = (body_file_id IS NOT NULL))
);

-- Where a released document went, one row a recipient: an agency of this installation (the
-- incoming document it became there), an e-mail address (sent through the outbox), or an agency
-- of a peer installation (the exchange package). A recall marks each.
CREATE TABLE IF NOT EXISTS outgoing_document_deliveries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  document_id uuid NOT NULL REFERENCES documents (id),
  channel text NOT NULL CHECK (channel IN ('internal', 'email', 'exchange')),
  recipient text NOT NULL,
  recipient_name text NOT NULL,
  incoming_document_id uuid REFERENCES documents (id),
  package_id uuid,
  status text NOT NULL CHECK (status IN ('delivered', 'pending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  sent_at timestamptz,
  recalled_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS outgoing_document_deliveries_document ON outgoing_document_deliveries (document_id);
