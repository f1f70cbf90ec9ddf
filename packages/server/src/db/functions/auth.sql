-- What the other modules read of how officers sign in: whether they use a second factor, never its secret.
CREATE OR REPLACE VIEW officer_two_factor_status AS
  SELECT officer_id, enabled_at IS NOT NULL AS enabled FROM officer_two_factor;
