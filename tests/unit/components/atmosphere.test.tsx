import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Atmosphere } from '@/components/atmosphere/Atmosphere';
import { Icon, type IconName } from '@/components/Icon';
import { generate } from '@/lib/atmosphere/generate';

describe('Atmosphere', () => {
  it('draws the scene hidden from assistive technology, with no style attribute but the sun place as properties', () => {
    const scene = generate('2026-12-05');
    const { container } = render(<Atmosphere scene={scene} />);
    const root = container.querySelector('.atmo') as HTMLElement;
    expect(root.getAttribute('aria-hidden')).toBe('true');
    expect([...root.querySelectorAll('.atmo__ridges path')].map((p) => p.getAttribute('d'))).toEqual(scene.ridges);
    expect(root.querySelectorAll('.atmo__stars circle')).toHaveLength(26);
    expect(root.style.getPropertyValue('--sun-x')).toBe(String(scene.sun.x));
    expect(root.style.getPropertyValue('--sun-y')).toBe(String(scene.sun.y));
    expect(root.querySelector('svg')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });

  it('shows the sky alone until the scene is ready, then draws it in the same element', () => {
    const { container, rerender } = render(<Atmosphere />);
    const root = container.querySelector('.atmo') as HTMLElement;
    expect(root.querySelector('.atmo__sky')).not.toBeNull();
    expect(root.querySelectorAll('.atmo__sun, svg')).toHaveLength(0);
    rerender(<Atmosphere scene={generate('2026-12-05')} />);
    expect(container.querySelector('.atmo')).toBe(root);
    expect(root.querySelectorAll('.atmo__ridges path')).toHaveLength(4);
  });
});

describe('Icon', () => {
  const names: IconName[] = ['bookmark', 'bookmark-filled', 'circle-check', 'check', 'arrow-right', 'arrow-left', 'more', 'heart', 'breathe', 'ground', 'sprout', 'compass', 'sliders', 'search', 'close'];
  it.each(names)('%s is a decorative 24×24 drawing', (name) => {
    const { container } = render(<Icon name={name} />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('viewBox')).toBe('0 0 24 24');
    expect(svg.querySelector('path')?.getAttribute('d')).toMatch(/^M/);
  });
});
