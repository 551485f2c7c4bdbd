/** The extension's fixed address in the test Firefox (preference extensions.webextensions.uuids). */
export const GECKO_ID = 'context-cards@context-cards';
export const EXTENSION_UUID = '6f0c2b57-1c9e-4d8a-9b3e-2a7d5e4c8f10';
export const EXTENSION_PREFIX = `moz-extension://${EXTENSION_UUID}/`;
export const extensionUrl = (path: string): string => `${EXTENSION_PREFIX}${path}`;
