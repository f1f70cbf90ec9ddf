import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { WEB_DIST } from './paths.js';
import type { BlobStoreSettings } from './platform/blob-store/open.js';

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; absent = embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Where files' bytes are kept: a directory (MOTCUA_FILES_DIR, by default `<dataDir>/files`) or an S3-compatible bucket (MOTCUA_S3_URL). */
  blobStore: BlobStoreSettings;
  /** Seed the demo province on first start. */
  seedDemo: boolean;
  /** Mark cookies Secure. Browsers accept Secure cookies on http://localhost, so this stays on unless told. */
  secureCookies: boolean;
  sessionHours: number;
  /** Administrators and agency leaders must turn on two-factor sign-in before they work: on unless the demo is seeded. */
  requireTwoFactor: boolean;
  /** The reverse proxies whose `X-Forwarded-For` gives the client's address: addresses and CIDR ranges; false = none. */
  trustProxy: false | string[];
  /** Requests per minute and IP on the public endpoints (tracking, search, calendar). */
  publicRequestsPerMinute: number;
  /** Megabytes an address may upload per hour without signing in. */
  anonymousUploadMbPerHour: number;
  /** Dossiers an address may submit online per hour without signing in. */
  anonymousSubmissionsPerHour: number;
  logLevel: string;
  /** The built web application to serve. */
  webDir: string;
  /** Where citizens reach the portal: QR codes on receipts point to `<publicUrl>/tra-cuu/<code>`, on signed results to `<publicUrl>/verify/<code>`. */
  publicUrl: string;
  /** Secret that seals the agencies' signing credentials at rest; absent = a key file in `dataDir`. */
  credentialKey: string | undefined;
  /** PEM file of the root certificates agencies' signing certificates must chain to (besides the demo CA while the demo is on). */
  trustAnchorsPath: string | undefined;
  /** Where notices to applicants go out by e-mail; absent = no e-mails. */
  mail: MailConfig | undefined;
  /** The SMS carrier's HTTP gateway; absent = no SMS. */
  sms: SmsConfig | undefined;
  payments: PaymentsConfig;
  /** The port `npm start` serves the simulated remote signing service on while the demo is on (MOTCUA_SIGNING_SIMULATOR_PORT); undefined = none. */
  signingSimulatorPort: number | undefined;
  /**
   * The base layer the portal's land map draws under the register's parcels (MOTCUA_MAP_BASE_LAYER_URL):
   * raster tiles at an address with {z}, {x} and {y}, such as the province's own tile server; undefined =
   * none, the parcels and planning zones alone. Its origin is let into the pages' img-src.
   */
  mapBaseLayerUrl: string | undefined;
}

/** How applicants pay fees online: a payment gateway, and bank transfers by VietQR. */
export interface PaymentsConfig {
  /** The payment gateway (the common Vietnamese pattern: signed redirect, signed IPN); absent = none. */
  gateway: PaymentGatewayConfig | undefined;
  /** Serve the demo gateway simulator under /demo/cong-thanh-toan (never on a real installation). */
  simulator: boolean;
  /** The account fees are transferred to; absent = no VietQR. */
  vietQr: { bankBin: string; accountNumber: string; accountName: string } | undefined;
  /** The addresses (IPv4/IPv6, single or CIDR) the gateway calls the IPN from; empty = any. */
  ipnAllowedRanges: string[];
}

export interface PaymentGatewayConfig {
  /** The gateway's name in the IPN address /api/public/payments/<name>/ipn. */
  name: string;
  /** Where the payer is sent with the signed order. */
  payUrl: string;
  /** The merchant code (vnp_TmnCode) the gateway gave the province. */
  merchantCode: string;
  /** The secret both sides sign with (HMAC-SHA512). */
  secret: string;
}

export interface MailConfig {
  /** `smtp://user:password@host:587` (STARTTLS when offered) or `smtps://…:465`. */
  smtpUrl: string;
  from: string;
}

export interface SmsConfig {
  url: string;
  token: string;
  /** The registered sender name (brandname) the carrier shows. */
  sender: string;
  /** The secret the carrier's adapter shows when it hands over an incoming SMS; absent = no tracking by SMS. */
  inboundToken: string | undefined;
}

const NO = ['0', 'false', 'no', 'off'];

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !NO.includes(value.toLowerCase());
}

// Names proxy-addr (behind Fastify's trustProxy) knows for the usual private ranges.
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyEntry(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}

/**
 * `MOTCUA_TRUST_PROXY=10.0.0.5,10.0.1.0/24`: only requests coming from these addresses may name
 * the client in X-Forwarded-For. Trusting every sender (`true`) is refused, since any client could
 * then pick the address its rate limits are counted on and the audit log records.
 */
