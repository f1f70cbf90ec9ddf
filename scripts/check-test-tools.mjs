// `npm test` runs this first: the browser and paper tests drive programs from the operating
// system, and without them dozens of tests would fail one by one with ENOENT. Say at once what is
// missing and how to install it.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Each program the tests run, and the Debian/Ubuntu package that ships it. */
const TOOLS = [
  { program: 'chromium', path: '/usr/bin/chromium', package: 'chromium', for: 'browser tests (never a downloaded browser)' },
  { program: 'pdftotext', package: 'poppler-utils', for: 'reading papers back' },
  { program: 'pdftoppm', package: 'poppler-utils', for: 'rendering papers' },
  { program: 'pdfinfo', package: 'poppler-utils', for: 'page counts of papers' },
  { program: 'pdffonts', package: 'poppler-utils', for: 'embedded fonts of papers' },
  { program: 'pdfsig', package: 'poppler-utils', for: 'verifying signed results' },
  { program: 'zbarimg', package: 'zbar-tools', for: 'decoding QR codes' },
  { program: 'certutil', package: 'libnss3-tools', for: 'trust stores for pdfsig' },
  { program: 'openssl', package: 'openssl', for: 'legacy PKCS#12 files' },
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const onPath = (program) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && executable(join(dir, program)));
const missing = TOOLS.filter((tool) => !(tool.path ? executable(tool.path) : onPath(tool.program)));

if (missing.length > 0) {
  const packages = [...new Set(missing.map((tool) => tool.package)), 'fonts-dejavu-core'];
  console.error('npm test needs programs that are not installed on this machine:');
  for (const tool of missing) console.error(`  - ${tool.path ?? tool.program} (${tool.package}): ${tool.for}`);
  console.error(`\nInstall them (Debian or Ubuntu) with:\n  sudo apt-get install --no-install-recommends ${packages.join(' ')}\n`);
  process.exit(1);
}
