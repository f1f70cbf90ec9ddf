-- What the other modules read of the officers: who they are, not how they sign in.
CREATE OR REPLACE VIEW officer_directory AS
  SELECT id, username, full_name, title, active FROM officers;
-- What signing in (the auth module) checks.
CREATE OR REPLACE VIEW officer_sign_in AS
  SELECT id, username, full_name, password_hash, active FROM officers;
