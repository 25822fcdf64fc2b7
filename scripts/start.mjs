// `npm start`: check the bundled examples. They hold deliberate mistakes, so
// finding errors (exit 1) is the expected outcome; usage or internal errors are not.
import { spawnSync } from 'node:child_process';

const { status } = spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples'], { stdio: 'inherit' });
process.exitCode = status === 0 || status === 1 ? 0 : status ?? 2;