function trustedProxies(value: string | undefined): false | string[] {
  const text = value?.trim() ?? '';
  if (text === '' || NO.includes(text.toLowerCase())) return false;
  if (['1', 'true', 'yes', 'on'].includes(text.toLowerCase())) {
    throw new Error(
      `MOTCUA_TRUST_PROXY=${text} would let any client choose its own address; list the reverse proxies instead, e.g. MOTCUA_TRUST_PROXY=10.0.0.5,10.0.1.0/24 (or loopback for a proxy on this machine)`,
    );
  }
  const entries = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const wrong = entries.find((entry) => !isProxyEntry(entry));
  if (wrong !== undefined) throw new Error(`MOTCUA_TRUST_PROXY: "${wrong}" is not an IP address, a CIDR range (10.0.1.0/24) or one of ${PROXY_RANGE_NAMES.join(', ')}`);
  return entries;
}

export const SIMULATOR_PATH = '/demo/cong-thanh-toan';
// Known to the simulator and to nobody else; a real gateway's secret comes from MOTCUA_PAYMENT_SECRET.
const SIMULATOR_SECRET = 'motcua-demo-gateway-secret';

/**
 * The gateway is the simulator while it is on (and no real gateway is configured); a real one needs
 * its address, merchant code and secret.
 */
function paymentsConfig(env: NodeJS.ProcessEnv, publicUrl: string): PaymentsConfig {
  const simulator = flag(env.MOTCUA_PAYMENT_SIMULATOR, flag(env.MOTCUA_DEMO, true));
  const name = env.MOTCUA_PAYMENT_GATEWAY || 'vnpay';
  if (!/^[a-z0-9-]{1,30}$/.test(name)) throw new Error(`MOTCUA_PAYMENT_GATEWAY must be a short lower-case name, not "${name}"`);
  let gateway: PaymentGatewayConfig | undefined;
  if (env.MOTCUA_PAYMENT_GATEWAY_URL) {
    if (!env.MOTCUA_PAYMENT_SECRET || !env.MOTCUA_PAYMENT_MERCHANT_CODE) {
      throw new Error('MOTCUA_PAYMENT_GATEWAY_URL is set: MOTCUA_PAYMENT_MERCHANT_CODE and MOTCUA_PAYMENT_SECRET must be set too');
    }
    gateway = { name, payUrl: env.MOTCUA_PAYMENT_GATEWAY_URL, merchantCode: env.MOTCUA_PAYMENT_MERCHANT_CODE, secret: env.MOTCUA_PAYMENT_SECRET };
  } else if (simulator) {
    gateway = { name, payUrl: `${publicUrl}${SIMULATOR_PATH}/pay`, merchantCode: env.MOTCUA_PAYMENT_MERCHANT_CODE || 'MOTCUA01', secret: env.MOTCUA_PAYMENT_SECRET || SIMULATOR_SECRET };
  }
  const demo = flag(env.MOTCUA_DEMO, true);
  const vietQr = env.MOTCUA_VIETQR_ACCOUNT
    ? { bankBin: env.MOTCUA_VIETQR_BANK_BIN ?? '', accountNumber: env.MOTCUA_VIETQR_ACCOUNT, accountName: env.MOTCUA_VIETQR_ACCOUNT_NAME ?? '' }
    : demo
      ? { bankBin: '970415', accountNumber: '113000006688', accountName: 'VAN PHONG UBND TINH (DEMO)' }
      : undefined;
  if (vietQr && !/^\d{6}$/.test(vietQr.bankBin)) throw new Error(`MOTCUA_VIETQR_BANK_BIN must be the bank's six-digit BIN, not "${vietQr.bankBin}"`);
  return { gateway, simulator, vietQr, ipnAllowedRanges: ipnRanges(env.MOTCUA_PAYMENT_IPN_ALLOW) };
}

/** `MOTCUA_PAYMENT_IPN_ALLOW`: addresses and CIDR ranges, separated by commas or spaces; each checked here so that a typo fails at start. */
function ipnRanges(value: string | undefined): string[] {
  const ranges = (value ?? '').split(/[\s,]+/).filter(Boolean);
  for (const range of ranges) {
    const [address, bits, ...rest] = range.split('/');
    const family = isIP(address ?? '');
    const width = family === 6 ? 128 : 32;
    if (family === 0 || rest.length > 0 || (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= width))) {
      throw new Error(`MOTCUA_PAYMENT_IPN_ALLOW must list IP addresses or CIDR ranges, not "${range}"`);
    }
  }
  return ranges;
}

