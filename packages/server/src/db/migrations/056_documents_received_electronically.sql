-- Documents received electronically from another installation (issue 17, item 5): the exchange
-- package each came in, once (a package is registered exactly once, whatever the retries), and what
-- the sender said of it that the register line does not hold: its agency code, signer and deadline.
CREATE TABLE IF NOT EXISTS document_exchange_arrivals (
  document_id uuid PRIMARY KEY REFERENCES documents (id),
  package_id uuid NOT NULL UNIQUE,
  sender_code text NOT NULL,
  sender_name text NOT NULL,
  signer_name text NOT NULL,
  signer_position text NOT NULL,
  -- Hạn xử lý the sender set, if any.
  sender_deadline date,
  steering jsonb NOT NULL DEFAULT '[]'
);
