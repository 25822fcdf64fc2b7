// `npm test` starts here: every system prerequisite of the whole suite is checked in its
// first seconds — file lookups first, then the two that run a program — so a machine that
// lacks one fails at once with the one command that installs everything missing, instead
// of after minutes of build and tests. `--packages` prints the missing packages' names
// (nothing when none is), for .ci/run to install.
import { installCommand, systemProblems } from './e2e/host/system';

const NODE_MAJOR = 20;

function main(): number {
  if (Number(process.versions.node.split('.')[0]) < NODE_MAJOR) {
    console.error(`npm test needs Node.js ${NODE_MAJOR} or later; this is ${process.version}.`);
    return 1;
  }
  const { packages, reasons } = systemProblems();
  if (process.argv.includes('--packages')) {
    if (packages.length) console.log(packages.join(' '));
    return 0;
  }
  if (!packages.length) return 0;
  console.error(`npm test needs Debian packages that are not installed or too old:\n  ${reasons.join('\n  ')}\n\nInstall them with:\n\n  ${installCommand(packages)}\n`);
  return 1;
}

process.exitCode = main();
