import type { Prompt } from '../../dialogs/types';
import { createInterpreter } from '../helpers/engine';
import { typed } from '../helpers/turnInputs';

const QUESTION = 'what is the capital of France?';
const keep = [{ kind: 'recordUnansweredQuestion', text: QUESTION }];

const at = (step: string, expects: Prompt['expects'] = 'choice', choices: string[] = []): Prompt => ({ step, key: `${step}.prompt`, expects, choices });

describe('which readings ask for a question to be kept', () => {
  const interpreter = createInterpreter();

  it.each([
    ['the menu', at('menu', 'choice', ['reframe.start', 'cmd.faq', 'cmd.human'])],
    ['a pause', at('idle', 'choice', ['cmd.menu'])],
    ['the offer to work through a setback', { ...at('offer', 'choice', ['offer.yes', 'offer.no']), yesNo: { yes: 'offer.yes', no: 'offer.no' } }],
  ])('a question the FAQ has no answer for, at %s', (_where, prompt) => {
    expect(interpreter.read(typed(`  ${QUESTION} `), prompt).effects).toEqual(keep);
  });

  it.each([
    ['"did you want someone to contact you?"', { ...at('confirmHandoff', 'choice', ['unsure.yes', 'unsure.no']), yesNo: { yes: 'unsure.yes', no: 'unsure.no' } }],
    ['a reframe step', at('reframe.what', 'text')],
    ['the contact form', at('handoff.contact', 'text')],
    ['crisis support', at('support.followUp', 'text', ['crisis.grounding', 'cmd.human', 'cmd.menu'])],
  ])('none at %s, where words are an answer', (_where, prompt) => {
    expect(interpreter.read(typed(QUESTION), prompt).effects).toEqual([]);
  });

  it.each([
    ['answered by the article', 'what is a growth mindset?'],
    ['not a question', 'I like turtles'],
    ['a setback told', 'why do I always mess up?'],
    ['a command', 'what do you know about me?'],
    ['clear risk', 'is it normal to want to hurt myself?'],
    ['possible risk', 'how do I make him pay for what he did?'],
  ])('none for a message %s', (_why, text) => {
    expect(interpreter.read(typed(text), at('menu', 'choice', ['reframe.start', 'cmd.faq', 'cmd.human'])).effects).toEqual([]);
  });
});
