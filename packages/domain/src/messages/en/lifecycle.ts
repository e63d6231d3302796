/** The lifecycle messages in English; `../zh-CN/lifecycle.ts` has the same keys in Chinese. */
export const lifecycle = {
  unknownCommand: '"{{command}}" is not something a {{name}} can do.',
  unknownStatus: '"{{status}}" is not a {{name}} status.',
  roleMayNot: 'Your role may not do "{{command}}" on a {{name}} (it needs {{permission}}).',
  notNowPossible: 'A {{name}} that is {{status}} cannot be given "{{command}}". What it can be given now: {{possible}}.',
  notNowFinished: 'A {{name}} that is {{status}} cannot be given "{{command}}". Nothing more can be done with it.',
};
