-- Uploads belong to their uploader (modules/files/service.ts, platform/policies.ts mayNameFile): an
-- officer's are named by uploaded_by already; a signed-in citizen's by their account; an anonymous
-- one by the SHA-256 of a secret token that only its uploader was given. The id of a file is shown
-- to everyone who reads a dossier holding it, so it proves nothing by itself.
ALTER TABLE files ADD COLUMN citizen_id uuid REFERENCES citizens (id);
ALTER TABLE files ADD COLUMN upload_token_sha256 text;
ALTER TABLE files ADD CONSTRAINT files_one_uploader CHECK (num_nonnulls(uploaded_by, citizen_id, upload_token_sha256) <= 1);

-- Earlier uploads had no owner. Those waiting in the drafts of exactly one citizen become that
-- citizen's, so that the drafts can still be submitted; the others stay in the dossiers that hold
-- them but can no longer be named anew.
UPDATE files f
   SET citizen_id = owner.citizen_id
  FROM (SELECT listed AS file_id, (array_agg(DISTINCT d.citizen_id))[1] AS citizen_id
          FROM dossier_drafts d
         CROSS JOIN LATERAL jsonb_array_elements(CASE jsonb_typeof(d.content->'components') WHEN 'array' THEN d.content->'components' ELSE '[]' END) c
         CROSS JOIN LATERAL jsonb_array_elements_text(CASE jsonb_typeof(c->'fileIds') WHEN 'array' THEN c->'fileIds' ELSE '[]' END) listed
         GROUP BY listed
        HAVING count(DISTINCT d.citizen_id) = 1) owner
 WHERE f.id::text = owner.file_id AND f.uploaded_by IS NULL;
