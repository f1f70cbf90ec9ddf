-- Any commune: a commune-level procedure is defined once for the province and offered by every
-- commune or by the communes picked (the procedure version's definition says which: its
-- `offeredBy`, core/src/procedures/offerings.ts). The applicant chooses the commune, by default the
-- one of their address: the commune, ward or special zone the account names, if it names one.
ALTER TABLE citizens ADD COLUMN IF NOT EXISTS commune_id uuid REFERENCES agencies (id);
