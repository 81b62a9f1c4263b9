import { graphql } from '../api/generated';
import { useText } from '../i18n/I18n';

/** The fields a page asks for beside its figures: `dataVersion { ...DataVersionFields }`. */
export const DATA_VERSION_FIELDS = graphql(`
  fragment DataVersionFields on DataVersion {
    citation
  }
`);

/**
 * The version of the data the figures above were read from, as the one line to paste under them (issue 19's
 * `dataVersion.citation`). The line is the service's, in English, so that every reader cites the same words.
 */
export function DataVersionLine({ version }: { version: { citation: string } | null | undefined }) {
  const { t } = useText();
  if (!version) return null;
  return (
    <p className="data-version">
      {t('dataVersion.label')}{' '}
      <span className="data-version-citation" lang="en">
        {version.citation}
      </span>
    </p>
  );
}
