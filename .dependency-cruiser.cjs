/**
 * The boundaries of the code, checked by `npm test` (`npm run boundaries`): a violation fails
 * the build with the rule's name. Module cycles show up as file cycles, since modules reach each
 * other only through their index.ts.
 */
const MODULES = '^packages/server/src/modules/';

module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'packages/core holds domain rules without I/O: it imports nothing but itself.',
      severity: 'error',
      from: { path: '^packages/core/src/' },
      to: { pathNot: '^packages/core/src/' },
    },
    {
      name: 'contract-builds-on-core-only',
      comment: 'What the server and the web agree on depends on the domain and on nothing of either side.',
      severity: 'error',
      from: { path: '^packages/contract/src/' },
      to: { pathNot: ['^packages/(core|contract)/src/', '^@motcua/core$'] },
    },
    {
      name: 'server-and-web-meet-in-contract',
      comment: 'The server and the web share code only through @motcua/contract and @motcua/core.',
      severity: 'error',
      from: { path: '^packages/(server|web)/' },
      to: { path: '^packages/(server|web)/', pathNot: '^packages/$1/' },
    },
    {
      name: 'modules-meet-through-their-index',
      comment: 'A module reaches another only through what it publishes in its index.ts.',
      severity: 'error',
      from: { path: `${MODULES}([^/]+)/` },
      to: { path: `${MODULES}[^/]+/`, pathNot: [`${MODULES}$1/`, `${MODULES}[^/]+/index\\.ts$`] },
    },
    {
      name: 'platform-below-modules',
      comment: 'platform/ (authentication, policies, audit, outbox …) serves the modules and knows none of them.',
      severity: 'error',
      from: { path: '^packages/server/src/platform/' },
      to: { path: MODULES },
    },
    {
      name: 'no-circular',
      comment: 'No cycles, between files or (through their index.ts) between modules. Cycles of type imports alone vanish at run time.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['\\.test\\.ts$', '^packages/[^/]+/(test|bench)/'] },
  },
};
