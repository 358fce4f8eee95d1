import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../dialogs/parse/commands';

describe('commands a resident can say at any question', () => {
  it.each([
    ['Help!', 'help'],
    ['help please', 'help'],
    ['Cymorth', 'help'],
    ['start again', 'restart'],
    ['Dechrau eto', 'restart'],
    ['cancel', 'cancel'],
    ['Canslo', 'cancel'],
    ['Cymraeg', 'welsh'],
    ['Cymraeg os gwelwch yn dda', 'welsh'],
    ['Saesneg', 'english'],
    ['English please', 'english'],
    ['can I talk to someone please', 'human'],
    ['Dw i isio siarad efo rhywun', 'human'],
  ] as const)('reads %j as %s', (text, command) => {
    expect(parseCommand(text)).toBe(command);
  });

  it.each([
    'the person who came was rude',
    'I have been trying to talk to someone about the damp in the back bedroom for months now',
    // Names of built-in object properties are words like any other.
    'constructor',
    'toString',
    '__proto__',
  ])('does not read %j as a command', (text) => {
    expect(parseCommand(text)).toBeNull();
  });
});

describe('commands in everyday and mutated Welsh (issue #14)', () => {
  it.each([
    ['siarad a person', 'human'],
    ['siarad â pherson', 'human'],
    ['siarad efo rhywun', 'human'],
    ['dw i isio siarad efo person go iawn', 'human'],
    ['Dwi isio siarad efo person go iawn plîs', 'human'],
    ['siarad ag aelod o’r staff', 'human'],
    ['dechra eto', 'restart'],
    ['Dechra’n ôl', 'restart'],
    ['dechrau eto', 'restart'],
    ['ailgychwyn', 'restart'],
    ['canslo', 'cancel'],
    ['help', 'help'],
    ['helpu', 'help'],
    ['Saesneg plîs', 'english'],
  ] as const)('reads %j as %s', (text, command) => {
    expect(parseCommand(text)).toBe(command);
  });
});
