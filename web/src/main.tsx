import { createRoot, type Root } from 'react-dom/client';
import { unstableSetRender } from 'antd';
import { App } from './App.tsx';
import './styles.css';

// antd 5 renders its static pop-ups with React 18's API; give it React 19's root instead.
unstableSetRender((node, container) => {
  const host = container as Element & { _zxRoot?: Root };
  host._zxRoot ??= createRoot(host);
  host._zxRoot.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    host._zxRoot?.unmount();
    delete host._zxRoot;
  };
});

createRoot(document.getElementById('root')!).render(<App />);
