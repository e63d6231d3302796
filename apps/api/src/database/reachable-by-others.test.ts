import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstClosedFolder } from './reachable-by-others.js';

describe('firstClosedFolder', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('names the folder others may not enter, and nothing when every folder is open', () => {
    root = mkdtempSync(join(tmpdir(), 'reach-'));
    const data = join(root, 'clone', '.data');
    mkdirSync(data, { recursive: true });
    chmodSync(root, 0o700);
    expect(firstClosedFolder(data)).toBe(root);
    chmodSync(root, 0o755);
    chmodSync(join(root, 'clone'), 0o755);
    chmodSync(data, 0o755);
    expect(firstClosedFolder(data)).toBeNull();
  });
});
