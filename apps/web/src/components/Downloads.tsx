import { exportUrl } from '../api';

/**
 * "Download CSV" (`;` between cells, as a Dutch-language spreadsheet expects), "Excel", "JSON" (and
 * "GeoJSON" for signalen) of a list, with the filters the list shows now: up to 500 rows (the API's
 * page limit) for a paged list.
 */
export function Downloads({
  path,
  filter,
  wat,
  gepagineerd = true,
  geojson = false,
}: {
  path: string;
  filter: Record<string, string | number | boolean | undefined>;
  wat: string;
  gepagineerd?: boolean;
  /** the list's items have coordinaten: also offer it as GeoJSON */
  geojson?: boolean;
}) {
  const params = gepagineerd ? { ...filter, limiet: 500 } : filter;
  return (
    <p className="downloads">
      <a href={exportUrl(path, params, 'csv')} download>
        Download CSV<span className="sr-only"> van {wat}</span>
      </a>
      <a href={exportUrl(path, params, 'xlsx')} download>
        Download Excel<span className="sr-only"> van {wat}</span>
      </a>
      <a href={exportUrl(path, params, 'json')} download>
        Download JSON<span className="sr-only"> van {wat}</span>
      </a>
      {geojson && (
        <a href={exportUrl(path, params, 'geojson')} download>
          Download GeoJSON<span className="sr-only"> van {wat}</span>
        </a>
      )}
    </p>
  );
}
