// Trains the language layer's models into their cache at build time (npm run build), so the server starts in well under
// two seconds; a start with changed content trains again by itself.
import { createUnderstanding } from './understanding/createUnderstanding';

const started = Date.now();
createUnderstanding();
console.log(`Language models ready in ${Date.now() - started} ms`);
