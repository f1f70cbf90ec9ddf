import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUseError, acquireDataDirLock } from './data-dir-lock.js';

describe('embedded data directory lock', () => {
  it('refuses a directory another live process holds, with a clear message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-lock-'));
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(join(dir, 'motcua.lock'), String(other.pid));
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirInUseError);
      expect(() => acquireDataDirLock(dir)).toThrow(/already used by another MotCua process/);
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that died, and releases it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-lock-'));
    writeFileSync(join(dir, 'motcua.lock'), '999999999');
    const release = acquireDataDirLock(dir);
    expect(existsSync(join(dir, 'motcua.lock'))).toBe(true);
    release();
    expect(existsSync(join(dir, 'motcua.lock'))).toBe(false);
  });
});
