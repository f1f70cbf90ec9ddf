-- Results delivered (issue 16): the applicant chooses at submission how to receive the result (at
-- the counter, by post to an address for the agency's postal fee, or electronically); a result
-- handed to the post keeps its carrier and tracking number in the process-control record
-- (send_by_post). A dossier from before the choice (NULL) is collected at the counter.
ALTER TABLE dossiers
  ADD COLUMN IF NOT EXISTS delivery_method text CHECK (delivery_method IN ('in_person', 'post', 'electronic')),
  ADD COLUMN IF NOT EXISTS delivery_address text,
  ADD COLUMN IF NOT EXISTS delivery_postal_fee_vnd bigint CHECK (delivery_postal_fee_vnd >= 0);

-- What an agency charges to send a result by post; NULL where it does not send results by post.
ALTER TABLE agencies ADD COLUMN IF NOT EXISTS postal_fee_vnd bigint CHECK (postal_fee_vnd >= 0);

-- An officer's note on an action is internal unless they mark it for the applicant
-- (core/src/dossiers/lifecycle.ts commentReachesApplicant).
ALTER TABLE dossier_events ADD COLUMN IF NOT EXISTS comment_for_applicant boolean NOT NULL DEFAULT false;
