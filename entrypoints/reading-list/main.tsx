import { mount } from '@/lib/ui/mount';
import { App } from './App';
import '@/components/styles/tend.css';
import '@/components/styles/mine.css';
import '@/components/styles/pages.css';

mount(<App />);
