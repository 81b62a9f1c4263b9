import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, startFirstRequest } from './App';
import './styles/app.css';

startFirstRequest();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
