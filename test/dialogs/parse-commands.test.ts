import { describe, expect, it } from 'vitest';
import { asksForPersonInPassing, parseCommand } from '../../dialogs/parse/commands';

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
    // Refusing a person names one too: found trying the bot as residents write.
    "I don't want to talk to a person",
    'I dont want to speak to someone',
    'Sa i moyn siarad â pherson',
    "dw i'm isio siarad efo rhywun",
    'dwi ddim isio siarad efo person',
    'smo fi moyn siarad â pherson',
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

describe('a person asked for at the end of a longer message', () => {
  it.each([
    ["Mae'r boeler wedi torri ers pythefnos, dw i wedi ffonio tair gwaith a neb yn dod. Dw i isio siarad efo rhywun plis", true],
    ['The boiler has been broken for two weeks and nobody has come. Can I speak to someone please?', true],
    ["Ma'r to yn gollwng ers mis Medi! Ga i siarad â pherson?", true],
    ['The damp is back again\nI want to talk to someone real', true],
    // Reported, refused, or a command on its own (which parseCommand answers).
    ['The boiler is broken. I asked to speak to someone but they hung up.', false],
    ["Nobody came. I don't want to talk to a person, just fix it.", false],
    ["Ffoniais i ddoe. Wedi trio siarad efo rhywun ond neb yn ateb.", false],
    ['I have been trying to talk to someone about the damp in the back bedroom for months now', false],
    ['Can I talk to someone please', false],
    ['The boiler is broken. The person who came was rude.', false],
  ] as const)('%j: %s', (text, asks) => {
    expect(asksForPersonInPassing(text)).toBe(asks);
  });
});
