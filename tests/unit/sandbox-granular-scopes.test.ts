import fs from 'node:fs';
import path from 'node:path';
import { sandboxOperations } from '../../electron/sandbox/operations';

/** The granular scopes the sandbox asks for, checked against Zoom's 2025 User API file. */
const spec = JSON.parse(
  fs.readFileSync(
    path.resolve(import.meta.dirname, '../fixtures/zoom/ZoomUserAPISpec.2025-patched.json'),
    'utf8',
  ),
) as {
  paths: Record<
    string,
    Record<string, { operationId?: string; 'x-extensions'?: { 'x-granular-scopes'?: string[] } }>
  >;
};

const granularOf = new Map<string, string[]>();
for (const [specPath, methods] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(methods)) {
    const scopes = op['x-extensions']?.['x-granular-scopes'];
    if (scopes) granularOf.set(`${method.toUpperCase()} ${specPath}`, scopes);
  }
}

describe('granular scopes of the sandbox’s operations', () => {
  const inSpec = sandboxOperations.filter((op) => granularOf.has(`${op.method} ${op.path}`));

  it('covers every user operation the 2025 file describes', () => {
    // The meeting operations are not in the User API file (their scopes come from tokens Zoom
    // issued: docs/zoom-app-setup.md, "not confirmed here").
    expect(inSpec.map((op) => op.operationId).sort()).toEqual(
      sandboxOperations
        .filter((op) => !op.path.startsWith('/meetings') && !op.path.endsWith('/meetings'))
        .map((op) => op.operationId)
        .sort(),
    );
  });

  it.each(inSpec.map((op) => [op.operationId, op] as const))(
    '%s asks for exactly the granular scopes Zoom lists',
    (_id, op) => {
      const listed = granularOf.get(`${op.method} ${op.path}`) ?? [];
      const granular: { readonly user: string | null; readonly admin: string } = op.granular;
      const ours = granular.user === null ? [granular.admin] : [granular.user, granular.admin];
      expect(ours.sort()).toEqual([...listed].sort());
    },
  );
});
