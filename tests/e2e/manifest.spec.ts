import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, extensionPath, test } from './fixtures';

/** The built Chrome manifest: what a store reviewer and a privacy-minded user read first. */
const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8'));

test.describe('the built manifest', () => {
  test('is MV3 named Context Cards, with a service worker, popup, options page and icons', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('Context Cards');
    expect(manifest.description.length).toBeLessThanOrEqual(132);
    expect(manifest.background.service_worker).toBeTruthy();
    expect(manifest.action.default_popup).toBe('popup.html');
    expect(manifest.options_ui.page).toBe('options.html');
    expect(Object.keys(manifest.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
  });

  test('runs its content script on every page and frame, with the highlight styles as manifest CSS', () => {
    const [script] = manifest.content_scripts;
    expect(script.matches).toEqual(['<all_urls>']);
    expect(script.all_frames).toBe(true);
    expect(script.css).toHaveLength(1);
  });

  test('asks for storage and scripting only, with no host beyond those its content script already reads', () => {
    // `scripting` carries no install warning; host access to <all_urls> is the warning the content script on
    // <all_urls> already brings ("Read and change all your data on all websites"), so nothing is added.
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
    expect(manifest.host_permissions).toEqual(manifest.content_scripts[0].matches);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  test('exposes no file to pages, so none can probe for the extension by URL', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  test('forbids extension pages from connecting anywhere or loading remote code', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    const directives = new Map(
      csp
        .split(';')
        .map((part) => part.trim().split(/\s+/) as [string, ...string[]])
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });

  test('offers the next and previous mention commands with default shortcuts', () => {
    expect(manifest.commands['next-mention'].suggested_key.default).toBe('Alt+Shift+J');
    expect(manifest.commands['previous-mention'].suggested_key.default).toBe('Alt+Shift+K');
  });
});
