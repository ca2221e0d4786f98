// A Node module hook (module.register) that answers `electron` with the smoke tier's stand-in:
// the Electron binary cannot be downloaded here, and its npm package only knows the binary's path.
const standIn = new URL('./electron-stand-in.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: standIn, shortCircuit: true };
  return nextResolve(specifier, context);
}
