import { sandboxOperations } from '../../electron/sandbox/operations';
import { loadZoomSpec } from '../contract/sandbox-spec';

const spec = loadZoomSpec();

/** The classic scopes a description lists after "Scopes:" (before any "Granular" list). */
function scopesIn(description: string): string[] {
  const section =
    /\*\*Scopes:\*\*([\s\S]*?)(?:\*\*\[Rate Limit Label|\*\*Granular|$)/.exec(description)?.[1] ??
    '';
  return [...new Set([...section.matchAll(/`([a-z_]+:[a-z_:]+)`/g)].map((m) => m[1] ?? ''))];
}

function labelIn(description: string): string | undefined {
  return /Rate Limit Label\]\([^)]*\):\*\*\s*`(\w+)`/.exec(description)?.[1];
}

describe("the sandbox's operation table", () => {
  it.each(sandboxOperations.map((op) => [op.operationId, op] as const))(
    "%s matches Zoom's file: path, method, scopes and rate-limit label",
    (_id, op) => {
      const zoom = spec.operation(op.operationId);
      expect(`${zoom.method} ${zoom.path}`).toBe(`${op.method} ${op.path}`);
      expect([...op.scopes].sort()).toEqual(scopesIn(zoom.description).sort());
      expect(op.category).toBe(labelIn(zoom.description));
    },
  );
});