function blobStoreSettings(env: NodeJS.ProcessEnv, dataDir: string): BlobStoreSettings {
  if (!env.MOTCUA_S3_URL) return { kind: 'directory', dir: env.MOTCUA_FILES_DIR ? resolve(env.INIT_CWD ?? process.cwd(), env.MOTCUA_FILES_DIR) : resolve(dataDir, 'files') };
  if (!env.MOTCUA_S3_BUCKET) throw new Error('MOTCUA_S3_URL is set: MOTCUA_S3_BUCKET must name the bucket that keeps the files');
  return {
    kind: 's3',
    url: env.MOTCUA_S3_URL,
    bucket: env.MOTCUA_S3_BUCKET,
    region: env.MOTCUA_S3_REGION || 'us-east-1',
    accessKeyId: env.MOTCUA_S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.MOTCUA_S3_SECRET_ACCESS_KEY || undefined,
    forcePathStyle: flag(env.MOTCUA_S3_FORCE_PATH_STYLE, true),
  };
}

/** The land map's base layer: an http(s) address of slippy-map tiles, refused at start if it could not be one. */
function mapBaseLayerUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || !['http:', 'https:'].includes(url.protocol) || !['{z}', '{x}', '{y}'].every((part) => value.includes(part))) {
    throw new Error(`MOTCUA_MAP_BASE_LAYER_URL must be an http(s) address of tiles with {z}, {x} and {y}, not "${value}"`);
  }
  return value;
}

/** The demo's simulated remote signing service listens next to the server unless told another port, or off. */
function signingSimulatorPort(env: NodeJS.ProcessEnv, port: number): number | undefined {
  if (!flag(env.MOTCUA_DEMO, true) || NO.includes((env.MOTCUA_SIGNING_SIMULATOR_PORT ?? '').toLowerCase())) return undefined;
  const chosen = Number(env.MOTCUA_SIGNING_SIMULATOR_PORT || port + 1);
  if (!Number.isInteger(chosen) || chosen < 1 || chosen > 65535) throw new Error(`MOTCUA_SIGNING_SIMULATOR_PORT must be a port number or "off", not "${env.MOTCUA_SIGNING_SIMULATOR_PORT}"`);
  return chosen;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  // npm runs workspace scripts inside the package; INIT_CWD is where the user typed `npm start`.
  const dataDir = resolve(env.INIT_CWD ?? process.cwd(), env.MOTCUA_DATA_DIR ?? 'data');
  const publicUrl = (env.MOTCUA_PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    blobStore: blobStoreSettings(env, dataDir),
    seedDemo: flag(env.MOTCUA_DEMO, true),
    signingSimulatorPort: signingSimulatorPort(env, port),
    mapBaseLayerUrl: mapBaseLayerUrl(env.MOTCUA_MAP_BASE_LAYER_URL),
    secureCookies: flag(env.MOTCUA_SECURE_COOKIES, true),
    sessionHours: Number(env.MOTCUA_SESSION_HOURS ?? 10),
    requireTwoFactor: flag(env.MOTCUA_REQUIRE_TWO_FACTOR, !flag(env.MOTCUA_DEMO, true)),
    trustProxy: trustedProxies(env.MOTCUA_TRUST_PROXY),
    publicRequestsPerMinute: Number(env.MOTCUA_PUBLIC_RATE_LIMIT ?? 120),
    anonymousUploadMbPerHour: Number(env.MOTCUA_ANONYMOUS_UPLOAD_MB_PER_HOUR ?? 50),
    anonymousSubmissionsPerHour: Number(env.MOTCUA_ANONYMOUS_SUBMISSIONS_PER_HOUR ?? 5),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDir: env.MOTCUA_WEB_DIR ? resolve(env.INIT_CWD ?? process.cwd(), env.MOTCUA_WEB_DIR) : WEB_DIST,
    publicUrl,
    credentialKey: env.MOTCUA_CREDENTIAL_KEY || undefined,
    trustAnchorsPath: env.MOTCUA_TRUST_ANCHORS ? resolve(env.INIT_CWD ?? process.cwd(), env.MOTCUA_TRUST_ANCHORS) : undefined,
    mail: env.MOTCUA_SMTP_URL ? { smtpUrl: env.MOTCUA_SMTP_URL, from: env.MOTCUA_MAIL_FROM || 'Một cửa điện tử <no-reply@localhost>' } : undefined,
    sms: env.MOTCUA_SMS_URL
      ? { url: env.MOTCUA_SMS_URL, token: env.MOTCUA_SMS_TOKEN ?? '', sender: env.MOTCUA_SMS_SENDER || 'MOTCUA', inboundToken: env.MOTCUA_SMS_INBOUND_TOKEN || undefined }
      : undefined,
    payments: paymentsConfig(env, publicUrl),
  };
}
