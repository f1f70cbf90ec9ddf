-- Who helped submit a dossier, as the dossier's readers show it: the helper's name and point only.
CREATE OR REPLACE VIEW dossier_assistance_facts AS
  SELECT dossier_id, helper_name, point_name, consent_kind, consented_at FROM dossier_assistance;
