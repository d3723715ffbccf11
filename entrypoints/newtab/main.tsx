// The new tab's first frame is the page itself: the item chosen at the end of the previous view
// (kept in localStorage with its saved/read marks) rendered by the real App. The database, catalog
// and settings load once that frame is on screen (lib/ui/use-item-page.ts).
import { catalogVersion } from 'virtual:tend-version';
import { firstCard } from 'virtual:tend-first';
import { firstPaint } from '@/lib/newtab/first-paint';
import { pageStorage } from '@/lib/newtab/snapshot';
import { mount } from '@/lib/ui/mount';
import { keptScene } from '@/lib/atmosphere/today';
import { App } from './App';
import '@/components/styles/newtab-page.css';

const shownAt = Date.now();
const { initial, quiet, waiting } = firstPaint(pageStorage(), catalogVersion, shownAt, firstCard);
const scene = keptScene(pageStorage(), new Date(shownAt));
mount(<App initial={initial} quiet={quiet} scene={scene} shownAt={shownAt} waiting={waiting} />);
