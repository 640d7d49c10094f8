// Preloaded into the CLI by the hostile-input tests (node --require): on exit, writes the
// process's peak resident set size in MB to $SCALENE_CI_TEST_RSS_OUT.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.SCALENE_CI_TEST_RSS_OUT) writeFileSync(process.env.SCALENE_CI_TEST_RSS_OUT, String(process.resourceUsage().maxRSS / 1024));
});
