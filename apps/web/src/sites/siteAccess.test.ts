import { describe, expect, it } from 'vitest';
import { site } from '../testing/fixtures.ts';
import {
  accessInWords,
  mayCreate,
  mayCreateAnywhere,
  mayDelete,
  mayRead,
  mayUpdate,
  refusalOf,
} from './siteAccess.ts';

const ALL = { read: true, create: true, update: true, delete: true };
const READ_ONLY = { read: true, create: false, update: false, delete: false };

describe('site access', () => {
  it('allows everything in a site without per-user access, as long as the console may write there', () => {
    const east = site('east');
    expect([mayRead(east), mayCreate(east), mayUpdate(east), mayDelete(east)]).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('refuses every write where the console’s credentials are read-only, with one reason naming the site', () => {
    const east = site('east', { name: 'East', readOnly: true });
    expect(mayRead(east)).toBe(true);
    expect([mayCreate(east), mayUpdate(east), mayDelete(east)]).toEqual([false, false, false]);
    expect(refusalOf(east, 'create')).toEqual(refusalOf(east, 'delete'));
    expect(refusalOf(east, 'delete')).toEqual({
      cause: 'read-only',
      message: 'Site East is read-only for the console: its credentials may not write connectors there.',
    });
  });

  it('follows the person’s access in per-user mode, action by action', () => {
    const east = site('east', { name: 'East', access: { ...READ_ONLY, update: true } });
    expect([mayRead(east), mayCreate(east), mayUpdate(east), mayDelete(east)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(refusalOf(east, 'create')).toEqual({
      cause: 'rights',
      message: 'Your Kubernetes account may not create connectors in site East.',
    });
    expect(refusalOf(east, 'update')).toBeUndefined();
  });

  it('lets the person’s access decide over the console’s read-only flag', () => {
    expect(mayCreate(site('east', { readOnly: true, access: ALL }))).toBe(true);
  });

  it('does not refuse for a site it does not know yet, leaving that to the server', () => {
    expect(refusalOf(undefined, 'delete')).toBeUndefined();
  });

  it('offers creating a connector only when at least one listed site allows it', () => {
    expect(mayCreateAnywhere([site('a', { access: READ_ONLY }), site('b', { access: ALL })])).toBe(true);
    expect(mayCreateAnywhere([site('a', { access: READ_ONLY }), site('b', { readOnly: true })])).toBe(false);
    expect(mayCreateAnywhere([])).toBe(false);
    expect(mayCreateAnywhere(undefined)).toBe(false);
  });

  it('puts the person’s rights in words for the sites page, and nothing when the console’s rights apply', () => {
    expect(accessInWords(site('a', { access: ALL }))).toBe('You may: read, create, update, delete');
    expect(accessInWords(site('a', { access: { ...READ_ONLY, delete: true } }))).toBe(
      'You may: read, delete',
    );
    expect(accessInWords(site('a', { access: { ...ALL, read: false } }))).toBe(
      'You may not read connectors here',
    );
    expect(accessInWords(site('a'))).toBeUndefined();
  });
});
