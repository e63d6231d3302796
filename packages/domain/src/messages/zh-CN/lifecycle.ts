import type { Translation } from '../catalog.js';
import type { lifecycle as english } from '../en/lifecycle.js';

/** The lifecycle messages in Simplified Chinese. */
export const lifecycle: Translation<typeof english> = {
  unknownCommand: '“{{command}}”不是{{name}}可执行的操作。',
  unknownStatus: '“{{status}}”不是{{name}}的状态。',
  roleMayNot: '您的角色不能对{{name}}执行“{{command}}”（需要 {{permission}} 权限）。',
  notNowPossible: '状态为 {{status}} 的{{name}}不能执行“{{command}}”。当前可执行：{{possible}}。',
  notNowFinished: '状态为 {{status}} 的{{name}}不能执行“{{command}}”，已不能再做任何操作。',
};
