// Jest (before Node 24.9) cannot require() an ES module, and @microsoft/app-manifest requires the
// ESM-only strip-bom when it loads. Node and tsx load it fine; only the test runtime needs this
// equivalent stand-in. Import this file before anything that imports @microsoft/app-manifest.
jest.mock('strip-bom', () => (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
