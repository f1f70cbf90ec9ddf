-- Online payment of fees (issue 16): what an applicant owes on a dossier and the reference the
-- payment carries, each trip to the payment gateway, the lines of bank statements imported to
-- confirm VietQR transfers, and refunds.

-- One fee request of a dossier, owed until paid; its reference is in the VietQR code and the gateway's order.
CREATE TABLE payment_dues (
  id uuid PRIMARY KEY,
  dossier_id uuid NOT NULL REFERENCES dossiers (id),
  dossier_code text NOT NULL,
  fee_request_event_id bigint NOT NULL UNIQUE,
  reference text NOT NULL UNIQUE CHECK (reference ~ '^MC[A-HJ-NP-Z2-9]{10}$'),
  amount_vnd bigint NOT NULL CHECK (amount_vnd > 0),
  created_at timestamptz NOT NULL,
  paid_at timestamptz,
  paid_through text CHECK (paid_through IN ('gateway', 'transfer')),
  CHECK ((paid_at IS NULL) = (paid_through IS NULL))
);
CREATE INDEX payment_dues_dossier ON payment_dues (dossier_id);

-- Each time the applicant is sent to the gateway: the gateway's order, and what its IPN said.
-- `unapplied`: the gateway took the money for a fee no longer owed (paid otherwise, or the dossier moved on): to refund.
CREATE TABLE payment_attempts (
  id uuid PRIMARY KEY,
  due_id uuid NOT NULL REFERENCES payment_dues (id),
  gateway text NOT NULL,
  order_ref text NOT NULL UNIQUE,
  amount_vnd bigint NOT NULL CHECK (amount_vnd > 0),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid', 'unapplied', 'failed')),
  gateway_transaction_no text,
  gateway_response_code text,
  created_at timestamptz NOT NULL,
  settled_at timestamptz,
  UNIQUE (gateway, gateway_transaction_no)
);
CREATE INDEX payment_attempts_due ON payment_attempts (due_id);

-- A credit line of the fee account's statement. `matched` is how it matched on import
-- (core/payments/statement-matching.ts); what did not match exactly waits for an officer's resolution.
CREATE TABLE bank_statement_lines (
  id uuid PRIMARY KEY,
  bank_reference text NOT NULL UNIQUE,
  booked_at timestamptz NOT NULL,
  amount_vnd bigint NOT NULL CHECK (amount_vnd > 0),
  description text NOT NULL,
  matched text NOT NULL CHECK (matched IN ('exact', 'over', 'short', 'already_paid', 'no_reference', 'several_references')),
  due_id uuid REFERENCES payment_dues (id),
  imported_at timestamptz NOT NULL,
  imported_by uuid NOT NULL,
  resolution text CHECK (resolution IN ('applied', 'refunded', 'not_a_fee')),
  resolution_note text,
  resolved_by uuid,
  resolved_at timestamptz,
  CHECK ((resolution IS NULL) = (resolved_at IS NULL))
);
CREATE INDEX bank_statement_lines_open ON bank_statement_lines (booked_at) WHERE resolution IS NULL AND matched <> 'exact';

-- A fee paid back to the applicant (the dossier refused or stopped after payment).
CREATE TABLE payment_refunds (
  id uuid PRIMARY KEY,
  due_id uuid NOT NULL UNIQUE REFERENCES payment_dues (id),
  amount_vnd bigint NOT NULL CHECK (amount_vnd > 0),
  reason text NOT NULL,
  recorded_by uuid NOT NULL,
  recorded_at timestamptz NOT NULL
);
