import { PageHeading } from '../components/Legal';
import { SearchBox } from '../components/SearchBox';
import { useText } from '../i18n/I18n';

export function NotFoundPage() {
  const { t } = useText();
  return (
    <>
      <PageHeading title={t('notFound.title')}>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <SearchBox />
    </>
  );
}
