import type { Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { hashToken } from '../../platform/authentication.js';
import { AppError } from '../../platform/errors.js';
import { type FileUser, mayNameFile } from '../../platform/policies.js';
import { type Applicant, reusableFileIds } from '../digitisation/index.js';
import { type FileFacts, type OwnedFile, ownedFiles } from '../files/index.js';

/**
 * The files a request names for a dossier (a submission, a draft, an action's documents), checked
 * against whom they belong to (platform/policies.ts mayNameFile).
 */

export interface FileNaming {
  user: FileUser;
  /** What the dossier holds already; nothing for a new one. */
  held?: ReadonlySet<string>;
  /** The applicant whose digitised documents an officer may reuse. */
  applicant?: Applicant;
}

/**
 * Who names the files: an officer for a dossier of these agencies, a citizen account, or an
 * anonymous applicant with the tokens their uploads returned.
 */
export function fileUserOf(actor: Actor, proof: { handlingAgencyIds: readonly string[]; uploadTokens?: readonly string[] | undefined }): FileUser {
  switch (actor.kind) {
    case 'officer':
      return { kind: 'officer', officer: actor.officer, handlingAgencyIds: proof.handlingAgencyIds };
    case 'applicant':
      return actor.citizenId
        ? { kind: 'citizen', citizenId: actor.citizenId }
        : { kind: 'anonymous', uploadTokenSha256s: (proof.uploadTokens ?? []).map(hashToken) };
    case 'system':
      return { kind: 'system' };
  }
}

export interface SortedFiles {
  /** The files the user may name, with their facts. */
  usable: Map<string, FileFacts>;
  /** Files that exist but are someone else's. */
  foreign: Set<string>;
}

/** Sorts the named files that exist into the user's and someone else's, in a query or two whatever their number. */
export async function sortNamedFiles(db: Queryable, naming: FileNaming, ids: readonly string[]): Promise<SortedFiles> {
  const files = await ownedFiles(db, ids.map((id) => id.toLowerCase()));
  const { user } = naming;
  const digitisedHolder = user.kind === 'citizen' ? { citizenId: user.citizenId } : user.kind === 'officer' && naming.applicant ? { applicant: naming.applicant } : undefined;
  const named = (file: OwnedFile, digitised: boolean) =>
    mayNameFile(user, { ...file, held: naming.held?.has(file.id) ?? false, digitised });
  // Digitised documents are looked up only for what the user may not name otherwise.
  const undecided = [...files.values()].filter((file) => !named(file, false)).map((file) => file.id);
  const digitised = digitisedHolder && undecided.length > 0 ? await reusableFileIds(db, digitisedHolder, undecided) : new Set<string>();
  const usable = new Map<string, FileFacts>();
  const foreign = new Set<string>();
  for (const file of files.values()) {
    if (named(file, digitised.has(file.id))) usable.set(file.id, { id: file.id, name: file.name, contentType: file.contentType, size: file.size });
    else foreign.add(file.id);
  }
  return { usable, foreign };
}

/** 403: the file is not the user's to name; what it is stays unsaid. */
export function fileNotYours(user: FileUser, field: string): AppError {
  const [vi, en] =
    user.kind === 'anonymous'
      ? [
          'Có tệp không kèm đúng mã tải lên (uploadToken) nhận được khi tải tệp lên, nên không dùng được trong hồ sơ này.',
          'A file named here comes without the uploadToken its upload returned (send it in uploadTokens), so it cannot be used in this dossier.',
        ]
      : ['Có tệp không do bạn tải lên nên không dùng được trong hồ sơ này.', 'A file named here was not uploaded by you, so it cannot be used in this dossier.'];
  return new AppError(403, 'file_not_yours', vi, en, field);
}

/**
 * Refuses a request that names a file that does not exist (400 unknown_file) or is not the
 * user's (403 file_not_yours), naming the field it came in: `{ components: [...], attachmentIds: [...] }`.
 */
export async function assertFilesUsable(db: Queryable, naming: FileNaming, byField: Record<string, readonly string[]>): Promise<void> {
  const ids = [...new Set(Object.values(byField).flat())];
  if (ids.length === 0) return;
  const { usable, foreign } = await sortNamedFiles(db, naming, ids);
  const fieldOf = (test: (id: string) => boolean) => Object.entries(byField).find(([, listed]) => listed.some((id) => test(id.toLowerCase())))?.[0];
  const unknownField = fieldOf((id) => !usable.has(id) && !foreign.has(id));
  if (unknownField) {
    throw new AppError(400, 'unknown_file', 'Có tệp đính kèm không tồn tại hoặc đã bị xoá.', 'An attached file does not exist.', unknownField);
  }
  const foreignField = fieldOf((id) => foreign.has(id));
  if (foreignField) throw fileNotYours(naming.user, foreignField);
}
