export * from './password-policy.js';
export * from './one-time-code.js';
export * from './assistance.js';
export * from './totp.js';
export * from './two-factor.js';
export * from './contacts.js';
