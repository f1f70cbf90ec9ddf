-- What anonymous callers used of their quotas (platform/quotas.ts): one row a use, counted over a
-- rolling window per subject (the caller's address), so that the limits hold across instances.
CREATE TABLE quota_usage (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  quota text NOT NULL,
  subject text NOT NULL,
  amount bigint NOT NULL,
  used_at timestamptz NOT NULL
);
CREATE INDEX quota_usage_window ON quota_usage (quota, subject, used_at);
CREATE INDEX quota_usage_age ON quota_usage (used_at);

-- Uploads that nothing names are deleted a day after (modules/files/expiry.ts): found by age first.
CREATE INDEX files_created_at ON files (created_at);
