import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = new URL('./check-test-tools.mjs', import.meta.url).pathname;

describe('the check npm test runs first', () => {
  it('passes on a machine that has every program the tests drive', async () => {
    await expect(run(process.execPath, [script])).resolves.toMatchObject({ stderr: '' });
  });

  it('stops with one message naming what is missing and the command that installs it', async () => {
    const refusal = run(process.execPath, [script], { env: { PATH: '' } });
    await expect(refusal).rejects.toMatchObject({ code: 1 });
    const { stderr } = (await refusal.catch((error: { stderr: string }) => error)) as { stderr: string };
    expect(stderr).toContain('pdfsig (poppler-utils)');
    expect(stderr).toContain('zbarimg (zbar-tools)');
    expect(stderr).toMatch(/apt-get install --no-install-recommends poppler-utils zbar-tools libnss3-tools openssl/);
  });
});
