import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../config.js';

/**
 * Seals the agencies' signing credentials (PKCS#12 file and password) with AES-256-GCM, so that a
 * copy of the database alone does not give away the keys that sign results. The key comes from
 * MOTCUA_CREDENTIAL_KEY; without it, from a random key file next to the embedded database (several
 * instances on one PostgreSQL must then share MOTCUA_CREDENTIAL_KEY).
 */
export interface CredentialVault {
  seal(secret: Buffer): Buffer;
  open(sealed: Buffer): Buffer;
}

const FORMAT = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const ADDITIONAL_DATA = Buffer.from('motcua/signing-credential');
const KEY_FILE = 'credential.key';

/** The key file is written once; instances starting together agree on whichever was linked first. */
function keyFileSecret(dataDir: string): string {
  const path = join(dataDir, KEY_FILE);
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  try {
    linkSync(draft, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  return readFileSync(path, 'utf8').trim();
}

export function createVault(config: Pick<Config, 'credentialKey' | 'dataDir'>): CredentialVault {
  let key: Buffer | undefined;
  // Resolved on first use: an installation that never signs never writes a key file.
  const currentKey = () => (key ??= createHash('sha256').update(config.credentialKey ?? keyFileSecret(config.dataDir)).digest());
  return {
    seal(secret) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', currentKey(), iv).setAAD(ADDITIONAL_DATA);
      const body = Buffer.concat([cipher.update(secret), cipher.final()]);
      return Buffer.concat([Buffer.from([FORMAT]), iv, cipher.getAuthTag(), body]);
    },
    open(sealed) {
      if (sealed[0] !== FORMAT) throw new Error('Unknown credential format');
      const iv = sealed.subarray(1, 1 + IV_BYTES);
      const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', currentKey(), iv).setAAD(ADDITIONAL_DATA).setAuthTag(tag);
      return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
    },
  };
}
