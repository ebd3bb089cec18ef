import { describe, expect, it } from 'vitest';
import { repairedUrl } from './repair';

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
});
