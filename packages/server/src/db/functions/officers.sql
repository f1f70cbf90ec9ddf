-- What the other modules read of the officers: who they are and where mail reaches them (a meeting's
-- invitation), not how they sign in.
CREATE OR REPLACE VIEW officer_directory AS
  SELECT id, username, full_name, title, active, email FROM officers;
-- What signing in (the auth module) checks.
CREATE OR REPLACE VIEW officer_sign_in AS
  SELECT id, username, full_name, password_hash, active, email, must_change_password FROM officers;
-- An officer's new password (the auth module: the officer changed it), and whether they must change it again at sign-in.
CREATE OR REPLACE FUNCTION set_officer_password(p_officer_id uuid, p_password_hash text, p_must_change boolean) RETURNS void
LANGUAGE sql AS $$
  UPDATE officers SET password_hash = p_password_hash, must_change_password = p_must_change WHERE id = p_officer_id;
$$;
