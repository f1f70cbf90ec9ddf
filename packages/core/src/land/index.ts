export * from './geometry.js';
export * from './land-use.js';
export * from './parcel.js';
