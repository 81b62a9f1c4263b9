import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { startPageRequest } from './api/client';
import { Route, Switch } from 'wouter';
import { Layout } from './components/Layout';
import { SettingsProvider } from './components/Settings';
import { I18nProvider } from './i18n/I18n';
import { DashboardPage, dashboardRequest } from './pages/DashboardPage';
import { DecisionPage, decisionRequest } from './pages/DecisionPage';
import { HomePage } from './pages/HomePage';
import { LawPage, lawRequest } from './pages/LawPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PenaltyPage, penaltyRequest } from './pages/PenaltyPage';
import { SearchPage, searchRequest } from './pages/SearchPage';

const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });

/** Sends each page's one request, by path: what `startFirstRequest` does for the page the application opens on. */
const START_PAGE_REQUEST: Record<string, (search: string) => void> = {
  '/search': (search) => startPageRequest(queryClient, searchRequest(search)),
  '/law': (search) => startPageRequest(queryClient, lawRequest(search)),
  '/penalty': (search) => startPageRequest(queryClient, penaltyRequest(search)),
  '/decision': (search) => startPageRequest(queryClient, decisionRequest(search)),
  '/dashboard': (search) => startPageRequest(queryClient, dashboardRequest(search)),
};

/**
 * Sends the request of the page the application opens on before React's first render (which takes a few hundred
 * milliseconds on a slow machine), so the answer is on its way meanwhile.
 */
export function startFirstRequest(): void {
  START_PAGE_REQUEST[location.pathname]?.(location.search);
}

/** The pages and their URLs (a public contract: docs/design.md, "The web application"). */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <SettingsProvider>
          <Layout>
            <Switch>
              <Route path="/" component={HomePage} />
              <Route path="/search" component={SearchPage} />
              <Route path="/law" component={LawPage} />
              <Route path="/penalty" component={PenaltyPage} />
              <Route path="/decision" component={DecisionPage} />
              <Route path="/dashboard" component={DashboardPage} />
              <Route component={NotFoundPage} />
            </Switch>
          </Layout>
        </SettingsProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
