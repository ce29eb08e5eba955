/** The bare baseline app of `npm run bench` (see scripts/bench): built in a temporary folder whose
 * node_modules links to the portal's, so Turbopack's root must include both. */
export default { reactStrictMode: true, turbopack: { root: '/' } };
