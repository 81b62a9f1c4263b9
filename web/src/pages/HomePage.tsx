import { Link } from 'wouter';
import { PageHeading } from '../components/Legal';
import { SearchBox } from '../components/SearchBox';
import { useText } from '../i18n/I18n';
import { lawHref, toQuery } from '../url/params';

/** `/`: the search box and a way in for each kind of user. */
export function HomePage() {
  const { t } = useText();
  return (
    <div className="home">
      <PageHeading title={t('nav.home')}>{t('app.name')}</PageHeading>
      <p className="lead">{t('home.lead')}</p>
      <SearchBox />
      <h2>{t('home.audiences')}</h2>
      <ul className="audiences">
        <li>
          <h3>{t('home.judges.title')}</h3>
          <p>{t('home.judges.body')}</p>
          <p>
            <Link href={lawHref('neni 171 KPRK', '2015-06-01')}>{t('home.judges.link')}</Link>
          </p>
          <p>
            <Link href="/penalty">{t('home.judges.link2')}</Link>
          </p>
        </li>
        <li>
          <h3>{t('home.lawyers.title')}</h3>
          <p>{t('home.lawyers.body')}</p>
          <p>
            <Link href={`/search${toQuery({ q: 'trafficking in persons' })}`}>{t('home.lawyers.link')}</Link>
          </p>
        </li>
        <li>
          <h3>{t('home.monitors.title')}</h3>
          <p>{t('home.monitors.body')}</p>
          <p>
            <Link href="/dashboard">{t('home.monitors.link')}</Link>
          </p>
        </li>
      </ul>
    </div>
  );
}
