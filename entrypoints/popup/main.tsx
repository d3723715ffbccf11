import { catalogVersion } from 'virtual:tend-version';
import { readCurrent } from '@/lib/upcoming';
import { mount } from '@/lib/ui/mount';
import { App } from './App';
import '@/components/styles/tend.css';
import '@/components/styles/pages.css';

// The popup repeats the item the person last saw on a new tab.
mount(<App initial={readCurrent(localStorage, catalogVersion)} />);
