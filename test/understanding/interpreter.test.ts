import { createActor } from 'xstate';
import { bounceBackMachine } from '../../dialogs/bounceBack';
import { promptFor } from '../../dialogs/prompts';
import type { Prompt, Say, StepExpectation } from '../../dialogs/types';
import { createUnderstanding } from '../../src/understanding/createUnderstanding';
import { Interpreter, type QuestionAnswerer } from '../../src/understanding/interpreter';
import { createInterpreter } from '../helpers/engine';
import { pressed, typed } from '../helpers/turnInputs';

const menu: Prompt = promptFor(createActor(bounceBackMachine).getSnapshot());
const feeling: Prompt = { step: 'reframe.feeling', key: 'steps.reframe.feeling.prompt', expects: 'text', choices: ['feeling.shame', 'feeling.anxiety'] };

describe('Interpreter', () => {
  const interpreter = createInterpreter();

  it('greets on join', () => {
    expect(interpreter.interpret({ kind: 'join' }, menu)).toEqual({ type: 'GREET' });
  });

  it.each([
    ['menu', 'MENU'], ['  Main Menu! ', 'MENU'], ['help', 'HELP'], ["I'm stuck", 'HELP'], ['start over', 'START_OVER'],
    ['Start again', 'START_OVER'], ['stop', 'STOP'], ['That’s enough', 'STOP'], ['back', 'BACK'], ['hello', 'GREET'],
  ])('reads "%s" as %s', (text, type) => {
    expect(interpreter.interpret(typed(text), feeling)).toEqual({ type });
  });

  it('takes a choice by its label, case ignored, only if the step offers it', () => {
    expect(interpreter.interpret(typed('ANXIETY'), feeling)).toEqual({ type: 'CHOICE', id: 'feeling.anxiety' });
    expect(interpreter.interpret(typed('Disappointment'), feeling)).toEqual({ type: 'TEXT', text: 'Disappointment', plain: 'disappointment' });
  });

  it('takes a card value only for a choice the step offers or a command button', () => {
    expect(interpreter.interpret(pressed({ choice: 'feeling.shame' }), feeling)).toEqual({ type: 'CHOICE', id: 'feeling.shame' });
    expect(interpreter.interpret(pressed({ choice: 'cmd.menu' }), feeling)).toEqual({ type: 'MENU' });
    expect(interpreter.interpret(pressed({ choice: 'cmd.stop' }), feeling)).toEqual({ type: 'STOP' });
    expect(interpreter.interpret(pressed({ choice: 'reframe.resume' }), feeling)).toEqual({ type: 'UNUSABLE' });
  });

  // A card value is whatever the client posts: names that exist on every object must not pass as commands.
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('treats a forged card value {choice: "%s"} as unusable', (choice) => {
    expect(interpreter.interpret(pressed({ choice }), feeling)).toEqual({ type: 'UNUSABLE' });
  });

  it.each([
    ['no value', undefined], ['a string value', 'feeling.shame'], ['a number choice', { choice: 3 }], ['null', null], ['an array', ['feeling.shame']],
  ])('treats an empty message with %s as unusable', (_name, value) => {
    expect(interpreter.interpret(pressed(value), feeling)).toEqual({ type: 'UNUSABLE' });
  });

  it.each(['🙂', '...', '!!! ???', '\u200b'])('treats "%s" as unusable', (text) => {
    expect(interpreter.interpret(typed(text), feeling)).toEqual({ type: 'UNUSABLE' });
  });

  it('passes anything else on as TEXT, trimmed', () => {
    expect(interpreter.interpret(typed('  I lost the match  '), feeling)).toEqual({ type: 'TEXT', text: 'I lost the match', plain: 'i lost the match' });
  });

  describe('with a question answerer', () => {
    const says: Say[] = [{ key: 'help.canDo' }];
    const asked: Array<[string, StepExpectation]> = [];
    const answerer: QuestionAnswerer = {
      list: () => [{ key: 'menu.prompt' }],
      answer: (text, expects) => {
        asked.push([text, expects]);
        return text.endsWith('?') ? says : undefined;
      },
      find: (text) => (text.endsWith('?') ? says : undefined),
      none: () => [{ key: 'faq.none' }],
      byChoice: () => undefined,
    };
    const { safety, language } = createUnderstanding();
    const withQuestions = new Interpreter(safety, answerer, language);

    it('answers questions with INFO, and passes the step’s expectation', () => {
      expect(withQuestions.interpret(typed('what is a growth mindset?'), feeling)).toEqual({ type: 'INFO', says });
      expect(asked.at(-1)).toEqual(['what is a growth mindset?', 'text']);
    });

    it('lists questions for the "Ask a question" button, typed or pressed', () => {
      expect(withQuestions.interpret(typed('Ask a question'), menu)).toEqual({ type: 'INFO', says: [{ key: 'menu.prompt' }] });
      expect(withQuestions.interpret(pressed({ choice: 'cmd.faq' }), feeling)).toEqual({ type: 'INFO', says: [{ key: 'menu.prompt' }] });
    });

    it('does not treat commands as questions', () => {
      asked.length = 0;
      expect(withQuestions.interpret(typed('help'), feeling)).toEqual({ type: 'HELP' });
      expect(asked).toEqual([]);
    });
  });
});
