import * as path from 'node:path';

/** The core speaks POSIX paths; Windows paths become `C:/x/y`. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

export function fromPosix(p: string): string {
  return p.split('/').join(path.sep);
}
