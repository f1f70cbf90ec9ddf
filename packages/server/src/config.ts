import { resolve } from 'node:path';
import { WEB_DIST } from './modules/web/routes.js';

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; absent = embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Seed the demo province on first start. */
  seedDemo: boolean;
  /** Mark cookies Secure. Browsers accept Secure cookies on http://localhost, so this stays on unless told. */
  secureCookies: boolean;
  sessionHours: number;
  trustProxy: boolean;
  /** Requests per minute and IP on the public endpoints (tracking, search, calendar). */
  publicRequestsPerMinute: number;
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

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    // npm runs workspace scripts inside the package; INIT_CWD is where the user typed `npm start`.
    dataDir: resolve(env.INIT_CWD ?? process.cwd(), env.MOTCUA_DATA_DIR ?? 'data'),
    seedDemo: flag(env.MOTCUA_DEMO, true),
    secureCookies: flag(env.MOTCUA_SECURE_COOKIES, true),
    sessionHours: Number(env.MOTCUA_SESSION_HOURS ?? 10),
    trustProxy: flag(env.MOTCUA_TRUST_PROXY, false),
    publicRequestsPerMinute: Number(env.MOTCUA_PUBLIC_RATE_LIMIT ?? 120),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDir: env.MOTCUA_WEB_DIR ? resolve(env.INIT_CWD ?? process.cwd(), env.MOTCUA_WEB_DIR) : WEB_DIST,
    publicUrl: (env.MOTCUA_PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    credentialKey: env.MOTCUA_CREDENTIAL_KEY || undefined,
    trustAnchorsPath: env.MOTCUA_TRUST_ANCHORS ? resolve(env.INIT_CWD ?? process.cwd(), env.MOTCUA_TRUST_ANCHORS) : undefined,
    mail: env.MOTCUA_SMTP_URL ? { smtpUrl: env.MOTCUA_SMTP_URL, from: env.MOTCUA_MAIL_FROM || 'Một cửa điện tử <no-reply@localhost>' } : undefined,
    sms: env.MOTCUA_SMS_URL
      ? { url: env.MOTCUA_SMS_URL, token: env.MOTCUA_SMS_TOKEN ?? '', sender: env.MOTCUA_SMS_SENDER || 'MOTCUA', inboundToken: env.MOTCUA_SMS_INBOUND_TOKEN || undefined }
      : undefined,
  };
}
