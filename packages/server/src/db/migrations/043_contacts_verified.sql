-- Contacts verified: a citizen's e-mail address and phone each become verified when the citizen
-- types a code sent there; only a verified contact receives a password reset code.
ALTER TABLE citizens ADD COLUMN IF NOT EXISTS email_verified_at timestamptz;
ALTER TABLE citizens ADD COLUMN IF NOT EXISTS phone_verified_at timestamptz;

-- Accounts registered before this migration keep their way back: until now a reset code went to
-- any contact on the account, and their holders have been relying on it (someone who has already
-- forgotten their password cannot sign in to verify first). Their contacts count as verified from
-- their registration, when they typed them; the audit log keeps when that was.
UPDATE citizens SET email_verified_at = created_at WHERE email IS NOT NULL AND email_verified_at IS NULL;
UPDATE citizens SET phone_verified_at = created_at WHERE phone IS NOT NULL AND phone_verified_at IS NULL;

-- A verification time only for a contact the account has.
ALTER TABLE citizens ADD CONSTRAINT citizens_email_verified_has_email CHECK (email_verified_at IS NULL OR email IS NOT NULL);
ALTER TABLE citizens ADD CONSTRAINT citizens_phone_verified_has_phone CHECK (phone_verified_at IS NULL OR phone IS NOT NULL);

-- The reset codes' table keeps every one-time code sent to a citizen's contact, by purpose: a
-- password reset, or a contact's verification. Codes sent before were reset codes.
ALTER TABLE citizen_reset_codes RENAME TO citizen_codes;
ALTER INDEX citizen_reset_codes_citizen RENAME TO citizen_codes_citizen;
ALTER TABLE citizen_codes ADD COLUMN purpose text NOT NULL DEFAULT 'password_reset' CHECK (purpose IN ('password_reset', 'contact_verification'));
ALTER TABLE citizen_codes ALTER COLUMN purpose DROP DEFAULT;
