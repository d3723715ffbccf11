import { catalogVersion } from 'virtual:tend-version';
import { pageStorage, readCurrent, readWaiting } from '@/lib/newtab/snapshot';
import { mount } from '@/lib/ui/mount';
import { keptScene } from '@/lib/atmosphere/today';
import { App } from './App';
import '@/components/styles/popup-page.css';

// The popup repeats the item the person last saw on a new tab.
const storage = pageStorage();
mount(<App initial={storage && readCurrent(storage, catalogVersion)} scene={keptScene(storage, new Date())} waiting={readWaiting(storage)} />);
