// First paint: the item and the quiet-mode choice are read synchronously from localStorage, so the
// page paints with them. Only Preact, this page's components and tiny modules are on this path.
import { catalogVersion } from 'virtual:tend-version';
import { firstItem } from '@/lib/first-item';
import { readMirror } from '@/lib/settings/mirror';
import { mount } from '@/lib/ui/mount';
import { App } from './App';
import '@/components/styles/tend.css';

mount(<App initial={firstItem(localStorage, catalogVersion, Date.now())} quiet={readMirror(localStorage).quiet} />);
