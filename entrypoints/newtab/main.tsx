// First paint: the prepared item is read synchronously, so the page paints with it.
// Only Preact, this page's components and the tiny version module are on this path.
import { catalogVersion } from 'virtual:tend-version';
import { takeNext } from '@/lib/upcoming';
import { mount } from '@/lib/ui/mount';
import { App } from './App';
import '@/components/styles/tend.css';

mount(<App initial={takeNext(localStorage, catalogVersion, Date.now())} />);
