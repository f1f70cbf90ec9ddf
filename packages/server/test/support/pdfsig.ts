import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * What poppler's pdfsig says of a signed PDF when the given CAs (PEM) are in its trust store: an NSS
 * database made for the occasion (`certutil -N`, then the CA added as trusted for signing).
 */
export async function pdfsig(pdf: Buffer, caPem: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'motcua-pdfsig-'));
  try {
    const nss = `sql:${join(dir, 'nss')}`;
    await mkdir(join(dir, 'nss'));
    await writeFile(join(dir, 'result.pdf'), pdf);
    await run('certutil', ['-N', '--empty-password', '-d', nss]);
    // certutil takes one certificate a file: a bundle of several is added one by one.
    for (const [index, certificate] of (caPem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? []).entries()) {
      const file = join(dir, `ca-${index}.pem`);
      await writeFile(file, `${certificate}\n`);
      await run('certutil', ['-d', nss, '-A', '-t', 'CT,C,C', '-n', `ca-${index}`, '-i', file]);
    }
    // pdfsig exits non-zero when a signature does not verify; its report is what the tests read.
    const { stdout } = await run('pdfsig', ['-nssdir', nss, join(dir, 'result.pdf')]).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
