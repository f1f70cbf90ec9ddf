-- How an officer signs for the agency of a grant (Decree 30/2020, Appendix I): as its head, as a
-- deputy for the head (KT.), by order (TL.) or by authorisation (TUQ.) of the head, and the
-- position printed under that line. Grants without one sign in the capacity their paper names.
ALTER TABLE officer_roles
  ADD COLUMN signing_authority text CHECK (signing_authority IN ('head', 'deputy', 'by_order', 'by_authorisation')),
  ADD COLUMN signing_position text NOT NULL DEFAULT '';
