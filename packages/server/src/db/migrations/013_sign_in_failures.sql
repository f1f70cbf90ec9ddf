-- Failed sign-ins in a row, per login as the sign-in reads it (an officer's username, a citizen's
-- email address or mobile number), and the lock-out they led to. Logins nobody has are counted too,
-- so that a lock-out does not tell which accounts exist. Kept in the database so that every
-- instance honours a lock-out.
CREATE TABLE sign_in_failures (
  realm text NOT NULL CHECK (realm IN ('officer', 'citizen')),
  login text NOT NULL,
  failures integer NOT NULL CHECK (failures > 0),
  last_failed_at timestamptz NOT NULL,
  locked_until timestamptz,
  PRIMARY KEY (realm, login)
);
CREATE INDEX sign_in_failures_last_failed ON sign_in_failures (last_failed_at);
