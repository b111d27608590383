// Trains the language models into their cache once, before any test file runs, as `npm run build` does for
// `npm start`. Without it, every worker and every server process a test starts would train its own copy at once.
import { createUnderstanding } from '../src/understanding/createUnderstanding';

export default function trainModels(): void {
  createUnderstanding();
}
