-- Submitting a draft takes it: true when it was still there, so that a draft becomes at most one dossier.
CREATE OR REPLACE FUNCTION take_dossier_draft(draft uuid, citizen uuid) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM dossier_drafts WHERE id = draft AND citizen_id = citizen;
  RETURN FOUND;
END $$;
-- The files the citizens' drafts name: JSON, not foreign keys, hence read as text.
CREATE OR REPLACE VIEW draft_file_ids (file_id) AS
  SELECT listed FROM dossier_drafts d
   CROSS JOIN LATERAL jsonb_array_elements(CASE jsonb_typeof(d.content->'components') WHEN 'array' THEN d.content->'components' ELSE '[]' END) c
   CROSS JOIN LATERAL jsonb_array_elements_text(CASE jsonb_typeof(c->'fileIds') WHEN 'array' THEN c->'fileIds' ELSE '[]' END) listed;
