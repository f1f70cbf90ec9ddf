-- A dossier's line in its receiving agency's register (form 07, printed on its receipt too) is
-- given when the dossier is received, in the agency's volume of the year (Vietnam time), and kept:
-- later receptions or a withdrawal never renumber it, and no list counts to find it. As dossier
-- numbers are (migration 003), lines come from a sequence per agency, so that no reception waits
-- for another, and each year counts from where that sequence stood at the year's first line.
CREATE TABLE register_years (
  agency_id uuid NOT NULL REFERENCES agencies (id),
  year integer NOT NULL,
  -- The agency's register sequence just before the year's first line.
  base bigint NOT NULL,
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
-- Each year's base is the lines of the agency's earlier years; each sequence stands at all of them.
INSERT INTO register_years (agency_id, year, base)
SELECT agency_id, year, coalesce(sum(lines) OVER (PARTITION BY agency_id ORDER BY year ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
  FROM (SELECT receiving_agency_id AS agency_id, extract(year FROM (received_at AT TIME ZONE 'UTC') + interval '7 hours')::int AS year, max(register_line) AS lines
          FROM dossiers WHERE register_line IS NOT NULL GROUP BY 1, 2) volumes;
DO $$
DECLARE agency record;
BEGIN
  FOR agency IN SELECT a.id, (SELECT count(*) FROM dossiers d WHERE d.receiving_agency_id = a.id AND d.register_line IS NOT NULL) AS lines FROM agencies a LOOP
    -- Named as register_line_sequence() in db/functions/dossier-numbers.sql names it.
    EXECUTE format('CREATE SEQUENCE %I', 'register_lines_' || replace(agency.id::text, '-', ''));
    IF agency.lines > 0 THEN
      PERFORM setval(('register_lines_' || replace(agency.id::text, '-', ''))::regclass, agency.lines);
    END IF;
  END LOOP;
END $$;
CREATE INDEX dossiers_register ON dossiers (receiving_agency_id, register_line) WHERE register_line IS NOT NULL;

-- An officer's upload belongs to the agencies where the officer worked on dossiers when uploading
-- it, not to wherever they work when it is named (platform/policies.ts uploadOwnerAgencyIds).
-- Earlier uploads get the agencies their uploaders work at now, the best that is known of then.
ALTER TABLE files ADD COLUMN uploader_agency_ids uuid[] NOT NULL DEFAULT '{}';
UPDATE files f
   SET uploader_agency_ids = array(SELECT DISTINCT r.agency_id FROM officer_roles r
                                    WHERE r.officer_id = f.uploaded_by AND r.role IN ('receiving_officer', 'specialist', 'unit_head', 'agency_leader'))
 WHERE f.uploaded_by IS NOT NULL;
