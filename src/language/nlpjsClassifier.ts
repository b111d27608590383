import { StemmerEn } from '@nlpjs/lang-en-min';
import { NeuralNetwork, type TrainingItem } from '@nlpjs/neural';
import type { Corpus, Reading, TextClassifier } from './classifier';
import { modelKey, type ModelCache } from './modelCache';
import { plainWords } from './normalise';

const stemmer = new StemmerEn();

/** Part of every cached model's key: bump when the features or the training change, so old files are not loaded. */
const NETWORK_VERSION = 'nlpjs-neural-4.25/stems-1';

/** A message's words as NLP.js's English stemmer reduces them, after the language layer's reading. */
export function stemsOf(text: string): string[] {
  return plainWords(text).map((word) => stemmer.stemWord(word));
}

/** NLP.js's "none" feature: words it never saw in training push a message towards None, each a little more. */
const NONE_FEATURE = 'nonefeature';
const NONE_DELTA_MULTIPLIER = 1.2;

/**
 * NLP.js's neural NLU (the one-layer network of `@nlpjs/nlu`'s NluNeural, with its "none" feature and squared,
 * normalised scores), fed with the language layer's own reading of the text: folded, text-speak expanded, stemmed by
 * NLP.js's English stemmer. Run synchronously, so a turn never waits on a promise to be understood.
 */
export class NlpjsClassifier<Label extends string> implements TextClassifier<Label> {
  private readonly network = new NeuralNetwork({ log: false });
  private readonly known = new Set<string>();
  private readonly noneDelta: number;
  private readonly labels: Label[];

  /**
   * `pairs` adds each two neighbouring words as a feature, so "cut myself" and "cut costs" are told apart. A trained
   * network is kept in `cache` under a hash of the corpus, so a start with unchanged content loads instead of training.
   */
  constructor(corpus: Corpus<Label>, private readonly options: { pairs?: boolean; cache?: ModelCache; seed?: number } = {}) {
    this.labels = Object.keys(corpus) as Label[];
    const key = modelKey(NETWORK_VERSION, corpus, Boolean(options.pairs), options.seed ?? null);
    const cached = options.cache?.get(key) as { features: string[] } | undefined;
    if (cached) {
      this.network.fromJSON(cached);
      for (const feature of cached.features) if (feature !== NONE_FEATURE) this.known.add(feature);
    } else {
      this.network.train(this.trainingItems(corpus));
      options.cache?.set(key, this.network.toJSON());
    }
    this.noneDelta = this.labels.length / Math.max(1, this.known.size);
  }

  private trainingItems(corpus: Corpus<Label>): TrainingItem[] {
    const items: TrainingItem[] = [];
    for (const label of this.labels) {
      for (const utterance of corpus[label]) {
        const input = this.features(utterance);
        for (const feature of Object.keys(input)) this.known.add(feature);
        items.push({ input, output: { [label]: 1 } });
      }
    }
    items.push({ input: { [NONE_FEATURE]: 1 }, output: { None: 1 } });
    return this.options.seed === undefined ? items : shuffled(items, this.options.seed);
  }

  classify(text: string): Reading<Label | 'None'>[] {
    const input: Record<string, number> = {};
    let delta = this.noneDelta;
    let none = 0;
    for (const feature of Object.keys(this.features(text))) {
      if (this.known.has(feature)) {
        input[feature] = 1;
      } else {
        none += delta;
        delta *= NONE_DELTA_MULTIPLIER;
      }
    }
    if (none > 0) input[NONE_FEATURE] = none;
    const raw = Object.keys(input).length > 0 ? this.network.run(input) ?? {} : {};
    const readings = Object.entries(raw)
      .filter(([, score]) => score > 0)
      .map(([label, score]) => ({ label: label as Label | 'None', score: score ** 2 }));
    const total = readings.reduce((sum, reading) => sum + reading.score, 0);
    if (total === 0) return [{ label: 'None', score: 1 }];
    return readings.map((reading) => ({ ...reading, score: reading.score / total })).sort((a, b) => b.score - a.score);
  }

  /** The features NLP.js is trained and run on: stems of the language layer's plain words (and neighbouring pairs). */
  private features(text: string): Record<string, number> {
    const features: Record<string, number> = {};
    const stems = stemsOf(text);
    for (const stem of stems) features[stem] = 1;
    if (this.options.pairs) for (let i = 0; i + 1 < stems.length; i++) features[`${stems[i]}_${stems[i + 1]}`] = 1;
    return features;
  }
}

/** The items in an order fixed by the seed (Fisher–Yates over mulberry32): the network learns from the order it is shown. */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
