-- Money a gateway took for a fee no longer owed (a late IPN: the fee paid by transfer meanwhile, or
-- the dossier moved on) is paid back by an officer, who records it on the order.
ALTER TABLE payment_attempts
  ADD COLUMN refunded_at timestamptz,
  ADD COLUMN refunded_by uuid,
  ADD COLUMN refund_note text,
  ADD CONSTRAINT payment_attempts_refund_of_unapplied CHECK (refunded_at IS NULL OR status = 'unapplied');
CREATE INDEX payment_attempts_to_refund ON payment_attempts (settled_at) WHERE status = 'unapplied' AND refunded_at IS NULL;
