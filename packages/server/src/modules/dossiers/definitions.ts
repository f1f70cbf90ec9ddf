import type { ProcedureDefinition } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { findVersionById } from '../procedures/index.js';

// Published versions never change, so an instance may keep them.
const cache = new Map<string, ProcedureDefinition>();
const CACHE_LIMIT = 2_000;

/** The process a dossier follows: the procedure version it was received under. */
export async function definitionOf(db: Queryable, versionId: string): Promise<ProcedureDefinition> {
  const cached = cache.get(versionId);
  if (cached) return cached;
  const row = await findVersionById(db, versionId);
  if (!row) throw new Error(`Procedure version ${versionId} is missing`);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(versionId, row.definition);
  return row.definition;
}
