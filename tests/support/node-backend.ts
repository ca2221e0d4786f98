import { afterEach } from 'vitest';
import { createNodeBackend, type NodeBackendOptions } from '../../electron/host/compose';
import type { ComposedBackend } from '../../electron/services/compose';
import { createMemoryLogger } from '../../electron/services/log';
import { tempDir } from './in-process';

const open = new Set<ComposedBackend>();

afterEach(async () => {
  await Promise.all([...open].map((b) => b.close()));
  open.clear();
});

/** The browser host's backend (demo mode, sandbox and all) with secrets in memory; closed after each test. */
export async function nodeBackend(
  options: Partial<NodeBackendOptions> = {},
): Promise<ComposedBackend> {
  const composed = await createNodeBackend({
    dataDir: options.dataDir ?? tempDir(),
    log: options.log ?? createMemoryLogger(),
    secretCandidates: [],
    ...options,
  });
  open.add(composed);
  return composed;
}
