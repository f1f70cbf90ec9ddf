-- What the other modules read of the agencies and their units.
CREATE OR REPLACE VIEW agency_directory AS
  SELECT id, code, name, short_name, kind, parent_id, address, phone, abolished_on, successor_id FROM agencies;
CREATE OR REPLACE VIEW unit_directory AS
  SELECT id, agency_id, code, name, kind FROM units;

-- An agency is made with its own dossier numbers and register lines (dossier-numbers.sql).
CREATE OR REPLACE TRIGGER agencies_dossier_numbers AFTER INSERT ON agencies
  FOR EACH ROW EXECUTE FUNCTION create_dossier_number_sequence();
CREATE OR REPLACE TRIGGER agencies_register_lines AFTER INSERT ON agencies
  FOR EACH ROW EXECUTE FUNCTION create_register_line_sequence();
