-- A dossier's line in its receiving agency's register (form 07, printed on its receipt too) is
-- given when the dossier is received, from the agency's volume of the year (Vietnam time), and
-- kept: later receptions or a withdrawal never renumber it, and no list counts to find it.
CREATE TABLE register_volumes (
  agency_id uuid NOT NULL REFERENCES agencies (id),
  year integer NOT NULL,
  last_line integer NOT NULL,
  PRIMARY KEY (agency_id, year)
);
ALTER TABLE dossiers ADD COLUMN register_line integer;

-- Dossiers received before: the lines they were printed with, counted as they were then.
UPDATE dossiers d
   SET register_line = numbered.line
  FROM (SELECT id, row_number() OVER (PARTITION BY receiving_agency_id, extract(year FROM (received_at AT TIME ZONE 'UTC') + interval '7 hours')
                                      ORDER BY received_at, code)::int AS line
          FROM dossiers WHERE received_at IS NOT NULL) numbered
 WHERE d.id = numbered.id;
INSERT INTO register_volumes (agency_id, year, last_line)
SELECT receiving_agency_id, extract(year FROM (received_at AT TIME ZONE 'UTC') + interval '7 hours')::int, max(register_line)
  FROM dossiers WHERE register_line IS NOT NULL
 GROUP BY 1, 2;
CREATE INDEX dossiers_register ON dossiers (receiving_agency_id, register_line) WHERE register_line IS NOT NULL;

-- An officer's upload belongs to the agencies where the officer worked on dossiers when uploading
-- it, not to wherever they work when it is named (platform/policies.ts uploadOwnerAgencyIds).
-- Earlier uploads get the agencies their uploaders work at now, the best that is known of then.
ALTER TABLE files ADD COLUMN uploader_agency_ids uuid[] NOT NULL DEFAULT '{}';
UPDATE files f
   SET uploader_agency_ids = array(SELECT DISTINCT r.agency_id FROM officer_roles r
                                    WHERE r.officer_id = f.uploaded_by AND r.role IN ('receiving_officer', 'specialist', 'unit_head', 'agency_leader'))
 WHERE f.uploaded_by IS NOT NULL;
