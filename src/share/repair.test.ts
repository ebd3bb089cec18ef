import { render, screen } from '@testing-library/react';
import { createElement as h } from 'react';
import { HashRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { repairedUrl, repairLocation } from './repair';

describe('repairedUrl', () => {
  it('moves an encoded fragment out of the query string', () => {
    expect(
      repairedUrl('https://firm.example/tool/?%23%2Fdecision%3Fv%3D1%26objectives%3Dclients'),
    ).toBe('https://firm.example/tool/#/decision?v=1&objectives=clients');
  });
  it('moves an encoded fragment out of the path, with its query string', () => {
    expect(repairedUrl('https://firm.example/tool/%23/decision?v=1&objectives=media')).toBe(
      'https://firm.example/tool/#/decision?v=1&objectives=media',
    );
  });
  it('leaves a healthy link alone', () => {
    expect(repairedUrl('https://firm.example/tool/#/decision?v=1')).toBeNull();
    expect(repairedUrl('https://firm.example/tool/')).toBeNull();
  });
  it('gives up on undecodable input without throwing', () => {
    expect(repairedUrl('https://firm.example/?%23/%E0%A4%A')).toBeNull();
  });
  it('decodes a fragment whose question mark arrived encoded', () => {
    expect(
      repairedUrl('https://firm.example/tool/#/decision%3Fv%3D1%26objectives%3Dclients%2Cmedia'),
    ).toBe('https://firm.example/tool/#/decision?v=1&objectives=clients,media');
    expect(repairedUrl('https://firm.example/?pack=x#/decision%3fv%3d1')).toBe(
      'https://firm.example/?pack=x#/decision?v=1',
    );
  });
  it('makes escapes that cannot be decoded literal, so nothing downstream fails on them', () => {
    const fixed = repairedUrl('https://firm.example/#/%E0%A4%A');
    expect(fixed).toBe('https://firm.example/#/%25E0%25A4%25A');
    const hash = new URL(fixed ?? '').hash.slice(1);
    expect(decodeURIComponent(hash)).toBe('/%E0%A4%A');
    expect(repairedUrl('https://firm.example/#/decision?v=1&firm=100%')).toBe(
      'https://firm.example/#/decision?v=1&firm=100%25',
    );
    expect(repairedUrl('https://firm.example/#/decision%3Fv%3D1%E0')).toBe(
      'https://firm.example/#/decision%3Fv%3D1%25E0',
    );
  });
  it('leaves well-formed escapes alone', () => {
    expect(repairedUrl('https://firm.example/#/decision?v=1&x=caf%C3%A9%20au%20lait')).toBeNull();
  });
});

describe('repairLocation, before the router reads the address', () => {
  function Where() {
    const { pathname, search } = useLocation();
    return h('p', null, `at ${pathname}${search}`);
  }
  const openAt = (hash: string, repair: boolean) => {
    window.history.replaceState(null, '', `/${hash}`);
    if (repair) repairLocation();
    return render(h(HashRouter, null, h(Routes, null, h(Route, { path: '*', element: h(Where) }))));
  };
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    vi.restoreAllMocks();
  });

  it('lets the router read a path with broken escapes without a warning', () => {
    // The router's development build warns, as the tests run it; the check is that it has
    // nothing to warn about. Without the repair it does (so this test can fail).
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    openAt('#/%E0%A4%A', false).unmount();
    expect(warn).toHaveBeenCalled();
    warn.mockClear();
    openAt('#/%E0%A4%A', true);
    expect(warn).not.toHaveBeenCalled();
    expect(screen.getByText('at /%25E0%25A4%25A')).toBeInTheDocument();
  });

  it('opens the decision from a fragment whose question mark arrived encoded', () => {
    openAt('#/decision%3Fv%3D1%26objectives%3Dknown-only', true);
    expect(screen.getByText('at /decision?v=1&objectives=known-only')).toBeInTheDocument();
  });
});
