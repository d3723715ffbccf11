import { mount } from '@/lib/ui/mount';
import { App } from './App';
import '@/components/styles/page.css';
import '@/components/styles/settings.css';

mount(<App />);
